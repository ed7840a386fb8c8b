// The case's priority.
import { type FormEvent, useState } from 'react';
import { PRIORITIES, type Priority } from '../../../../core/cases/constants';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';
import { ControlGroup } from './ControlGroup';
import { Panel } from './Panel';

const ERROR_ID = 'priority-error';

export function PriorityControl() {
  const t = useT();
  const errorText = useErrorText();
  const { detail } = useCase();
  const [chosen, setChosen] = useState<Priority | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const change = useCaseChange((priority: Priority) => call('cases.setPriority', { caseId: detail.id, priority }));
  const value = chosen ?? detail.priority;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const next = await change.run(value);
    if (next) {
      setChosen(null);
      setDone(t('case.priority.done', { priority: t(`priority.${next.priority}`) }));
    }
  }

  return (
    <Panel id="priority" title={t('cases.col.priority')}>
      <form noValidate onSubmit={(e) => void submit(e)} className="form form--compact" aria-busy={change.busy || undefined}>
        <ControlGroup legend={t('cases.col.priority')}>
          <SelectField
            id="priority-value"
            label={t('case.priority.label')}
            value={value}
            onChange={(v) => setChosen(v as Priority)}
            options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
            errorId={change.error ? ERROR_ID : null}
          />
          <ErrorAlert id={ERROR_ID} text={change.busy || !change.error ? null : errorText(change.error)} />
          <SubmitButton busy={change.busy} label={t('common.save')} busyLabel={t('common.busy')} />
        </ControlGroup>
      </form>
      <StatusMessage tone="success" text={done} />
    </Panel>
  );
}
