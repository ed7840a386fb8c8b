// The brief's aggregate tables: one hand-made example per suppression rule (small cells, merging,
// differencing through a table's total and the shared grand total, pinning by arithmetic), the
// withheld brief, months with gaps, provinces, multi-valued categories, order and determinism.
import { describe, expect, it } from 'vitest';
import type { BriefAggregates, BriefDimension, BriefTable } from '../../core/briefs/aggregate-types';
import { type BriefRow, buildAggregates } from '../../main/briefs/aggregate';

const row = (o: Partial<BriefRow> = {}): BriefRow => ({
  month: '2025-01',
  categories: ['intimidation'],
  country: 'IR',
  channel: 'phone',
  municipality: 'Utrecht',
  ...o,
});
const many = (n: number, o: Partial<BriefRow> = {}): BriefRow[] => Array.from({ length: n }, () => row(o));

function tableOf(a: BriefAggregates, dimension: BriefDimension): BriefTable {
  const t = a.tables.find((x) => x.dimension === dimension);
  if (t === undefined) throw new Error(`no ${dimension} table`);
  return t;
}
/** "key=count" per cell, '*' for suppressed, merged keys in brackets. */
const show = (t: BriefTable): string =>
  t.cells.map((c) => `${c.key}=${c.suppressed ? '*' : String(c.count)}${c.merged ? `[${c.merged.join(',')}]` : ''}`).join(' ');

/** Rows varying only in `field`, so the other tables are one safe cell each. */
function spread<K extends 'channel' | 'country' | 'month'>(field: K, counts: Record<string, number>): BriefRow[] {
  return Object.entries(counts).flatMap(([value, n]) => many(n, { [field]: value } as Partial<BriefRow>));
}

describe('k', () => {
  it('accepts integers 2..100 and throws a RangeError otherwise', () => {
    const rows = many(10);
    expect(buildAggregates(rows, 2).k).toBe(2);
    expect(buildAggregates(rows, 100).k).toBe(100);
    for (const bad of [1, 0, -5, 101, 2.5, Number.NaN, Number.POSITIVE_INFINITY]) expect(() => buildAggregates(rows, bad)).toThrow(RangeError);
  });
});

describe('too few reports', () => {
  it('publishes nothing below k reports: no totals, no data-dependent keys, provinces all hidden', () => {
    const a = buildAggregates(many(4, { country: 'KP', channel: 'post', month: '2024-03' }), 5);
    expect(a.reports).toBeNull();
    expect(a.tables.map((t) => t.dimension)).toEqual(['category', 'country', 'channel', 'month', 'province']);
    for (const t of a.tables) {
      expect(t.total).toBeNull();
      expect(t.totalSuppressed).toBe(true);
      expect(t.cells.every((c) => c.suppressed && c.count === null)).toBe(true);
    }
    // Not even the key: a hidden 'KP' row would still say "someone reported about North Korea".
    expect(JSON.stringify(a)).not.toMatch(/KP|post|2024-03|intimidation/);
    expect(tableOf(a, 'province').cells).toHaveLength(13);
    expect(buildAggregates([], 5).reports).toBeNull();
  });

  it('publishes from exactly k reports', () => {
    const a = buildAggregates(many(5), 5);
    expect(a.reports).toBe(5);
    expect(show(tableOf(a, 'channel'))).toBe('phone=5');
  });
});

describe('small cells and differencing through the total (channel table)', () => {
  it('hides counts below k and shows 0 and counts ≥ k', () => {
    const a = buildAggregates(spread('channel', { phone: 20, web: 6, post: 2, email: 3 }), 5);
    const t = tableOf(a, 'channel');
    expect(show(t)).toBe('phone=20 web=6 email=* post=*');
    expect(t.total).toBe(31); // 31 − 26 = 5 over two hidden cells: neither can be worked out
  });

  it('hides a second cell when one hidden cell sits next to the published total', () => {
    const t = tableOf(buildAggregates(spread('channel', { phone: 20, web: 7, post: 2 }), 5), 'channel');
    expect(show(t)).toBe('phone=20 post=* web=*');
    expect(t.total).toBe(29);
  });

  it('hides a third cell when two hidden cells leave a residual below k', () => {
    const t = tableOf(buildAggregates(spread('channel', { phone: 20, web: 8, post: 1, email: 2 }), 5), 'channel');
    expect(show(t)).toBe('phone=20 email=* post=* web=*');
  });

  it('hides the smallest published cell first', () => {
    const t = tableOf(buildAggregates(spread('channel', { phone: 20, web: 9, email: 7, post: 2 }), 5), 'channel');
    expect(show(t)).toBe('phone=20 web=9 email=* post=*');
  });
});

describe('pinning by arithmetic (stricter than residual ≥ k)', () => {
  it('does not leave five hidden months that add up to 5 (each would be exactly 1)', () => {
    const rows = spread('month', { '2025-01': 1, '2025-02': 1, '2025-03': 1, '2025-04': 1, '2025-05': 1, '2025-06': 6, '2025-07': 30 });
    const t = tableOf(buildAggregates(rows, 5), 'month');
    expect(show(t)).toBe('2025-01=* 2025-02=* 2025-03=* 2025-04=* 2025-05=* 2025-06=* 2025-07=30');
  });

  it('does not leave a hidden other beside one hidden country of exactly k (other would be 1)', () => {
    // A hidden single country is ≥ k (smaller ones are merged) and a hidden 'other' is < k, so
    // a residual of 6 = 5 + 1 would pin 'other' (and its one key) at 1: a third cell goes too.
    const t = tableOf(buildAggregates(spread('country', { IR: 30, CN: 5, TR: 1 }), 5), 'country');
    expect(show(t)).toBe('CN=* IR=* other=*[TR]');
  });

  it('with k = 2, hides single reports without withholding the brief', () => {
    const a = buildAggregates([...spread('channel', { phone: 10, web: 1 }), ...many(1, { country: 'CN' })], 2);
    expect(a.reports).toBe(12);
    expect(show(tableOf(a, 'channel'))).toBe('phone=* web=*');
    // 'other' = 1 is known to be 1 (k = 2), so its key is not listed: not whose it is.
    expect(show(tableOf(a, 'country'))).toBe('IR=* other=*');
  });

  it('withholds the whole brief when a table cannot be safe while the grand total is shown', () => {
    // Six reports in six months: hiding every month still says "each is 1" next to a total of 6.
    const rows = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'].map((month) => row({ month }));
    const a = buildAggregates(rows, 5);
    expect(a.reports).toBeNull();
    expect(a.tables.every((t) => t.totalSuppressed && t.cells.every((c) => c.suppressed))).toBe(true);
  });
});

describe('merging into other (country table)', () => {
  it('merges cells below k into one other row that is published when it reaches k', () => {
    const t = tableOf(buildAggregates(spread('country', { IR: 20, CN: 10, TR: 3, ER: 2 }), 5), 'country');
    expect(show(t)).toBe('IR=20 CN=10 other=5[ER,TR]');
    expect(t.total).toBe(35);
  });

  it('hides the merged row when it is still below k, and then protects it against the total', () => {
    const t = tableOf(buildAggregates(spread('country', { IR: 20, CN: 10, TR: 2, ER: 1 }), 5), 'country');
    expect(show(t)).toBe('IR=20 CN=* other=*[ER,TR]');
  });

  it('leaves out the merged keys when they would pin counts (five keys in an other of 5)', () => {
    const t = tableOf(buildAggregates(spread('country', { IR: 20, CN: 1, TR: 1, ER: 1, RU: 1, SY: 1 }), 5), 'country');
    expect(show(t)).toBe('IR=20 other=5');
    expect(t.cells.at(-1)?.merged).toBeUndefined();
  });

  it('never lists merged keys with k = 2 (each would be exactly 1)', () => {
    const t = tableOf(buildAggregates(spread('country', { IR: 10, CN: 1, TR: 1 }), 2), 'country');
    expect(show(t)).toBe('IR=10 other=2');
  });

  it('puts reports without a country under unknown, which merges like any key', () => {
    const rows = [...spread('country', { IR: 10, CN: 6 }), ...many(7, { country: null })];
    expect(show(tableOf(buildAggregates(rows, 5), 'country'))).toBe('IR=10 CN=6 unknown=7');
    const small = [...spread('country', { IR: 10, CN: 6, TR: 3 }), ...many(2, { country: null })];
    expect(show(tableOf(buildAggregates(small, 5), 'country'))).toBe('IR=10 CN=6 other=5[TR,unknown]');
  });

  it('does not merge channels, months or provinces: small cells are hidden in place', () => {
    const t = tableOf(buildAggregates(spread('channel', { phone: 20, web: 2, post: 3 }), 5), 'channel');
    expect(t.cells.some((c) => c.key === 'other' || c.merged !== undefined)).toBe(false);
  });
});

describe('months', () => {
  it('covers every month from the first to the last, gaps as 0, ascending', () => {
    const rows = spread('month', { '2025-02': 6, '2024-11': 5 });
    const t = tableOf(buildAggregates(rows, 5), 'month');
    expect(show(t)).toBe('2024-11=5 2024-12=0 2025-01=0 2025-02=6');
    expect(t.total).toBe(11);
  });

  it('rejects a month not in YYYY-MM form', () => {
    expect(() => buildAggregates(many(6, { month: '2025-13' }), 5)).toThrow(RangeError);
    expect(() => buildAggregates(many(6, { month: '2025-1' }), 5)).toThrow(RangeError);
  });
});

describe('provinces', () => {
  it('generalises municipalities; unknown and missing ones count as unknown; fixed order, unknown last', () => {
    const rows = [
      ...many(5, { municipality: 'Den Haag' }),
      ...many(3, { municipality: "'s-Gravenhage" }),
      ...many(6, { municipality: 'Groningen' }),
      ...many(3, { municipality: 'Atlantis' }),
      ...many(2, { municipality: null }),
      ...many(1, { municipality: 'Bergen' }), // ambiguous: unknown, not a guess
    ];
    const t = tableOf(buildAggregates(rows, 5), 'province');
    expect(show(t)).toBe(
      'Groningen=6 Fryslân=0 Drenthe=0 Overijssel=0 Flevoland=0 Gelderland=0 Utrecht=0 Noord-Holland=0 Zuid-Holland=8 Zeeland=0 Noord-Brabant=0 Limburg=0 unknown=6',
    );
  });

  it('hides small provinces in place and keeps zero provinces visible', () => {
    const rows = [...many(20, { municipality: 'Amsterdam' }), ...many(2, { municipality: 'Maastricht' }), ...many(8, { municipality: 'Leiden' })];
    const t = tableOf(buildAggregates(rows, 5), 'province');
    expect(show(t)).toBe(
      'Groningen=0 Fryslân=0 Drenthe=0 Overijssel=0 Flevoland=0 Gelderland=0 Utrecht=0 Noord-Holland=20 Zuid-Holland=* Zeeland=0 Noord-Brabant=0 Limburg=* unknown=0',
    );
  });
});

describe('multi-valued categories', () => {
  it('counts a report in every category it has (once each); the total is reports with a category', () => {
    const rows = [
      ...many(6, { categories: ['intimidation', 'digital', 'digital'] }),
      ...many(5, { categories: ['surveillance'] }),
      ...many(5, { categories: [] }),
    ];
    const t = tableOf(buildAggregates(rows, 5), 'category');
    expect(t.multiValued).toBe(true);
    expect(show(t)).toBe('digital=6 intimidation=6 surveillance=5');
    expect(t.total).toBe(11);
    expect(tableOf(buildAggregates(rows, 5), 'channel').multiValued).toBe(false);
  });

  it('counts people, not labels, in the merged row', () => {
    // Two reports carry three small categories each: the other row is 2 reports, not 6 labels.
    const rows = [...many(10), ...many(2, { categories: ['digital', 'violence', 'coercion-informant'] })];
    const t = tableOf(buildAggregates(rows, 5), 'category');
    expect(t.cells.find((c) => c.key === 'other')?.suppressed).toBe(true);
  });

  it('folds a real "other" category into the merged row', () => {
    const rows = [...many(10), ...many(6, { categories: ['other'] }), ...many(2, { categories: ['violence'] })];
    expect(show(tableOf(buildAggregates(rows, 5), 'category'))).toBe('intimidation=10 other=8[other,violence]');
  });

  it('hides the total when the reports without a category would be a small count', () => {
    // 20 reports, 18 with a category: publishing 18 next to the grand total 20 says "2 without".
    const rows = [...many(18), ...many(2, { categories: [] })];
    const t = tableOf(buildAggregates(rows, 5), 'category');
    expect(t.total).toBeNull();
    expect(t.totalSuppressed).toBe(true);
    // ... and 18 alone would still give 20 − 18 = 2 to whoever assumes one category per report.
    expect(show(t)).toBe('intimidation=*');
    expect(tableOf(buildAggregates(rows, 5), 'channel').total).toBe(20);
  });

  it('applies the residual rule to its own total', () => {
    const rows = [...many(20), ...many(7, { categories: ['digital'] }), ...many(2, { categories: ['violence'] })];
    const t = tableOf(buildAggregates(rows, 5), 'category');
    expect(show(t)).toBe('intimidation=20 digital=* other=*[violence]');
    expect(t.total).toBe(29);
  });
});

describe('order and determinism', () => {
  it('orders by published count, then hidden by key, then unknown, then other', () => {
    const rows = [...spread('country', { TR: 9, IR: 20, CN: 9, SY: 3, ER: 3 }), ...many(6, { country: null })];
    expect(show(tableOf(buildAggregates(rows, 5), 'country'))).toBe('IR=20 CN=9 TR=9 unknown=6 other=6[ER,SY]');
  });

  it('gives the same output for the same rows in any order', () => {
    const rows = [
      ...spread('channel', { phone: 12, web: 3, post: 7 }),
      ...many(4, { country: 'CN', month: '2024-12', municipality: 'Zwolle', categories: ['digital', 'surveillance'] }),
      ...many(3, { country: null, month: '2024-09', municipality: null, categories: [] }),
    ];
    const a = buildAggregates(rows, 3);
    expect(buildAggregates([...rows].reverse(), 3)).toEqual(a);
    expect(JSON.stringify(buildAggregates(rows, 3))).toBe(JSON.stringify(a));
  });
});

describe('performance', () => {
  it('aggregates 100,000 rows well under a second', () => {
    const countries = ['IR', 'CN', 'TR', 'ER', 'RU', 'SY', 'MA', 'RW', null];
    const places = ['Amsterdam', 'Den Haag', 'Utrecht', 'Leeuwarden', 'Maastricht', 'Nergenshuizen', null];
    const rows = Array.from({ length: 100_000 }, (_, i) =>
      row({
        month: `${2020 + (i % 6)}-${String(1 + (i % 12)).padStart(2, '0')}`,
        categories: i % 11 === 0 ? [] : ['intimidation', ['digital', 'violence', 'surveillance'][i % 3] ?? 'digital'],
        country: countries[i % countries.length] ?? null,
        channel: ['phone', 'web', 'walk-in', 'post'][i % 4] ?? 'phone',
        municipality: places[i % places.length] ?? null,
      }),
    );
    const start = performance.now();
    const a = buildAggregates(rows, 5);
    expect(performance.now() - start).toBeLessThan(1000);
    expect(a.reports).toBe(100_000);
  });
});
