// Saved filters of this user: apply one (its view and conditions), delete one, or save the current
// view and filter under a name (the same name again replaces it).
import { type FormEvent, useState } from 'react';
import type { CaseView } from '../../../../core/cases/types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { cleanFilter, fromSaved, type ListFilter } from './listFilter';

const SAVE_ERROR_ID = 'saved-filter-error';
const loadSaved = () => call('filters.list', {});
type Saved = Awaited<ReturnType<typeof loadSaved>>;

type Props = { view: CaseView; filter: ListFilter; onApply: (view: CaseView, filter: ListFilter) => void };

export function SavedFilters({ view, filter, onApply }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const loaded = useLoad(loadSaved);
  const [list, setList] = useState<Saved | null>(null);
  const [name, setName] = useState('');
  const [missing, setMissing] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const save = useAction((n: string) => call('filters.save', { name: n, filter: { view, ...cleanFilter(filter) } }));
  const remove = useAction((id: number) => call('filters.delete', { id }));
  const saved = list ?? loaded.data ?? [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setMessage(null);
    const n = name.trim();
    setMissing(n === '');
    if (n === '') {
      save.clearError();
      return;
    }
    const next = await save.run(n);
    if (next) {
      setList(next);
      setName('');
      setMessage(t('filters.saved', { name: n }));
    }
  }

  async function del(id: number, n: string) {
    setMessage(null);
    const next = await remove.run(id);
    if (next) {
      setList(next);
      setMessage(t('filters.deleted', { name: n }));
    }
  }

  const saveError = missing ? t('filters.nameRequired') : save.error ? errorText(save.error) : null;
  return (
    <section className="panel" aria-labelledby="saved-filters-title">
      <h3 id="saved-filters-title">{t('filters.savedTitle')}</h3>
      <ErrorAlert id="saved-filters-load-error" text={loaded.error ? errorText(loaded.error) : null} />
      {loaded.data && saved.length === 0 && <p>{t('filters.noneSaved')}</p>}
      {saved.length > 0 && (
        <ul className="saved-filters">
          {saved.map((s) => {
            const { view: savedView } = fromSaved(s.filter);
            return (
              <li key={s.id}>
                <span className="saved-filters__name" dir="auto">
                  {s.name}
                </span>{' '}
                <span className="small">({t(`cases.view.${savedView}`)})</span>
                <span className="toolbar">
                  <button
                    type="button"
                    className="button button--small"
                    aria-label={t('filters.applyNamed', { name: s.name })}
                    onClick={() => {
                      const f = fromSaved(s.filter);
                      setMessage(t('filters.applied', { name: s.name }));
                      onApply(f.view, f.filter);
                    }}
                  >
                    {t('filters.applySaved')}
                  </button>
                  <button
                    type="button"
                    className="button button--small button--danger"
                    aria-label={t('filters.deleteNamed', { name: s.name })}
                    onClick={() => void del(s.id, s.name)}
                  >
                    {t('filters.delete')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <ErrorAlert id="saved-filters-delete-error" text={remove.error ? errorText(remove.error) : null} />
      <form noValidate onSubmit={(e) => void submit(e)} className="form" aria-busy={save.busy || undefined}>
        <TextField
          id="saved-filter-name"
          label={t('filters.name')}
          hint={t('filters.nameHint')}
          value={name}
          onChange={setName}
          maxLength={100}
          autoComplete="off"
          errorId={saveError ? SAVE_ERROR_ID : null}
        />
        <ErrorAlert id={SAVE_ERROR_ID} text={save.busy ? null : saveError} />
        <SubmitButton busy={save.busy} label={t('filters.save')} busyLabel={t('common.busy')} />
      </form>
      <StatusMessage tone="success" text={message} />
    </section>
  );
}
