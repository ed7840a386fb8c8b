// Tasks of the case: each can be marked done or not done; adding one with an optional due date and
// optionally for one counsellor.
import { type FormEvent, useState } from 'react';
import type { CaseTask } from '../../../../core/cases/types';
import { call } from '../../api/client';
import { describedBy } from '../../components/ids';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { localToday, useFormatDateTime, useFormatDay } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { FollowUpBadge } from '../cases/FollowUpBadge';
import { useCounsellors } from '../cases/useCounsellors';
import { useCase, useCaseChange } from './caseContext';
import { ControlGroup } from './ControlGroup';
import { Panel } from './Panel';

const ADD_ERROR_ID = 'task-add-error';

function TaskItem({ task }: { task: CaseTask }) {
  const t = useT();
  const errorText = useErrorText();
  const formatDay = useFormatDay();
  const formatDateTime = useFormatDateTime();
  const { canWrite, readOnlyNoteId } = useCase();
  const toggle = useCaseChange((done: boolean) => call('cases.completeTask', { taskId: task.id, done }));
  const id = `task-${task.id}`;
  const done = task.doneAt !== null;
  // The box shows the click at once; main's answer (or its refusal) settles it.
  const [asked, setAsked] = useState<boolean | null>(null);

  async function set(next: boolean) {
    setAsked(next);
    await toggle.run(next);
    setAsked(null);
  }

  return (
    <li className={done ? 'task task--done' : 'task'}>
      <div className="field field--checkbox">
        <input
          id={id}
          type="checkbox"
          checked={asked ?? done}
          disabled={!canWrite}
          aria-describedby={describedBy(`${id}-meta`, readOnlyNoteId, toggle.error && `${id}-error`)}
          onChange={(e) => void set(e.target.checked)}
        />
        <label htmlFor={id} dir="auto">
          {task.title}
        </label>
      </div>
      <p id={`${id}-meta`} className="small task__meta">
        {task.dueOn ? (
          <>
            {t('case.tasks.due', { day: formatDay(task.dueOn) })} <FollowUpBadge day={task.dueOn} closed={done} today={localToday()} />
          </>
        ) : (
          t('case.tasks.noDue')
        )}{' '}
        {task.assignee && <>{t('case.tasks.for', { name: task.assignee.displayName })} </>}
        {done && task.doneAt ? t('case.tasks.doneAt', { at: formatDateTime(task.doneAt) }) : t('case.tasks.open')}
      </p>
      <ErrorAlert id={`${id}-error`} text={toggle.error ? errorText(toggle.error) : null} />
    </li>
  );
}

function AddTask() {
  const t = useT();
  const errorText = useErrorText();
  const { detail } = useCase();
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [forWhom, setForWhom] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const counsellors = useCounsellors();
  const add = useCaseChange((text: string, dueOn: string | null, assigneeId: number | null) => call('cases.addTask', { caseId: detail.id, title: text, dueOn, assigneeId }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const empty = title.trim() === '';
    setMissing(empty);
    if (empty) {
      add.clearError();
      return;
    }
    if (await add.run(title.trim(), due === '' ? null : due, forWhom === '' ? null : Number(forWhom))) {
      setTitle('');
      setDue('');
      setForWhom('');
      setDone(true);
    }
  }

  const error = missing ? t('case.tasks.titleRequired') : add.error ? errorText(add.error) : null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="form form--wide" aria-labelledby="task-add-title" aria-busy={add.busy || undefined}>
      <h3 id="task-add-title">{t('case.tasks.add')}</h3>
      <ControlGroup legend={t('case.tasks.add')}>
        <div className="form-grid">
          <TextField id="task-title" label={t('case.tasks.taskTitle')} value={title} onChange={setTitle} maxLength={500} autoComplete="off" required errorId={error ? ADD_ERROR_ID : null} />
          <TextField id="task-due" type="date" label={t('case.tasks.dueLabel')} value={due} onChange={setDue} />
          <SelectField
            id="task-for"
            label={t('case.tasks.forLabel')}
            value={forWhom}
            onChange={setForWhom}
            options={[{ value: '', label: t('case.tasks.forNobody') }, ...(counsellors.data ?? []).map((c) => ({ value: String(c.id), label: `${c.displayName} (${c.username})` }))]}
          />
        </div>
        <ErrorAlert id="task-counsellors-error" text={counsellors.error ? errorText(counsellors.error) : null} />
        <ErrorAlert id={ADD_ERROR_ID} text={add.busy ? null : error} />
        <SubmitButton busy={add.busy} label={t('case.tasks.submit')} busyLabel={t('common.busy')} />
      </ControlGroup>
      <StatusMessage tone="success" text={done ? t('case.tasks.added') : null} />
    </form>
  );
}

export function TasksSection() {
  const t = useT();
  const { detail } = useCase();
  const open = detail.tasks.filter((x) => x.doneAt === null).length;
  return (
    <Panel id="tasks" level={2} title={t('case.tasks.title')}>
      {detail.tasks.length === 0 ? (
        <p>{t('case.tasks.none')}</p>
      ) : (
        <>
          <p className="small">{t('case.tasks.count', { open, total: detail.tasks.length })}</p>
          <ul className="tasks">
            {detail.tasks.map((task) => (
              <TaskItem key={task.id} task={task} />
            ))}
          </ul>
        </>
      )}
      <AddTask />
    </Panel>
  );
}
