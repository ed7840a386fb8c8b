// The cases section's own navigation: the overview (coordinators), the three case lists, and the
// search box.
import { CASE_VIEWS, type CaseView } from '../../../../core/cases/constants';
import { routeHref } from '../../hooks/useHashRoute';
import { useT } from '../../i18n/useT';
import { CaseSearchBox } from './CaseSearchBox';
import { DASHBOARD_ROUTE, listRoute } from './links';

export type CasesNavItem = 'dashboard' | CaseView;

type Props = { current: CasesNavItem | null; coordinator: boolean; searchText: string };

export function CasesNav({ current, coordinator, searchText }: Props) {
  const t = useT();
  const items: { id: CasesNavItem; href: string; label: string }[] = [
    ...(coordinator ? [{ id: 'dashboard' as const, href: routeHref(DASHBOARD_ROUTE), label: t('cases.nav.dashboard') }] : []),
    ...CASE_VIEWS.map((view) => ({ id: view, href: routeHref(listRoute(view)), label: t(`cases.view.${view}`) })),
  ];
  return (
    <div className="sub-nav">
      <nav aria-label={t('cases.nav.label')}>
        <ul className="sub-nav__list">
          {items.map((item) => (
            <li key={item.id}>
              <a href={item.href} aria-current={item.id === current ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <CaseSearchBox initial={searchText} />
    </div>
  );
}
