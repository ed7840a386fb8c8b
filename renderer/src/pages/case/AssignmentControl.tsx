// Who works the case. Coordinators assign any active counsellor or take the assignment away; a
// counsellor takes a case nobody has.
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { useErrorText, useT } from '../../i18n/useT';
import { useSession } from '../../session';
import { useCounsellors } from '../cases/useCounsellors';
import { useCase, useCaseChange } from './caseContext';
import { Panel } from './Panel';

const ERROR_ID = 'assign-error';

export function AssignmentControl() {
  const t = useT();
  const errorText = useErrorText();
  const { session } = useSession();
  const { detail } = useCase();
  const [done, setDone] = useState<string | null>(null);
  const assign = useCaseChange((assigneeId: number | null) => call('cases.assign', { caseId: detail.id, assigneeId }));
  const coordinator = session.roles.includes('coordinator');
  const merged = detail.mergedInto !== null;

  async function run(assigneeId: number | null, message: (name: string) => string) {
    setDone(null);
    const next = await assign.run(assigneeId);
    if (next) setDone(message(next.assignee?.displayName ?? ''));
  }

  const current = detail.assignee;
  return (
    <Panel id="assignment" title={t('case.assignment')}>
      <p>
        {current === null
          ? t('case.assign.nobody')
          : current.id === session.userId
            ? t('case.assign.you')
            : t('case.assign.to', { name: current.displayName })}
      </p>
      {coordinator && !merged && (
        <CoordinatorAssign
          key={current?.id ?? 0}
          busy={assign.busy}
          errorId={assign.error ? ERROR_ID : null}
          onAssign={(id) => void run(id, (name) => t('case.assign.done', { name }))}
          onUnassign={current === null ? null : () => void run(null, () => t('case.assign.removed'))}
        />
      )}
      {!coordinator && !merged && current === null && session.roles.includes('counsellor') && (
        <button type="button" className="button button--primary" onClick={() => void run(session.userId, () => t('case.assign.taken'))}>
          {assign.busy ? t('common.busy') : t('case.assign.take')}
        </button>
      )}
      <ErrorAlert id={ERROR_ID} text={assign.busy || !assign.error ? null : errorText(assign.error)} />
      <StatusMessage tone="success" text={done} />
    </Panel>
  );
}

type CoordinatorProps = {
  busy: boolean;
  errorId: string | null;
  onAssign: (id: number) => void;
  onUnassign: (() => void) | null;
};

function CoordinatorAssign({ busy, errorId, onAssign, onUnassign }: CoordinatorProps) {
  const t = useT();
  const errorText = useErrorText();
  const { detail } = useCase();
  const counsellors = useCounsellors();
  const list = counsellors.data ?? [];
  const [chosen, setChosen] = useState('');
  const value = chosen || String(detail.assignee?.id ?? list[0]?.id ?? '');

  function submit(event: FormEvent) {
    event.preventDefault();
    const id = Number(value);
    if (Number.isInteger(id) && id > 0) onAssign(id);
  }

  return (
    <form noValidate onSubmit={submit} className="form form--compact" aria-busy={busy || undefined}>
      <ErrorAlert id="counsellors-load-error" text={counsellors.error ? errorText(counsellors.error) : null} />
      {counsellors.data && list.length === 0 && <p>{t('case.assign.noCounsellors')}</p>}
      {list.length > 0 && (
        <>
          <SelectField
            id="assign-to"
            label={t('case.assign.counsellor')}
            value={value}
            onChange={setChosen}
            options={list.map((c) => ({ value: String(c.id), label: `${c.displayName} (${c.username})` }))}
            errorId={errorId}
          />
          <div className="toolbar">
            <SubmitButton busy={busy} label={t('case.assign.submit')} busyLabel={t('common.busy')} />
            {onUnassign && (
              <button type="button" className="button" onClick={onUnassign}>
                {t('case.assign.unassign')}
              </button>
            )}
          </div>
        </>
      )}
    </form>
  );
}
