// Property tests of the brief's aggregate tables over random rows and k in 2..10, checked against
// counts the test computes itself: no published count in 1..k−1, the residual rule for every
// published total, published values equal the true counts, no small hidden count that arithmetic
// pins to one value, determinism.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BriefAggregates, BriefDimension, BriefTable } from '../../core/briefs/aggregate-types';
import { type BriefRow, buildAggregates } from '../../main/briefs/aggregate';

const MONTHS = ['2023-11', '2024-01', '2024-02', '2024-05'];
const CATEGORIES = ['intimidation', 'surveillance', 'digital', 'violence', 'other'];
const COUNTRIES = ['IR', 'CN', 'TR', 'ER', 'RU', null];
const CHANNELS = ['phone', 'web', 'post', 'other'];
/** Places and their province as this test knows them (not via the module's table). */
const PLACES: ReadonlyMap<string | null, string> = new Map([
  ['Amsterdam', 'Noord-Holland'],
  ['Den Haag', 'Zuid-Holland'],
  ['leiden', 'Zuid-Holland'],
  ['Maastricht', 'Limburg'],
  ['Groningen', 'Groningen'],
  ['Ljouwert', 'Fryslân'],
  ['Atlantis', 'unknown'],
  ['Bergen', 'unknown'],
  [null, 'unknown'],
]);
const SINGLE: readonly BriefDimension[] = ['country', 'channel', 'month', 'province'];

const rowArb: fc.Arbitrary<BriefRow> = fc.record({
  month: fc.constantFrom(...MONTHS),
  categories: fc.array(fc.constantFrom(...CATEGORIES), { maxLength: 3 }),
  country: fc.constantFrom(...COUNTRIES),
  channel: fc.constantFrom(...CHANNELS),
  municipality: fc.constantFrom(...PLACES.keys()),
});
// Rows come in clusters of identical rows, so counts around and above k are common.
const rowsArb = fc
  .array(fc.tuple(rowArb, fc.integer({ min: 1, max: 9 })), { maxLength: 25 })
  .map((clusters) => clusters.flatMap(([r, n]) => Array.from({ length: n }, () => ({ ...r, categories: [...r.categories] }))));
const kArb = fc.integer({ min: 2, max: 10 });

type Truth = { n: number; withCategory: number; single: Record<string, Map<string, number>>; categorySets: Set<string>[] };

function truthOf(rows: readonly BriefRow[]): Truth {
  const single: Record<string, Map<string, number>> = { country: new Map(), channel: new Map(), month: new Map(), province: new Map() };
  const bump = (d: string, key: string) => {
    const m = single[d];
    if (m) m.set(key, (m.get(key) ?? 0) + 1);
  };
  const categorySets: Set<string>[] = [];
  for (const r of rows) {
    bump('country', r.country ?? 'unknown');
    bump('channel', r.channel);
    bump('month', r.month);
    bump('province', PLACES.get(r.municipality) ?? 'unknown');
    if (r.categories.length > 0) categorySets.push(new Set(r.categories));
  }
  return { n: rows.length, withCategory: categorySets.length, single, categorySets };
}

const tableOf = (a: BriefAggregates, d: BriefDimension): BriefTable => {
  const t = a.tables.find((x) => x.dimension === d);
  if (t === undefined) throw new Error(`no ${d} table`);
  return t;
};
const publishedSum = (t: BriefTable) => t.cells.reduce((s, c) => s + (c.suppressed ? 0 : (c.count ?? 0)), 0);
const hiddenCount = (t: BriefTable) => t.cells.filter((c) => c.suppressed).length;

/** True count of a cell as this test computes it. */
function trueCount(truth: Truth, t: BriefTable, key: string): number {
  const own = new Set(t.cells.map((c) => c.key).filter((k) => k !== 'other'));
  if (t.dimension === 'category') {
    if (key === 'other') return truth.categorySets.filter((s) => [...s].some((c) => !own.has(c))).length;
    return truth.categorySets.filter((s) => s.has(key)).length;
  }
  const counts = truth.single[t.dimension] ?? new Map<string, number>();
  if (key === 'other' && t.dimension === 'country') return [...counts].filter(([k]) => !own.has(k)).reduce((s, [, n]) => s + n, 0);
  return counts.get(key) ?? 0;
}

/** Values a hidden quantity can take, given the others' bounds and the exact sum (subset-sum DP, no interval algebra). */
function feasibleValues(bounds: readonly { lo: number; hi: number }[], sum: number, i: number): number[] {
  let reach = new Set<number>([0]);
  bounds.forEach((b, j) => {
    if (j === i) return;
    const next = new Set<number>();
    for (const s of reach) for (let v = b.lo; v <= Math.min(b.hi, sum - s); v++) next.add(s + v);
    reach = next;
  });
  const self = bounds[i];
  if (self === undefined) return [];
  const out: number[] = [];
  for (let v = self.lo; v <= Math.min(self.hi, sum); v++) if (reach.has(sum - v)) out.push(v);
  return out;
}

describe('brief aggregates: properties', () => {
  it('(1) publishes no count in 1..k−1 anywhere, totals included', () => {
    fc.assert(
      fc.property(rowsArb, kArb, (rows, k) => {
        const a = buildAggregates(rows, k);
        const safe = (x: number | null) => x === null || x === 0 || x >= k;
        expect(safe(a.reports)).toBe(true);
        for (const t of a.tables) {
          expect(safe(t.total)).toBe(true);
          expect(t.totalSuppressed).toBe(t.total === null);
          for (const c of t.cells) {
            expect(c.suppressed).toBe(c.count === null);
            expect(safe(c.count)).toBe(true);
          }
        }
        if (rows.length < k) expect(a.reports).toBeNull();
        // Reports without a category are the grand total minus the category total: a count too.
        const category = tableOf(a, 'category').total;
        if (a.reports !== null && category !== null) expect(safe(a.reports - category)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('(2) leaves, next to every published total, nothing hidden or ≥ k hidden in ≥ 2 cells', () => {
    fc.assert(
      fc.property(rowsArb, kArb, (rows, k) => {
        const a = buildAggregates(rows, k);
        for (const t of a.tables) {
          if (t.total === null) continue;
          const residual = t.total - publishedSum(t);
          const hidden = hiddenCount(t);
          // Overlapping categories can make the cells add up to more than the total.
          const nothingHidden = hidden === 0 && (t.multiValued ? residual <= 0 : residual === 0);
          expect(nothingHidden || (residual >= k && hidden >= 2)).toBe(true);
        }
        // The single-valued tables all show the same grand total.
        if (a.reports !== null) for (const d of SINGLE) expect(tableOf(a, d).total).toBe(a.reports);
      }),
      { numRuns: 400 },
    );
  });

  it('(3) publishes true counts, no noise: cells, merged rows, totals, keys', () => {
    fc.assert(
      fc.property(rowsArb, kArb, (rows, k) => {
        const a = buildAggregates(rows, k);
        const truth = truthOf(rows);
        if (a.reports === null) return;
        expect(a.reports).toBe(truth.n);
        const category = tableOf(a, 'category');
        if (category.total !== null) expect(category.total).toBe(truth.withCategory);
        for (const t of a.tables) {
          for (const c of t.cells) if (!c.suppressed) expect(c.count).toBe(trueCount(truth, t, c.key));
          // Every key that occurs is a row of its own or inside 'other'; a listed merge names exactly the rest.
          const own = new Set(t.cells.map((c) => c.key).filter((x) => x !== 'other'));
          const occurring =
            t.dimension === 'category' ? new Set(truth.categorySets.flatMap((s) => [...s])) : new Set(truth.single[t.dimension]?.keys());
          const rest = [...occurring].filter((x) => !own.has(x)).sort();
          const other = t.cells.find((c) => c.key === 'other');
          if (rest.length > 0) expect(other).toBeDefined();
          if (other?.merged !== undefined) expect(other.merged).toEqual(rest);
          for (const key of own) if (t.dimension !== 'month' && t.dimension !== 'province') expect(occurring.has(key)).toBe(true);
        }
        const months = tableOf(a, 'month').cells.map((c) => c.key);
        expect(months[0]).toBe([...(truth.single.month?.keys() ?? [])].sort()[0]);
      }),
      { numRuns: 400 },
    );
  });

  it('(4) is deterministic and ignores row order', () => {
    fc.assert(
      fc.property(rowsArb, kArb, fc.integer(), (rows, k, seed) => {
        const a = buildAggregates(rows, k);
        expect(buildAggregates(rows, k)).toEqual(a);
        const shuffled = rows
          .map((r, i) => ({ r, w: Math.sin(seed + i * 7919) }))
          .sort((x, y) => x.w - y.w)
          .map((x) => x.r);
        expect(JSON.stringify(buildAggregates(shuffled, k))).toBe(JSON.stringify(a));
      }),
      { numRuns: 200 },
    );
  });

  it('(5) leaves no small hidden count pinned to one value by the total and the cells around it', () => {
    fc.assert(
      fc.property(rowsArb, kArb, (rows, k) => {
        const a = buildAggregates(rows, k);
        const truth = truthOf(rows);
        for (const d of SINGLE) {
          const t = tableOf(a, d);
          if (t.total === null) continue;
          const hidden = t.cells.filter((c) => c.suppressed);
          const residual = t.total - publishedSum(t);
          // What the brief and the rules say about a hidden cell: ≥ 1; in the merging country table a
          // single key is ≥ k and 'other' (m keys) is m..k−1, or ≥ k if hidden only to protect others.
          const bounds = hidden.map((c) => {
            if (d !== 'country') return { lo: 1, hi: residual };
            if (c.key !== 'other') return { lo: k, hi: residual };
            return trueCount(truth, t, c.key) < k ? { lo: c.merged?.length ?? 1, hi: k - 1 } : { lo: k, hi: residual };
          });
          hidden.forEach((c, i) => {
            const b = bounds[i];
            // A value its bounds alone fix (k = 2, or 'other' of k−1 keys) is for the merged-list rule.
            if (b === undefined || b.lo >= b.hi || trueCount(truth, t, c.key) >= k) return;
            expect(feasibleValues(bounds, residual, i).length).toBeGreaterThanOrEqual(2);
          });
          // A listed merge must not pin its keys either: each is 1..k−1 and they add up to the row.
          const other = t.cells.find((c) => c.merged !== undefined);
          if (other?.merged === undefined) continue;
          const value = trueCount(truth, t, 'other');
          const m = other.merged.length;
          const range = !other.suppressed ? [value, value] : value < k ? [m, k - 1] : [k, residual];
          if (k === 2) throw new Error('merged keys listed with k = 2');
          const [lo = 0, hi = 0] = range;
          for (let i = 0; i < m; i++) {
            const possible = new Set<number>();
            for (let total = lo; total <= hi; total++)
              for (const v of feasibleValues(Array.from({ length: m }, () => ({ lo: 1, hi: k - 1 })), total, i)) possible.add(v);
            expect(possible.size).toBeGreaterThanOrEqual(2);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
