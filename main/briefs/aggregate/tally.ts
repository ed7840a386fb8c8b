// One pass over the brief's rows: the true counts per dimension, before any suppression.
// These numbers never leave the module as they are; tables.ts decides what may be published.
import { isMonth } from './months';
import { provinceOf } from './municipality';
import type { BriefRow } from './row';

export type Tally = {
  reports: number;
  /** Reports per category code (a report counts once per distinct category it has). */
  categories: Map<string, number>;
  /** Reports with at least one category: the total of the multi-valued category table. */
  withCategory: number;
  /** Each categorised report's distinct categories, for counting reports in a merged 'other' row. */
  categorySets: string[][];
  countries: Map<string, number>;
  channels: Map<string, number>;
  months: Map<string, number>;
  provinces: Map<string, number>;
};

/** Key for a report without a country of concern, or whose municipality maps to no province. */
export const UNKNOWN = 'unknown';

const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);

export function tallyRows(rows: readonly BriefRow[]): Tally {
  const t: Tally = {
    reports: rows.length,
    categories: new Map(),
    withCategory: 0,
    categorySets: [],
    countries: new Map(),
    channels: new Map(),
    months: new Map(),
    provinces: new Map(),
  };
  // Rows share few municipality spellings; folding each once keeps 100k rows fast.
  const provinceCache = new Map<string, string>();
  for (const row of rows) {
    if (!isMonth(row.month)) throw new RangeError('brief aggregates: a month is not in YYYY-MM form');
    bump(t.months, row.month);
    bump(t.channels, row.channel);
    bump(t.countries, row.country ?? UNKNOWN);
    const place = row.municipality ?? '';
    let province = provinceCache.get(place);
    if (province === undefined) {
      province = provinceOf(row.municipality) ?? UNKNOWN;
      provinceCache.set(place, province);
    }
    bump(t.provinces, province);
    const categories = [...new Set(row.categories)];
    if (categories.length > 0) {
      t.withCategory++;
      t.categorySets.push(categories);
      for (const c of categories) bump(t.categories, c);
    }
  }
  return t;
}
