// A case list (Inbox: new and unassigned; My cases; All cases): filters, saved filters, sort, and
// the cases a hundred at a time.
import type { CaseView } from '../../../../core/cases/types';
import { PageHeading } from '../../components/PageHeading';
import { navigate } from '../../hooks/useHashRoute';
import { useT } from '../../i18n/useT';
import { CaseResults } from './CaseResults';
import { FilterPanel } from './FilterPanel';
import { listRoute } from './links';
import type { ListFilter } from './listFilter';
import { SortSelect } from './SortSelect';

type Props = { view: CaseView; filter: ListFilter; onFilter: (filter: ListFilter) => void };

export function CaseListPage({ view, filter, onFilter }: Props) {
  const t = useT();
  function applySaved(savedView: CaseView, saved: ListFilter) {
    onFilter(saved);
    if (savedView !== view) navigate(listRoute(savedView));
  }
  return (
    <>
      <PageHeading title={t(`cases.view.${view}`)} />
      <p>{t(`cases.viewIntro.${view}`)}</p>
      <FilterPanel view={view} filter={filter} onApply={onFilter} onApplySaved={applySaved} />
      <SortSelect value={filter.sort ?? 'queue'} onChange={(sort) => onFilter({ ...filter, sort })} />
      <CaseResults view={view} filter={filter} />
    </>
  );
}
