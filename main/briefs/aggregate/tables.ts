// The five tables of a brief, from true counts to what may be published: cells per dimension,
// merging, suppression against the shared grand total, the fixed row order of each table, and the
// all-withheld brief. The rules themselves are in suppress.ts; the threat model in index.ts.
import type { BriefCell, BriefDimension, BriefTable } from '../../../core/briefs/aggregate-types';
import { monthRange } from './months';
import { PROVINCES } from './provinces';
import {
  compareKeys,
  type Hidden,
  memberListIsSafe,
  mergeSmall,
  OTHER,
  protectTotal,
  type WorkCell,
  withPrimarySuppression,
} from './suppress';
import { type Tally, UNKNOWN } from './tally';

const cellsOf = (entries: Iterable<readonly [string, number]>): WorkCell[] =>
  [...entries].map(([key, count]) => ({ key, count, members: null, state: 'published' }));

function toBriefCell(cell: WorkCell, k: number): BriefCell {
  const out: BriefCell =
    cell.state === 'published' ? { key: cell.key, count: cell.count, suppressed: false } : { key: cell.key, count: null, suppressed: true };
  if (cell.members !== null && memberListIsSafe(cell, k)) out.merged = cell.members.map((m) => m.key);
  return out;
}

/**
 * Largest published count first (then key); hidden cells after them by key only — ordering them
 * by their true counts would leak which is larger; 'unknown' and 'other' last.
 */
function byCount(cells: readonly WorkCell[]): WorkCell[] {
  const rank = (c: WorkCell) => (c.key === OTHER ? 3 : c.key === UNKNOWN ? 2 : c.state === 'published' ? 0 : 1);
  return [...cells].sort((a, b) => {
    const r = rank(a) - rank(b);
    if (r !== 0) return r;
    if (a.state === 'published' && b.state === 'published' && a.count !== b.count) return b.count - a.count;
    return compareKeys(a.key, b.key);
  });
}

function orderFor(dimension: BriefDimension, cells: readonly WorkCell[]): WorkCell[] {
  switch (dimension) {
    case 'category':
    case 'country':
    case 'channel':
      return byCount(cells);
    case 'month':
    case 'province':
      return [...cells]; // built in calendar / fixed province order
    default: {
      const never: never = dimension;
      throw new Error(`unknown dimension ${String(never)}`);
    }
  }
}

function table(dimension: BriefDimension, cells: readonly WorkCell[], total: number | null, k: number): BriefTable {
  return {
    dimension,
    cells: orderFor(dimension, cells).map((c) => toBriefCell(c, k)),
    total,
    totalSuppressed: total === null,
    multiValued: dimension === 'category',
  };
}

/**
 * A single-valued table: its cells add up to the grand total, which every such table publishes
 * (one table hiding it would not help: another table shows it). So each must be safe against
 * that total; null if one cannot be, and then nothing may be published.
 */
function singleValued(
  dimension: BriefDimension,
  cells: readonly WorkCell[],
  merging: boolean,
  reports: number,
  k: number,
): BriefTable | null {
  const safe = protectTotal(withPrimarySuppression(cells, k), reports, k, merging);
  return safe === null ? null : table(dimension, safe, reports, k);
}

/** Reports carrying at least one of `keys`: a merged row counts people, not labels. */
function reportsWithAny(sets: readonly string[][], keys: ReadonlySet<string>): number {
  let n = 0;
  for (const set of sets) if (set.some((c) => keys.has(c))) n++;
  return n;
}

/**
 * The multi-valued category table. Its total T (reports with a category) is not the grand total N,
 * but N − T, the reports without a category, is a count too: T is published only if T and N − T
 * are each 0 or ≥ k. Cells overlap, so differencing through T is weaker than in a single-valued
 * table; we still apply the same rule as if they did not (the worst case: most reports have one
 * category). If T cannot be published, the attacker can still difference through N (cells plus
 * the uncategorised reports add up to N when categories do not overlap), so the table is made safe
 * against N with the uncategorised reports as one more hidden quantity.
 */
function categoryTable(t: Tally, k: number): BriefTable | null {
  const n = t.reports;
  const total = t.withCategory;
  const none = n - total;
  const cells = withPrimarySuppression(
    mergeSmall(t.categories, k, (keys) => reportsWithAny(t.categorySets, keys)),
    k,
  );
  const publishable = (x: number) => x === 0 || x >= k;
  if (publishable(total) && publishable(none)) {
    const safe = protectTotal(cells, total, k, true);
    if (safe !== null) return table('category', safe, total, k);
  }
  const extra: Hidden[] =
    none === 0 ? [] : [none < k ? { value: none, lo: 1, hi: k - 1, small: true } : { value: none, lo: k, hi: Infinity, small: false }];
  const safe = protectTotal(cells, n, k, true, extra);
  return safe === null ? null : table('category', safe, null, k);
}

function monthCells(t: Tally): WorkCell[] {
  const months = [...t.months.keys()].sort(compareKeys);
  const first = months[0];
  const last = months[months.length - 1];
  if (first === undefined || last === undefined) return [];
  return cellsOf(monthRange(first, last).map((m) => [m, t.months.get(m) ?? 0] as const));
}

const PROVINCE_KEYS: readonly string[] = [...PROVINCES, UNKNOWN];

function provinceCells(t: Tally): WorkCell[] {
  return cellsOf(PROVINCE_KEYS.map((p) => [p, t.provinces.get(p) ?? 0] as const));
}

/** All five tables, or null when some table cannot be made safe while the grand total is shown. */
export function buildTables(t: Tally, k: number): BriefTable[] | null {
  const n = t.reports;
  const sumOf = (counts: ReadonlyMap<string, number>) => (keys: ReadonlySet<string>) => {
    let s = 0;
    for (const key of keys) s += counts.get(key) ?? 0;
    return s;
  };
  const tables = [
    categoryTable(t, k),
    singleValued('country', mergeSmall(t.countries, k, sumOf(t.countries)), true, n, k),
    singleValued('channel', cellsOf(t.channels), false, n, k),
    singleValued('month', monthCells(t), false, n, k),
    singleValued('province', provinceCells(t), false, n, k),
  ];
  return tables.every((x): x is BriefTable => x !== null) ? tables : null;
}

/**
 * The brief with nothing in it. Tables whose rows depend on the data (categories, countries,
 * channels, months) get no rows at all, since even a hidden row's key says "at least one report";
 * the fixed province rows are all shown as suppressed.
 */
export function withheldTables(): BriefTable[] {
  const empty = (dimension: BriefDimension): BriefTable => ({
    dimension,
    cells: [],
    total: null,
    totalSuppressed: true,
    multiValued: dimension === 'category',
  });
  return [
    empty('category'),
    empty('country'),
    empty('channel'),
    empty('month'),
    { ...empty('province'), cells: PROVINCE_KEYS.map((key) => ({ key, count: null, suppressed: true })) },
  ];
}
