// One case list (a view with a filter), read a page at a time: the first page whenever the view or
// the filter changes, further pages appended by loadMore(). Answers for an older filter are dropped.
import { useCallback, useEffect, useState } from 'react';
import type { CaseFilter, CaseSummary, CaseView } from '../../../../core/cases/types';
import type { ErrorCode } from '../../../../core/errors';
import { call, errorCodeOf } from '../../api/client';
import { cleanFilter, filterKey, type ListFilter } from './listFilter';

export const CASE_PAGE_SIZE = 100;

type Loaded = { key: string; rows: CaseSummary[]; total: number };

export type CaseList = {
  rows: CaseSummary[];
  total: number;
  /** The first page for the current filter is on its way. */
  loading: boolean;
  error: ErrorCode | null;
  loadMore: () => Promise<void>;
  moreBusy: boolean;
  moreError: ErrorCode | null;
  reload: () => void;
};

function input(key: string, offset: number, limit: number): CaseFilter {
  return { ...(JSON.parse(key) as CaseFilter), offset, limit };
}

export function useCaseList(view: CaseView, filter: ListFilter, pageSize = CASE_PAGE_SIZE): CaseList {
  const key = filterKey(view, cleanFilter(filter));
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<{ key: string; code: ErrorCode } | null>(null);
  const [version, setVersion] = useState(0);
  const [moreBusy, setMoreBusy] = useState(false);
  const [moreError, setMoreError] = useState<ErrorCode | null>(null);

  useEffect(() => {
    let current = true;
    call('cases.list', input(key, 0, pageSize)).then(
      (page) => {
        if (!current) return;
        setLoaded({ key, rows: page.rows, total: page.total });
        setError(null);
        setMoreError(null);
      },
      (e: unknown) => {
        if (current) setError({ key, code: errorCodeOf(e) });
      },
    );
    return () => {
      current = false;
    };
  }, [key, version, pageSize]);

  const mine = loaded !== null && loaded.key === key ? loaded : null;
  const loadMore = useCallback(async () => {
    if (!mine || moreBusy) return;
    setMoreBusy(true);
    setMoreError(null);
    try {
      const page = await call('cases.list', input(key, mine.rows.length, pageSize));
      setLoaded((l) => {
        if (!l || l.key !== key) return l;
        // Cases that moved up since the last page (a new import) are not listed twice.
        const seen = new Set(l.rows.map((r) => r.id));
        return { key, rows: [...l.rows, ...page.rows.filter((r) => !seen.has(r.id))], total: page.total };
      });
    } catch (e) {
      setMoreError(errorCodeOf(e));
    } finally {
      setMoreBusy(false);
    }
  }, [key, mine, moreBusy, pageSize]);

  const reload = useCallback(() => setVersion((v) => v + 1), []);
  const currentError = error !== null && error.key === key ? error.code : null;
  return {
    rows: mine?.rows ?? [],
    total: mine?.total ?? 0,
    loading: mine === null && currentError === null,
    error: currentError,
    loadMore,
    moreBusy,
    moreError,
    reload,
  };
}
