// Where case screens live in the hash routes.
import { routeHref } from '../../hooks/useHashRoute';
import type { CaseView } from '../../../../core/cases/types';

export const caseRoute = (id: number) => `cases/${id}`;
export const caseHref = (id: number) => routeHref(caseRoute(id));
export const listRoute = (view: CaseView) => `cases/${view}`;
export const DASHBOARD_ROUTE = 'cases/dashboard';
export const searchRoute = (text: string) => `search?${new URLSearchParams({ q: text }).toString()}`;
