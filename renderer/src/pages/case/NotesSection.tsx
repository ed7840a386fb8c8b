// Case notes: each with its author and times, editable (every version is kept), its history on
// request; and a new note.
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';
import { ControlGroup } from './ControlGroup';
import { NOTE_MAX, NoteItem } from './NoteItem';
import { Panel } from './Panel';

const ERROR_ID = 'note-add-error';

function AddNote() {
  const t = useT();
  const errorText = useErrorText();
  const { detail } = useCase();
  const [body, setBody] = useState('');
  const [missing, setMissing] = useState(false);
  const [done, setDone] = useState(false);
  const add = useCaseChange((text: string) => call('cases.addNote', { caseId: detail.id, body: text }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const empty = body.trim() === '';
    setMissing(empty);
    if (empty) {
      add.clearError();
      return;
    }
    if (await add.run(body)) {
      setBody('');
      setDone(true);
    }
  }

  const error = missing ? t('case.notes.empty') : add.error ? errorText(add.error) : null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="form form--wide" aria-busy={add.busy || undefined}>
      <ControlGroup legend={t('case.notes.add')}>
        <TextAreaField id="note-new" label={t('case.notes.new')} value={body} onChange={setBody} rows={4} maxLength={NOTE_MAX} errorId={error ? ERROR_ID : null} />
        <ErrorAlert id={ERROR_ID} text={add.busy ? null : error} />
        <SubmitButton busy={add.busy} label={t('case.notes.add')} busyLabel={t('common.busy')} />
      </ControlGroup>
      <StatusMessage tone="success" text={done ? t('case.notes.added') : null} />
    </form>
  );
}

export function NotesSection() {
  const t = useT();
  const { detail } = useCase();
  return (
    <Panel id="notes" level={2} title={t('case.notes.title')}>
      {detail.notes.length === 0 ? (
        <p>{t('case.notes.none')}</p>
      ) : (
        <ol className="notes">
          {detail.notes.map((n) => (
            <NoteItem key={n.id} note={n} />
          ))}
        </ol>
      )}
      <AddNote />
    </Panel>
  );
}
