// Runs a search: the query's terms (terms.ts) against the two FTS5 indexes, every term required,
// at most one hit per (case, field) — the best one —, then snippets cut from the original text of
// the hits only.
//
// Order: bm25 when the query has a term of 3+ characters and fewer than RANKED_BELOW texts in the
// whole vault match it; newest first otherwise (most recently indexed, which is about newest
// report first). bm25 costs a pass over every match of each term before the first row (its IDF),
// and then work per matching row: for a common word ("een", "and": 60,000+ texts at 100,000
// reports) that is 40–60 ms before anything else — and relevance among thousands of texts that all
// contain the word means little. Newest first streams from FTS5 in rowid order and stops as soon
// as `limit` hits are found: under a millisecond for the most common word.
import type { Db } from '../../db/open';
import { stmt } from '../../db/statement-cache';
import type { SearchField, SearchHit } from '../../core/search';
import { buildSnippet } from './snippet';
import { OriginalTexts } from './source';
import { ftsString, parseQuery, termToken } from './terms';

export type SearchOptions = {
  limit: number;
  /**
   * Only these cases (what the user may see); null or absent: every case. The cost grows with the
   * number of texts in these cases: pass null rather than every case.
   */
  caseIds?: ReadonlySet<number> | null;
};

export const MAX_LIMIT = 500;
export const RANKED_BELOW = 1000;

type DocRow = { id: number; caseId: number; reportId: string | null; noteId: number | null; field: SearchField };
type Params = Record<string, string | number>;

const DOC_COLUMNS = 'd.id AS id, d.case_id AS caseId, d.report_id AS reportId, d.note_id AS noteId, d.field AS field';

/** The matches of the query in `table`, as `rowid`s of it, with the other terms and the cases as filters. */
function matchesWhere(table: 'search_trigram' | 'search_short', short: boolean, filtered: boolean): string {
  const where = [`${table} MATCH ${table === 'search_trigram' ? ':substring' : ':short'}`];
  // Lists built once per query; the unary + keeps them filters, so the planner never turns them
  // into one FTS probe per listed row.
  if (table === 'search_trigram' && short) where.push(`+${table}.rowid IN (SELECT rowid FROM search_short WHERE search_short MATCH :short)`);
  if (filtered) where.push(`+${table}.rowid IN (SELECT id FROM search_docs WHERE case_id IN (SELECT value FROM json_each(:cases)))`);
  return where.join(' AND ');
}

/** bm25 order; the bare columns come from the row that gave min(): the best of its group. */
function rankedSql(short: boolean, filtered: boolean): string {
  return `SELECT ${DOC_COLUMNS}, min(search_trigram.rank) AS best
    FROM search_trigram CROSS JOIN search_docs AS d ON d.id = search_trigram.rowid
    WHERE ${matchesWhere('search_trigram', short, filtered)}
    GROUP BY d.case_id, d.field
    ORDER BY best, d.id DESC
    LIMIT :limit`;
}

/** Newest first, as FTS5 streams them (no sorting: the caller stops reading when it has enough). */
function recentSql(table: 'search_trigram' | 'search_short', short: boolean, filtered: boolean): string {
  return `SELECT ${DOC_COLUMNS}
    FROM ${table} CROSS JOIN search_docs AS d ON d.id = ${table}.rowid
    WHERE ${matchesWhere(table, short, filtered)}
    ORDER BY ${table}.rowid DESC`;
}

function isCommon(db: Db, substring: string): boolean {
  const n = stmt(db, 'SELECT count(*) FROM (SELECT 1 FROM search_trigram WHERE search_trigram MATCH ? LIMIT ?)').pluck().get(substring, RANKED_BELOW);
  return Number(n) >= RANKED_BELOW;
}

/** The best documents for the query, without snippets. */
export function findDocs(db: Db, query: string, opts: SearchOptions): DocRow[] {
  const limit = Math.min(Math.max(Math.floor(opts.limit), 0), MAX_LIMIT);
  const caseIds = opts.caseIds ?? null;
  if (!(limit > 0) || caseIds?.size === 0) return [];
  const terms = parseQuery(query);
  const substring = terms.filter((t) => t.kind === 'substring').map((t) => ftsString(t.text));
  const short = terms.filter((t) => t.kind !== 'substring').map((t) => ftsString(termToken(t)));
  if (substring.length === 0 && short.length === 0) return [];
  const params: Params = {};
  const substringMatch = substring.length > 0 ? substring.join(' AND ') : null;
  if (substringMatch !== null) params.substring = substringMatch;
  if (short.length > 0) params.short = short.join(' AND ');
  if (caseIds) params.cases = JSON.stringify([...caseIds]);
  const filtered = caseIds !== null;

  if (substringMatch !== null && !isCommon(db, substringMatch)) {
    return stmt(db, rankedSql(short.length > 0, filtered)).all({ ...params, limit }) as DocRow[];
  }
  const table = substringMatch !== null ? 'search_trigram' : 'search_short';
  const rows: DocRow[] = [];
  const seen = new Set<string>();
  for (const row of stmt(db, recentSql(table, short.length > 0 && table === 'search_trigram', filtered)).iterate(params) as Iterable<DocRow>) {
    const key = `${row.caseId}:${row.field}`;
    if (seen.has(key)) continue;
    seen.add(key);
    rows.push(row);
    if (rows.length === limit) break;
  }
  return rows;
}

/**
 * Searches report summaries, narratives, intake notes and case notes. The query is plain text
 * (never FTS5 syntax): words must all occur, "quotes" keep a phrase together; folding makes it
 * case- and diacritic-insensitive (normalise.ts). The caller adds case numbers and applies
 * permissions: pass the cases the user may see as `caseIds`.
 */
export function search(db: Db, query: string, opts: SearchOptions): SearchHit[] {
  const rows = findDocs(db, query, opts);
  if (rows.length === 0) return [];
  const terms = parseQuery(query);
  const originals = new OriginalTexts(db);
  const hits: SearchHit[] = [];
  for (const row of rows) {
    const text = originals.get(row);
    if (text === null) continue;
    hits.push({ caseId: row.caseId, reportId: row.reportId, noteId: row.noteId, field: row.field, snippet: buildSnippet(text, terms) });
  }
  return hits;
}
