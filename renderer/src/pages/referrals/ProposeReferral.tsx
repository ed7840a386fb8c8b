// Proposing a referral of one of the case's reports: partner, reason, the fields to share chosen
// one by one (the summary alone by default), a letter and a follow-up date. Without the reporter's
// consent only a coordinator may refer, on an urgent case, with a documented reason; main checks.
import { type FormEvent, useState } from 'react';
import { DEFAULT_SHARED_FIELDS, type Referral, SHAREABLE_FIELDS, type ShareableField } from '../../../../core/referrals/referrals';
import type { CaseDetail } from '../../../../core/cases/types';
import { IDENTITY_FIELDS } from '../../../../core/cases/need-to-know';
import { call } from '../../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { useSession } from '../../session';
import { ControlGroup } from '../case/ControlGroup';
import { useReferralText } from './referralText';

const ERROR_ID = 'referral-propose-error';
const loadPartners = () => call('partners.list', {});
const identifying = new Set<string>(IDENTITY_FIELDS);

type Props = { detail: CaseDetail; onProposed: (list: Referral[]) => void };

export function ProposeReferral({ detail, onProposed }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const text = useReferralText();
  const { session } = useSession();
  const partners = useLoad(loadPartners);
  const active = (partners.data ?? []).filter((p) => p.active);
  const [reportId, setReportId] = useState(detail.reports[0]?.reportId ?? '');
  const [partnerId, setPartnerId] = useState('');
  const [reason, setReason] = useState('');
  const [fields, setFields] = useState<ShareableField[]>([...DEFAULT_SHARED_FIELDS]);
  const [letter, setLetter] = useState('');
  const [followUp, setFollowUp] = useState('');
  const [override, setOverride] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const report = detail.reports.find((r) => r.reportId === reportId);
  const consent = report?.reporter.consent.referral === true;
  const mayOverride = session.roles.includes('coordinator') && (detail.urgent || detail.risk.immediateDanger);
  const propose = useAction(() =>
    call('referrals.propose', {
      caseId: detail.id,
      reportId,
      partnerId: Number(partnerId),
      reason: reason.trim(),
      fields,
      letter,
      followUpOn: followUp === '' ? null : followUp,
      override: consent ? null : override.trim() === '' ? null : override.trim(),
    }),
  );

  function toggle(field: ShareableField, on: boolean) {
    setFields((now) => SHAREABLE_FIELDS.filter((f) => (f === field ? on : now.includes(f))));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const gap = partnerId === '' ? t('referral.partnerRequired') : reason.trim() === '' ? t('referral.reasonRequired') : null;
    setMissing(gap);
    if (gap) {
      propose.clearError();
      return;
    }
    const list = await propose.run();
    if (!list) return;
    setReason('');
    setLetter('');
    setOverride('');
    setFields([...DEFAULT_SHARED_FIELDS]);
    setDone(true);
    onProposed(list);
  }

  const error = missing ?? (propose.error ? errorText(propose.error) : null);
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="form form--wide" aria-labelledby="referral-propose-title" aria-busy={propose.busy || undefined}>
      <h3 id="referral-propose-title">{t('referral.proposeTitle')}</h3>
      <ControlGroup legend={t('referral.proposeTitle')}>
        <div className="form-grid">
          {detail.reports.length > 1 && (
            <SelectField
              id="referral-report"
              label={t('referral.report')}
              value={reportId}
              onChange={setReportId}
              options={detail.reports.map((r) => ({ value: r.reportId, label: r.summary }))}
            />
          )}
          <SelectField
            id="referral-partner"
            label={t('referral.partner')}
            value={partnerId}
            onChange={setPartnerId}
            required
            errorId={missing && partnerId === '' ? ERROR_ID : null}
            options={[
              { value: '', label: t('referral.choosePartner') },
              ...active.map((p) => ({ value: String(p.id), label: `${p.name} — ${text.kind(p.kind)}${p.region ? `, ${p.region}` : ''}` })),
            ]}
          />
          <TextField id="referral-follow-up" type="date" label={t('referral.followUp')} value={followUp} onChange={setFollowUp} />
        </div>
        <ErrorAlert id="referral-partners-error" text={partners.error ? errorText(partners.error) : null} />
        <TextAreaField id="referral-reason" label={t('referral.reason')} value={reason} onChange={setReason} maxLength={2000} required errorId={missing && reason.trim() === '' ? ERROR_ID : null} />
        <fieldset className="fieldset">
          <legend>{t('referral.fieldsLegend')}</legend>
          <p className="field__hint" id="referral-fields-hint">
            {t('referral.fieldsHint')}
          </p>
          {SHAREABLE_FIELDS.map((f) => (
            <CheckboxField
              key={f}
              id={`referral-field-${f}`}
              label={identifying.has(f) ? t('referral.fieldIdentifying', { field: text.field(f) }) : text.field(f)}
              checked={fields.includes(f)}
              onChange={(on) => toggle(f, on)}
              describedBy="referral-fields-hint"
            />
          ))}
        </fieldset>
        <TextAreaField id="referral-letter" label={t('referral.letter')} hint={t('referral.letterHint')} value={letter} onChange={setLetter} rows={6} maxLength={50_000} />
        {!consent && (
          <div className="message message--warning" id="referral-no-consent">
            <p>{t('referral.noConsent')}</p>
            {mayOverride ? (
              <TextAreaField id="referral-override" label={t('referral.overrideLabel')} hint={t('referral.overrideHint')} value={override} onChange={setOverride} maxLength={2000} />
            ) : (
              <p>{t('referral.noOverride')}</p>
            )}
          </div>
        )}
        <ErrorAlert id={ERROR_ID} text={propose.busy ? null : error} />
        <SubmitButton busy={propose.busy} label={t('referral.proposeSubmit')} busyLabel={t('common.busy')} />
      </ControlGroup>
      <StatusMessage tone="success" text={done ? t('referral.proposedDone') : null} />
    </form>
  );
}
