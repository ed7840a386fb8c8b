// The 'cases' section: its own navigation (the coordinators' overview, the case lists, search) and
// the page the route names. The list filter lives here, so it is kept while a case is open.
import { lazy, Suspense, useState } from 'react';
import { CASE_VIEWS, type CaseView } from '../../../../core/cases/constants';
import { routeParts, SEARCH_ROUTE } from '../../hooks/useHashRoute';
import { useT } from '../../i18n/useT';
import { useSession } from '../../session';
import { CasePage } from '../case/CasePage';
import { SearchPage } from '../search/SearchPage';
import { CaseListPage } from './CaseListPage';
import { CasesNav, type CasesNavItem } from './CasesNav';
import { EMPTY_FILTER, type ListFilter } from './listFilter';

// The dashboard brings the chart library; only coordinators load it, when they open it.
const DashboardPage = lazy(() => import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));

type SubPage =
  | { kind: 'dashboard' }
  | { kind: 'list'; view: CaseView }
  | { kind: 'case'; caseId: number }
  | { kind: 'search'; text: string };

function isView(s: string): s is CaseView {
  return (CASE_VIEWS as readonly string[]).includes(s);
}

function subPage(route: string, coordinator: boolean): SubPage {
  const { head, rest, params } = routeParts(route);
  const landing: SubPage = coordinator ? { kind: 'dashboard' } : { kind: 'list', view: 'mine' };
  if (head === SEARCH_ROUTE) return { kind: 'search', text: params.get('q') ?? '' };
  const [first] = rest;
  if (first === undefined) return landing;
  if (first === 'dashboard') return landing;
  if (isView(first)) return { kind: 'list', view: first };
  if (/^\d{1,12}$/.test(first)) return { kind: 'case', caseId: Number(first) };
  return landing;
}

function navItem(page: SubPage): CasesNavItem | null {
  switch (page.kind) {
    case 'dashboard':
      return 'dashboard';
    case 'list':
      return page.view;
    case 'case':
    case 'search':
      return null;
  }
}

export function CasesSection({ route }: { route: string }) {
  const t = useT();
  const { session } = useSession();
  const coordinator = session.roles.includes('coordinator');
  const [filter, setFilter] = useState<ListFilter>(EMPTY_FILTER);
  const page = subPage(route, coordinator);
  return (
    <div className="page">
      <CasesNav current={navItem(page)} coordinator={coordinator} searchText={page.kind === 'search' ? page.text : ''} />
      {page.kind === 'dashboard' && (
        <Suspense fallback={<p role="status">{t('common.busy')}</p>}>
          <DashboardPage />
        </Suspense>
      )}
      {page.kind === 'list' && <CaseListPage key={page.view} view={page.view} filter={filter} onFilter={setFilter} />}
      {page.kind === 'case' && <CasePage key={page.caseId} caseId={page.caseId} />}
      {page.kind === 'search' && <SearchPage key={page.text} text={page.text} />}
    </div>
  );
}
