// A timeline event in words, with its details (statuses, names, case numbers) filled in.
import { useCallback } from 'react';
import { CASE_STATUSES, CLOSING_REASONS, type CaseStatus, type ClosingReason } from '../../../../core/cases/status';
import { PRIORITIES, type Priority } from '../../../../core/cases/constants';
import type { CaseEvent } from '../../../../core/cases/types';
import { isVerdict } from '../../../../core/review/verdicts';
import { useCodeName } from '../../i18n/codes';
import { useFormatDay } from '../../i18n/format';
import { useT } from '../../i18n/useT';

const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const isStatus = (v: unknown): v is CaseStatus => typeof v === 'string' && (CASE_STATUSES as readonly string[]).includes(v);
const isPriority = (v: unknown): v is Priority => typeof v === 'string' && (PRIORITIES as readonly string[]).includes(v);
const isReason = (v: unknown): v is ClosingReason => typeof v === 'string' && (CLOSING_REASONS as readonly string[]).includes(v);

export function useEventText(): (e: CaseEvent) => string {
  const t = useT();
  const codeName = useCodeName();
  const formatDay = useFormatDay();
  return useCallback(
    (e: CaseEvent) => {
      const d = e.details;
      const status = (v: unknown) => (isStatus(v) ? t(`caseStatus.${v}`) : text(v));
      const priority = (v: unknown) => (isPriority(v) ? t(`priority.${v}`) : text(v));
      const verdict = (v: unknown) => (isVerdict(v) ? t(`verdict.${v}`) : text(v));
      switch (e.kind) {
        case 'case.opened':
          return d.urgent === true ? t('event.openedUrgent') : t('event.opened');
        case 'case.status':
          return isReason(d.closingReason)
            ? t('event.closed', { from: status(d.from), reason: t(`closingReason.${d.closingReason}`) })
            : t('event.status', { from: status(d.from), to: status(d.to) });
        case 'case.reopened':
          return t('event.reopened');
        case 'case.assigned':
          return typeof d.to === 'string' ? t('event.assigned', { to: d.to }) : t('event.unassigned');
        case 'case.priority':
          return t('event.priority', { from: priority(d.from), to: priority(d.to) });
        case 'case.risk':
          return t('event.risk');
        case 'case.classification':
          return t('event.classification');
        case 'case.follow-up':
          return typeof d.on === 'string' ? t('event.followUp', { day: formatDay(d.on) }) : t('event.followUpCleared');
        case 'case.note-added':
          return t('event.noteAdded');
        case 'case.note-edited':
          return t('event.noteEdited');
        case 'case.contact':
          return t('event.contact', { channel: codeName('contactChannel', text(d.channel)), outcome: codeName('contactOutcome', text(d.outcome)) });
        case 'case.task-added':
          return t('event.taskAdded');
        case 'case.task-done':
          return t('event.taskDone');
        case 'case.task-reopened':
          return t('event.taskReopened');
        case 'case.linked':
          return t('event.linked', { other: text(d.other) });
        case 'case.unlinked':
          return t('event.unlinked', { other: text(d.other) });
        case 'case.merged-in':
          return t('event.mergedIn', { from: text(d.from) });
        case 'case.merged-into':
          return t('event.mergedInto', { into: text(d.into) });
        case 'case.split-out':
          return t('event.splitOut', { to: text(d.to) });
        case 'case.split-back':
          return t('event.splitBack');
        case 'case.identity-revealed':
          return t('event.revealed', { reason: text(d.reason) });
        case 'case.hold-set':
          return t('event.holdSet', { reason: text(d.reason) });
        case 'case.hold-cleared':
          return t('event.holdCleared', { reason: text(d.reason) });
        case 'referral.proposed':
          return d.override ? t('event.referralOverride', { partner: text(d.partner), reason: text(d.override) }) : t('event.referralProposed', { partner: text(d.partner) });
        case 'referral.approved':
          return t('event.referralApproved', { partner: text(d.partner) });
        case 'referral.declined':
          return t('event.referralDeclined', { partner: text(d.partner) });
        case 'referral.withdrawn':
          return t('event.referralWithdrawn', { partner: text(d.partner) });
        case 'referral.sent':
          return t(d.encrypted === true ? 'event.referralSentEncrypted' : 'event.referralSentPrint', { partner: text(d.partner), file: text(d.fileName) });
        case 'referral.acknowledged':
          return t('event.referralAcknowledged', { partner: text(d.partner) });
        case 'referral.closed':
          return t('event.referralClosed', { partner: text(d.partner) });
        case 'review.verdict':
          return t('event.verdict', { verdict: verdict(d.verdict) });
        case 'review.verdict-proposed':
          return t('event.verdictProposed', { verdict: verdict(d.verdict) });
        case 'review.verdict-confirmed':
          return t('event.verdictConfirmed', { verdict: verdict(d.verdict), by: text(d.proposedBy) });
        case 'review.verdict-rejected':
          return t('event.verdictRejected', { verdict: verdict(d.verdict), by: text(d.proposedBy) });
        default:
          return t('event.other', { kind: e.kind });
      }
    },
    [t, codeName, formatDay],
  );
}
