// The conditions of the case list: status (several), assignee (or unassigned), category, country,
// priority, follow-up due or overdue, and the received date range. Applied on submit.
import { type FormEvent, useState } from 'react';
import { CATEGORIES } from '../../../../core/bundle/categories';
import { CASE_STATUSES, type CaseStatus } from '../../../../core/cases/status';
import { PRIORITIES, type Priority } from '../../../../core/cases/constants';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert } from '../../components/Messages';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useCodeName } from '../../i18n/codes';
import { useT } from '../../i18n/useT';
import { cleanFilter, type ListFilter } from './listFilter';
import { useCounsellors } from './useCounsellors';

const ERROR_ID = 'filter-error';
const UNASSIGNED = 'none';

type Draft = {
  statuses: CaseStatus[];
  assignee: string;
  category: string;
  country: string;
  priority: string;
  followUp: string;
  from: string;
  to: string;
};

function draftOf(f: ListFilter): Draft {
  return {
    statuses: f.statuses ?? [],
    assignee: f.assigneeId === null ? UNASSIGNED : f.assigneeId === undefined ? '' : String(f.assigneeId),
    category: f.category ?? '',
    country: f.country ?? '',
    priority: f.priority ?? '',
    followUp: f.followUp ?? '',
    from: f.receivedFrom ?? '',
    to: f.receivedTo ?? '',
  };
}

type Problem = 'country' | 'dates' | null;

function check(d: Draft): Problem {
  if (d.country.trim() !== '' && !/^[A-Za-z]{2}$/.test(d.country.trim())) return 'country';
  if (d.from && d.to && d.from > d.to) return 'dates';
  return null;
}

function filterOf(d: Draft, sort: ListFilter['sort']): ListFilter {
  const f: ListFilter = { sort };
  if (d.statuses.length > 0) f.statuses = d.statuses;
  if (d.assignee === UNASSIGNED) f.assigneeId = null;
  else if (d.assignee !== '') f.assigneeId = Number(d.assignee);
  if (d.category) f.category = d.category;
  if (d.country.trim()) f.country = d.country.trim().toUpperCase();
  if (d.priority) f.priority = d.priority as Priority;
  if (d.followUp === 'due' || d.followUp === 'overdue') f.followUp = d.followUp;
  if (d.from) f.receivedFrom = d.from;
  if (d.to) f.receivedTo = d.to;
  return f;
}

export function FilterForm({ filter, onApply }: { filter: ListFilter; onApply: (filter: ListFilter) => void }) {
  const t = useT();
  const codeName = useCodeName();
  const counsellors = useCounsellors();
  const [draft, setDraft] = useState<Draft>(() => draftOf(filter));
  const [problem, setProblem] = useState<Problem>(null);
  // A filter applied from elsewhere (a saved filter, "clear") shows in the form.
  const key = JSON.stringify(cleanFilter(filter));
  const [shown, setShown] = useState(key);
  if (shown !== key) {
    setShown(key);
    setDraft(draftOf(filter));
    setProblem(null);
  }
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  function submit(event: FormEvent) {
    event.preventDefault();
    const p = check(draft);
    setProblem(p);
    if (!p) onApply(filterOf(draft, filter.sort));
  }

  const error = problem === 'country' ? t('filters.countryInvalid') : problem === 'dates' ? t('filters.datesInvalid') : null;
  const any = { value: '', label: t('filters.any') };
  return (
    <form noValidate onSubmit={submit} className="form form--wide filter-form" aria-labelledby="filter-form-title">
      <h3 id="filter-form-title" className="visually-hidden">
        {t('filters.formTitle')}
      </h3>
      <fieldset className="fieldset fieldset--columns">
        <legend>{t('cases.col.status')}</legend>
        {CASE_STATUSES.map((s) => (
          <CheckboxField
            key={s}
            id={`filter-status-${s}`}
            label={t(`caseStatus.${s}`)}
            checked={draft.statuses.includes(s)}
            onChange={(on) => set({ statuses: CASE_STATUSES.filter((x) => (x === s ? on : draft.statuses.includes(x))) })}
          />
        ))}
      </fieldset>
      <div className="form-grid">
        <SelectField
          id="filter-assignee"
          label={t('cases.col.assignee')}
          value={draft.assignee}
          onChange={(assignee) => set({ assignee })}
          options={[
            any,
            { value: UNASSIGNED, label: t('cases.unassigned') },
            ...(counsellors.data ?? []).map((c) => ({ value: String(c.id), label: c.displayName })),
          ]}
        />
        <SelectField
          id="filter-category"
          label={t('filters.category')}
          value={draft.category}
          onChange={(category) => set({ category })}
          options={[any, ...CATEGORIES.map((c) => ({ value: c, label: codeName('category', c) }))]}
        />
        <TextField
          id="filter-country"
          label={t('filters.country')}
          hint={t('filters.countryHint')}
          value={draft.country}
          onChange={(country) => set({ country })}
          maxLength={2}
          autoComplete="off"
          plain
          errorId={problem === 'country' ? ERROR_ID : null}
          className="field--short"
        />
        <SelectField
          id="filter-priority"
          label={t('cases.col.priority')}
          value={draft.priority}
          onChange={(priority) => set({ priority })}
          options={[any, ...PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))]}
        />
        <SelectField
          id="filter-follow-up"
          label={t('cases.col.followUp')}
          value={draft.followUp}
          onChange={(followUp) => set({ followUp })}
          options={[any, { value: 'due', label: t('filters.followUp.due') }, { value: 'overdue', label: t('filters.followUp.overdue') }]}
        />
        <TextField
          id="filter-from"
          type="date"
          label={t('filters.receivedFrom')}
          value={draft.from}
          onChange={(from) => set({ from })}
          errorId={problem === 'dates' ? ERROR_ID : null}
        />
        <TextField
          id="filter-to"
          type="date"
          label={t('filters.receivedTo')}
          value={draft.to}
          onChange={(to) => set({ to })}
          errorId={problem === 'dates' ? ERROR_ID : null}
        />
      </div>
      <ErrorAlert id={ERROR_ID} text={error} />
      <div className="toolbar">
        <button type="submit" className="button button--primary">
          {t('filters.apply')}
        </button>
        <button type="button" className="button" onClick={() => onApply({ sort: filter.sort })}>
          {t('filters.clear')}
        </button>
      </div>
    </form>
  );
}
