// The aggregate tables of a brief for the national threat analysis: counts by category, country of
// concern, channel, month and province, with small-cell suppression (k-anonymity). Pure: rows in,
// tables out. The people counted here took a risk by reporting and the reader we guard against is
// a state, so every number that leaves this module is checked for what it gives away.
//
// Defends against (within one brief):
//  - small cells: a count 1..k−1 is never published; category and country first pool their small
//    cells into one 'other' row (a report with several small categories counts once), which is
//    hidden in turn if still below k. 0 is published: it identifies nobody.
//  - differencing through a table's total: total − published cells must be 0 with nothing hidden,
//    or ≥ k spread over ≥ 2 hidden cells; otherwise the smallest published cells are hidden too.
//  - differencing through the shared grand total: the single-valued tables (country, channel,
//    month, province) all add up to the number of reports, so each is made safe against that one
//    number rather than hiding it in one table and showing it in another. Categories overlap, so
//    their table has its own total (reports with a category); the reports without one (the grand
//    total minus it) are a count too, and are protected like a cell.
//  - pinning by arithmetic: beyond that rule, no hidden small count may be derivable exactly from
//    a table's published numbers and these public rules: hidden means ≥ 1 (0 is published); in
//    the category and country tables a hidden single key is ≥ k (smaller ones are merged) and a
//    hidden 'other' is below k. So five hidden months adding up to 5 (each exactly 1) are not
//    left alone, nor a hidden 'other' beside one hidden country of k with a residual of k + 1.
//    A merged row lists its keys only if that pins no key's count (never with k = 2, where every
//    small count is 1; with k = 2 a hidden 'other' is itself known to be 1, but not whose).
//  - too few reports: below k reports nothing is published, not even the keys of hidden rows
//    (a key alone says "at least one report"); the same if some table cannot be made safe while
//    the grand total is shown (tiny briefs whose reports are all in separate small cells).
// Does not defend against:
//  - differencing across briefs: two briefs with overlapping periods or filters can be subtracted
//    cell by cell (the caller documents this and controls what is exported when);
//  - the keys of hidden rows: a hidden month, channel or country still says "at least one";
//  - an attacker replaying this algorithm over candidate inputs: guessing which hidden cells of a
//    channel, month or province table were hidden for being small and which (the smallest
//    published ones) only to protect them narrows hidden values further, e.g. two hidden channels
//    next to a residual of k + 1 are then 1 and k in some order;
//  - what the reader already knows about individuals (a known reporter in a published cell).
import type { BriefAggregates } from '../../../core/briefs/aggregate-types';
import type { BriefRow } from './row';
import { buildTables, withheldTables } from './tables';
import { tallyRows } from './tally';

export type { BriefRow } from './row';
export { currentMunicipalities, municipalityKey, provinceOf } from './municipality';
export { PROVINCES, type Province } from './provinces';

export const MIN_K = 2;
export const MAX_K = 100;

/**
 * Builds the brief's aggregate tables. `k` (the caller's default is 5) must be an integer in
 * 2..100. Deterministic: the same rows in any order give the same tables. Throws a RangeError for
 * an invalid k or a month not in YYYY-MM form.
 */
export function buildAggregates(rows: readonly BriefRow[], k: number): BriefAggregates {
  if (!Number.isInteger(k) || k < MIN_K || k > MAX_K) throw new RangeError(`brief aggregates: k must be an integer ${MIN_K}..${MAX_K}`);
  const tally = tallyRows(rows);
  const tables = tally.reports >= k ? buildTables(tally, k) : null;
  if (tables === null) return { k, reports: null, tables: withheldTables() };
  return { k, reports: tally.reports, tables };
}
