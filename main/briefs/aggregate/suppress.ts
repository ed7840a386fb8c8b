// The suppression engine: which cells of one table may be published. See index.ts for the threat
// model; this module holds the mechanics:
//  - primary suppression: a count in 1..k−1 is never published (0 is: it identifies nobody);
//  - merging small cells into one 'other' cell (category and country);
//  - the residual rule: what the published total minus the published cells leaves must not
//    give away a hidden cell, so more cells are hidden (smallest first) until it does not;
//  - whether listing the keys of a merged cell would pin their counts.
//
// "Attacker bounds": what the published brief and these public rules tell a reader about a hidden
// cell. Zero is always published, so hidden means ≥ 1. In a table that merges, a hidden single key
// is ≥ k (a smaller one would be in 'other'), and a hidden 'other' is below k (m merged keys: ≥ m)
// unless it was hidden only to protect something else. In a table that does not merge, a hidden
// cell may be small or hidden to protect another: only ≥ 1 is known.

export type CellState = 'published' | 'primary' | 'secondary';

export type WorkCell = {
  key: string;
  /** The true count; published only if state is 'published'. */
  count: number;
  /** For a merged cell: the keys in it, sorted, and each key's own true count. */
  members: readonly { key: string; count: number }[] | null;
  state: CellState;
};

/** A hidden quantity as an attacker sees it: somewhere in [lo, hi]; `small` if its true value is below k. */
export type Hidden = { value: number; lo: number; hi: number; small: boolean };

/** Key of the merged row (and of a real "other" category or channel). */
export const OTHER = 'other';

/** Plain code-unit order: the same on every machine, unlike localeCompare. */
export const compareKeys = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const sumCounts = (cells: readonly WorkCell[]): number => cells.reduce((s, c) => s + c.count, 0);

/** Primary suppression: counts 1..k−1 are hidden; 0 and ≥ k are published. */
export function withPrimarySuppression(cells: readonly WorkCell[], k: number): WorkCell[] {
  return cells.map((c) => ({ ...c, state: c.count >= 1 && c.count < k ? 'primary' : 'published' }));
}

/**
 * Folds every count below k into one 'other' cell. A raw key 'other' (the real category "other")
 * joins it whenever anything is merged, so there is one 'other' row. `union` counts the
 * reports in a set of keys: the sum for a single-valued table, distinct reports for a multi-valued
 * one (a report with three small categories is one person, not three).
 */
export function mergeSmall(counts: ReadonlyMap<string, number>, k: number, union: (keys: ReadonlySet<string>) => number): WorkCell[] {
  const small = [...counts].filter(([, n]) => n < k);
  const ordinary = (key: string, count: number): WorkCell => ({ key, count, members: null, state: 'published' });
  if (small.length === 0) return [...counts].map(([key, n]) => ordinary(key, n));
  const real = counts.get(OTHER);
  const memberEntries = real !== undefined && real >= k ? [...small, [OTHER, real] as const] : small;
  const members = memberEntries.map(([key, count]) => ({ key, count })).sort((a, b) => compareKeys(a.key, b.key));
  const memberKeys = new Set(members.map((m) => m.key));
  const rest = [...counts].filter(([key]) => !memberKeys.has(key)).map(([key, n]) => ordinary(key, n));
  return [...rest, { key: OTHER, count: union(memberKeys), members, state: 'published' }];
}

/** What a reader of the brief can know about a hidden cell (see the top of this file). */
export function attackerBounds(cell: WorkCell, k: number, merging: boolean): Hidden {
  const small = cell.count < k;
  if (cell.state === 'published') throw new Error('attackerBounds: the cell is published');
  if (!merging) return { value: cell.count, lo: 1, hi: Infinity, small };
  if (cell.members === null) {
    // Every small key was merged, so a single key here was hidden only to protect another.
    if (small) throw new Error('attackerBounds: a small key outside the merged cell');
    return { value: cell.count, lo: k, hi: Infinity, small };
  }
  switch (cell.state) {
    case 'primary':
      // m merged keys hold at least m reports in a single-valued table; in a multi-valued one they
      // may overlap, so never claim more than the true count.
      return { value: cell.count, lo: Math.max(1, Math.min(cell.members.length, cell.count)), hi: k - 1, small };
    case 'secondary':
      return { value: cell.count, lo: k, hi: Infinity, small };
    default: {
      const never: never = cell.state;
      throw new Error(`attackerBounds: unknown state ${String(never)}`);
    }
  }
}

/**
 * The residual rule for one table with a published total. `residual` = total − published cells.
 * Safe when nothing is hidden, or when at least 2 things are hidden, the residual is ≥ k, and the
 * arithmetic pins no small hidden value: with the hidden values adding up to their (true) sum,
 * each within its attacker bounds, every small one must keep at least two possible values. That
 * closes what "residual ≥ k over ≥ 2 cells" alone leaves open, e.g. five hidden months adding up
 * to 5 (each is then exactly 1), or a hidden 'other' (< k) next to one hidden country (≥ k) with a
 * residual of k + 1 ('other' is then exactly 1). A value its bounds alone already fix (a merged
 * row of k−1 keys below k; any small value with k = 2) is left to the merged-list rule instead:
 * no arithmetic can make it worse or better.
 */
export function isProtected(hidden: readonly Hidden[], residual: number, k: number): boolean {
  if (hidden.length === 0) return true;
  if (hidden.length < 2 || residual < k) return false;
  let sum = 0;
  let lo = 0;
  let finiteHi = 0;
  let unbounded = 0;
  for (const h of hidden) {
    sum += h.value;
    lo += h.lo;
    if (h.hi === Infinity) unbounded++;
    else finiteHi += h.hi;
  }
  for (const h of hidden) {
    if (!h.small || h.lo >= h.hi) continue;
    const self = h.hi === Infinity;
    const othersHi = unbounded - (self ? 1 : 0) > 0 ? Infinity : finiteHi - (self ? 0 : h.hi);
    const lower = Math.max(h.lo, sum - othersHi);
    const upper = Math.min(h.hi, sum - (lo - h.lo));
    if (lower >= upper) return false;
  }
  return true;
}

const bySizeThenKey = (a: WorkCell, b: WorkCell): number => a.count - b.count || compareKeys(a.key, b.key);

/**
 * Hides the smallest published non-zero cells, one at a time, until the table is protected
 * against differencing through `total`. `merging`: the table pools small keys into 'other'.
 * `extra` are hidden quantities that are not cells (the reports without a category). Returns the
 * new cells, or null if even hiding every cell is not enough (then the total itself must go).
 */
export function protectTotal(
  cells: readonly WorkCell[],
  total: number,
  k: number,
  merging: boolean,
  extra: readonly Hidden[] = [],
): WorkCell[] | null {
  const out = cells.map((c) => ({ ...c }));
  const candidates = out.filter((c) => c.state === 'published' && c.count > 0).sort(bySizeThenKey);
  const hidden = [...extra, ...out.filter((c) => c.state !== 'published').map((c) => attackerBounds(c, k, merging))];
  let published = sumCounts(out.filter((c) => c.state === 'published'));
  for (let next = 0; !isProtected(hidden, total - published, k); next++) {
    const cell = candidates[next];
    if (cell === undefined) return null;
    cell.state = 'secondary';
    published -= cell.count;
    hidden.push(attackerBounds(cell, k, merging));
  }
  return out;
}

/**
 * Whether a merged cell may list its keys. The list tells an attacker each key has 1..k−1 reports
 * (or ≥ k for a folded-in real 'other'); together with the cell's own value or bounds that can pin
 * a key's count: five keys in a published 'other' of 5 are 1 each; four keys in a hidden 'other'
 * below k = 5 are 1 each; with k = 2 every listed key is exactly 1. Then the list is left out.
 */
export function memberListIsSafe(cell: WorkCell, k: number): boolean {
  const members = cell.members;
  if (members === null) return false;
  let mLo: number;
  let mHi: number;
  switch (cell.state) {
    case 'published':
      mLo = mHi = cell.count;
      break;
    case 'primary':
      mLo = Math.max(1, Math.min(members.length, cell.count));
      mHi = k - 1;
      break;
    case 'secondary':
      mLo = k;
      mHi = Infinity;
      break;
    default: {
      const never: never = cell.state;
      throw new Error(`memberListIsSafe: unknown state ${String(never)}`);
    }
  }
  const bounds = members.map((m) => (m.count < k ? { lo: 1, hi: k - 1, small: true } : { lo: k, hi: Infinity, small: false }));
  const lo = bounds.reduce((s, b) => s + b.lo, 0);
  const hi = bounds.reduce((s, b) => s + b.hi, 0);
  return bounds.every((b) => {
    if (!b.small) return true;
    const lower = Math.max(b.lo, mLo - (hi - b.hi));
    const upper = Math.min(b.hi, mHi - (lo - b.lo));
    return lower < upper;
  });
}
