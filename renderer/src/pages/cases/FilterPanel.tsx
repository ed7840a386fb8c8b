// Filters of the case list, folded away behind their heading (it says how many are on): the
// filter form and the saved filters.
import type { CaseView } from '../../../../core/cases/types';
import { Disclosure } from '../../components/Disclosure';
import { useT } from '../../i18n/useT';
import { FilterForm } from './FilterForm';
import { activeConditions, type ListFilter } from './listFilter';
import { SavedFilters } from './SavedFilters';

type Props = {
  view: CaseView;
  filter: ListFilter;
  onApply: (filter: ListFilter) => void;
  onApplySaved: (view: CaseView, filter: ListFilter) => void;
};

export function FilterPanel({ view, filter, onApply, onApplySaved }: Props) {
  const t = useT();
  const active = activeConditions(filter);
  return (
    <Disclosure id="case-filters" title={t('filters.title', { count: active })}>
      <FilterForm filter={filter} onApply={onApply} />
      <SavedFilters view={view} filter={filter} onApply={onApplySaved} />
    </Disclosure>
  );
}
