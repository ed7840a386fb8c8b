// The day the case should be looked at again, or none.
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormatDay } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';
import { ControlGroup } from './ControlGroup';
import { Panel } from './Panel';

const ERROR_ID = 'follow-up-error';

export function FollowUpControl() {
  const t = useT();
  const errorText = useErrorText();
  const formatDay = useFormatDay();
  const { detail } = useCase();
  const [day, setDay] = useState<string | null>(null);
  const [invalid, setInvalid] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const change = useCaseChange((on: string | null) => call('cases.setFollowUp', { caseId: detail.id, on }));
  const value = day ?? detail.followUpOn ?? '';

  async function save(on: string | null) {
    setDone(null);
    const bad = on !== null && !/^\d{4}-\d{2}-\d{2}$/.test(on);
    setInvalid(bad);
    if (bad) {
      change.clearError();
      return;
    }
    const next = await change.run(on);
    if (next) {
      setDay(null);
      setDone(next.followUpOn ? t('case.followUp.done', { day: formatDay(next.followUpOn) }) : t('case.followUp.cleared'));
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    void save(value === '' ? null : value);
  }

  const error = invalid ? t('case.followUp.invalid') : change.error ? errorText(change.error) : null;
  return (
    <Panel id="follow-up" title={t('cases.col.followUp')}>
      <form noValidate onSubmit={submit} className="form form--compact" aria-busy={change.busy || undefined}>
        <ControlGroup legend={t('cases.col.followUp')}>
          <TextField id="follow-up-day" type="date" label={t('case.followUp.label')} value={value} onChange={setDay} errorId={error ? ERROR_ID : null} />
          <ErrorAlert id={ERROR_ID} text={change.busy ? null : error} />
          <div className="toolbar">
            <SubmitButton busy={change.busy} label={t('common.save')} busyLabel={t('common.busy')} />
            {detail.followUpOn && (
              <button type="button" className="button" onClick={() => void save(null)}>
                {t('case.followUp.clear')}
              </button>
            )}
          </div>
        </ControlGroup>
      </form>
      <StatusMessage tone="success" text={done} />
    </Panel>
  );
}
