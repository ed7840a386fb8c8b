// The legal hold: whether one is set (by whom, since when, why), and for coordinators and admins
// (main checks again) setting or clearing it with a reason of at least 10 characters. A held case,
// with the cases merged into it, is kept out of every retention purge; the change is on the
// timeline and in the audit log.
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useFormatDateTime } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { useSession } from '../../session';
import { useCase, useCaseChange } from './caseContext';
import { Panel } from './Panel';

const ERROR_ID = 'legal-hold-error';
export const HOLD_REASON_MIN = 10;

export function LegalHoldControl() {
  const t = useT();
  const errorText = useErrorText();
  const formatDateTime = useFormatDateTime();
  const { session } = useSession();
  const { detail } = useCase();
  const [reason, setReason] = useState('');
  const [short, setShort] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  // setHold answers with the hold alone; the page shows the whole case again, timeline included.
  const change = useCaseChange(async (hold: boolean, why: string) => {
    await call('retention.setHold', { caseId: detail.id, hold, reason: why });
    return call('cases.get', { caseId: detail.id });
  });
  const mayHold = session.roles.includes('coordinator') || session.roles.includes('admin');
  const held = detail.legalHold;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const why = reason.trim();
    const tooShort = why.length < HOLD_REASON_MIN;
    setShort(tooShort);
    if (tooShort) {
      change.clearError();
      return;
    }
    const next = await change.run(held === null, why);
    if (!next) return;
    setReason('');
    setDone(next.legalHold ? t('case.hold.placed') : t('case.hold.cleared'));
  }

  const error = short ? t('case.hold.tooShort', { min: HOLD_REASON_MIN }) : change.error ? errorText(change.error) : null;
  return (
    <Panel id="legal-hold" title={t('case.hold.title')}>
      <p>{held ? t('case.hold.set', { at: formatDateTime(held.at), by: held.by, reason: held.reason }) : t('case.hold.none')}</p>
      {mayHold && (
        <form noValidate onSubmit={(e) => void submit(e)} className="form form--compact" aria-busy={change.busy || undefined}>
          <TextAreaField
            id="legal-hold-reason"
            label={held ? t('case.hold.clearReason') : t('case.hold.reason')}
            hint={t('case.hold.reasonHint', { min: HOLD_REASON_MIN })}
            value={reason}
            onChange={setReason}
            rows={2}
            required
            maxLength={2000}
            errorId={error ? ERROR_ID : null}
          />
          <ErrorAlert id={ERROR_ID} text={change.busy ? null : error} />
          <SubmitButton busy={change.busy} label={held ? t('case.hold.clear') : t('case.hold.place')} busyLabel={t('common.busy')} />
        </form>
      )}
      <StatusMessage tone="success" text={done} />
    </Panel>
  );
}
