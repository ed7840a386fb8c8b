// The status: only the transitions the workflow allows from here (core/cases/status.ts); closing
// asks for a reason; a closed case can be reopened.
import { type FormEvent, useState } from 'react';
import { allowedTransitions, CLOSING_REASONS, type CaseStatus, type ClosingReason } from '../../../../core/cases/status';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';
import { ControlGroup } from './ControlGroup';
import { Panel } from './Panel';

const ERROR_ID = 'status-error';

function isReason(s: string): s is ClosingReason {
  return (CLOSING_REASONS as readonly string[]).includes(s);
}

export function StatusControl() {
  const t = useT();
  const errorText = useErrorText();
  const { detail } = useCase();
  const options = allowedTransitions(detail.status);
  const [to, setTo] = useState<CaseStatus | ''>('');
  const [reason, setReason] = useState('');
  const [missingReason, setMissingReason] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const change = useCaseChange((status: CaseStatus, closingReason: ClosingReason | null) =>
    call('cases.setStatus', { caseId: detail.id, status, closingReason }),
  );
  const chosen: CaseStatus | undefined = to !== '' && options.includes(to) ? to : options[0];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    if (!chosen) return;
    const closing = chosen === 'closed';
    const missing = closing && !isReason(reason);
    setMissingReason(missing);
    if (missing) {
      change.clearError();
      return;
    }
    const next = await change.run(chosen, closing && isReason(reason) ? reason : null);
    if (next) {
      setTo('');
      setReason('');
      setDone(next.status === 'open' && detail.status === 'closed' ? t('case.status.reopened') : t('case.status.changed', { status: t(`caseStatus.${next.status}`) }));
    }
  }

  const error = missingReason ? t('case.status.reasonRequired') : change.error ? errorText(change.error) : null;
  const reopen = detail.status === 'closed';
  return (
    <Panel id="status" title={t('cases.col.status')}>
      <form noValidate onSubmit={(e) => void submit(e)} className="form form--compact" aria-busy={change.busy || undefined}>
        <ControlGroup legend={t('cases.col.status')}>
          {reopen ? (
            <p>{t('case.status.closedText')}</p>
          ) : (
            <SelectField
              id="status-to"
              label={t('case.status.to')}
              value={chosen ?? ''}
              onChange={(v) => setTo(v as CaseStatus)}
              options={options.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))}
              errorId={!missingReason && change.error ? ERROR_ID : null}
            />
          )}
          {chosen === 'closed' && !reopen && (
            <SelectField
              id="status-reason"
              label={t('case.status.reason')}
              value={reason}
              onChange={setReason}
              options={[{ value: '', label: t('case.status.chooseReason') }, ...CLOSING_REASONS.map((r) => ({ value: r, label: t(`closingReason.${r}`) }))]}
              required
              errorId={missingReason ? ERROR_ID : null}
            />
          )}
          <ErrorAlert id={ERROR_ID} text={change.busy ? null : error} />
          <SubmitButton busy={change.busy} label={reopen ? t('case.status.reopen') : t('case.status.submit')} busyLabel={t('common.busy')} />
        </ControlGroup>
      </form>
      <StatusMessage tone="success" text={done} />
    </Panel>
  );
}
