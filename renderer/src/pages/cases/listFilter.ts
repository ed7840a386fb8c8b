// The case lists' filter as the screens hold it: everything of cases.list except the view (which
// is the page) and paging (which the list does). Saved filters store the view with it.
import type { CaseFilter, CaseView } from '../../../../core/cases/types';

export type ListFilter = Omit<CaseFilter, 'view' | 'limit' | 'offset'>;

export const EMPTY_FILTER: ListFilter = { sort: 'queue' };

/** The filter for cases.list, without empty parts (the schema refuses empty strings). */
export function cleanFilter(f: ListFilter): ListFilter {
  const out: ListFilter = { sort: f.sort ?? 'queue' };
  if (f.statuses && f.statuses.length > 0) out.statuses = [...f.statuses];
  if (f.assigneeId !== undefined) out.assigneeId = f.assigneeId;
  if (f.category) out.category = f.category;
  if (f.country) out.country = f.country;
  if (f.priority) out.priority = f.priority;
  if (f.followUp) out.followUp = f.followUp;
  if (f.receivedFrom) out.receivedFrom = f.receivedFrom;
  if (f.receivedTo) out.receivedTo = f.receivedTo;
  return out;
}

/** How many conditions are set (the sort is not a condition). */
export function activeConditions(f: ListFilter): number {
  const c = cleanFilter(f);
  return [c.statuses, c.assigneeId, c.category, c.country, c.priority, c.followUp, c.receivedFrom, c.receivedTo].filter(
    (v) => v !== undefined,
  ).length;
}

/** A saved filter split into the view it was saved on and the list filter. */
export function fromSaved(saved: CaseFilter): { view: CaseView; filter: ListFilter } {
  const { view = 'all', limit: _limit, offset: _offset, ...rest } = saved;
  return { view, filter: cleanFilter(rest) };
}

/** A stable text for a filter, to key forms and loads by. */
export function filterKey(view: CaseView, f: ListFilter): string {
  return JSON.stringify({ view, ...cleanFilter(f) });
}
