// Every version of a note, newest first, as saved.
import { useCallback } from 'react';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useLoad } from '../../hooks/useLoad';
import { useFormatDateTime } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';

export function NoteHistory({ id, noteId }: { id: string; noteId: number }) {
  const t = useT();
  const errorText = useErrorText();
  const formatDateTime = useFormatDateTime();
  const load = useCallback(() => call('cases.noteHistory', { noteId }), [noteId]);
  const { data, error } = useLoad(load);
  const versions = data ? [...data].sort((a, b) => b.version - a.version) : [];
  return (
    <div id={id} className="note-history">
      <ErrorAlert id={`${id}-error`} text={error ? errorText(error) : null} />
      {!data && !error && <p role="status">{t('common.busy')}</p>}
      {data && (
        <ol className="note-history__list" aria-label={t('case.notes.historyLabel')}>
          {versions.map((v) => (
            <li key={v.version}>
              <p className="note__meta">{t('case.notes.version', { version: v.version, by: v.savedBy, at: formatDateTime(v.savedAt) })}</p>
              <p dir="auto" className="prose narrative">
                {v.body}
              </p>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
