// One note: its text as written, who wrote it and when; edit it (a new version), or show all its
// versions.
import { type FormEvent, useState } from 'react';
import type { CaseNote } from '../../../../core/cases/types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useFocusReturn } from '../../hooks/useFocusReturn';
import { useFormatDateTime } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';
import { NoteHistory } from './NoteHistory';

export const NOTE_MAX = 100_000;

export function NoteItem({ note }: { note: CaseNote }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const { canWrite, readOnlyNoteId } = useCase();
  const [editing, setEditing] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  const [editButtonRef, focusEditButton] = useFocusReturn<HTMLButtonElement>();
  const id = `note-${note.id}`;

  function closeEditor(wasSaved: boolean) {
    setEditing(false);
    setSaved(wasSaved);
    focusEditButton();
  }

  return (
    <li className="note">
      <p id={`${id}-meta`} className="note__meta">
        {t('case.notes.meta', { author: note.author, at: formatDateTime(note.createdAt) })}
        {note.versions > 1 && <> {t('case.notes.edited', { at: formatDateTime(note.updatedAt), versions: note.versions })}</>}
      </p>
      {editing ? (
        <EditNote note={note} onClose={closeEditor} />
      ) : (
        <p dir="auto" className="prose narrative">
          {note.body}
        </p>
      )}
      {!editing && (
        <div className="toolbar">
          <button
            ref={editButtonRef}
            type="button"
            className="button button--small"
            disabled={!canWrite}
            aria-describedby={readOnlyNoteId}
            onClick={() => {
              setSaved(false);
              setEditing(true);
            }}
          >
            {t('case.notes.edit')}
          </button>
          {note.versions > 1 && (
            <button
              type="button"
              className="button button--small"
              aria-expanded={historyOpen}
              aria-controls={historyOpen ? `${id}-history` : undefined}
              onClick={() => setHistoryOpen((o) => !o)}
            >
              {t('case.notes.history', { versions: note.versions })}
            </button>
          )}
        </div>
      )}
      <StatusMessage tone="success" text={saved ? t('case.notes.saved') : null} />
      {historyOpen && <NoteHistory key={note.versions} id={`${id}-history`} noteId={note.id} />}
    </li>
  );
}

function EditNote({ note, onClose }: { note: CaseNote; onClose: (saved: boolean) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [body, setBody] = useState(note.body);
  const [missing, setMissing] = useState(false);
  const edit = useCaseChange((text: string) => call('cases.editNote', { noteId: note.id, body: text }));
  const errorId = `note-${note.id}-error`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const empty = body.trim() === '';
    setMissing(empty);
    if (empty) {
      edit.clearError();
      return;
    }
    if (body === note.body) {
      onClose(false);
      return;
    }
    if (await edit.run(body)) onClose(true);
  }

  const error = missing ? t('case.notes.empty') : edit.error ? errorText(edit.error) : null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="form form--wide" aria-busy={edit.busy || undefined}>
      <TextAreaField
        id={`note-${note.id}-body`}
        label={t('case.notes.editLabel')}
        value={body}
        onChange={setBody}
        rows={5}
        maxLength={NOTE_MAX}
        autoFocus
        errorId={error ? errorId : null}
      />
      <ErrorAlert id={errorId} text={edit.busy ? null : error} />
      <div className="toolbar">
        <SubmitButton busy={edit.busy} label={t('case.notes.saveEdit')} busyLabel={t('common.busy')} />
        <button type="button" className="button" onClick={() => onClose(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
