// Keeps the search index (db/migrations/0004-search.ts) in step with reports, cases and notes.
// Callers run these inside their own transaction where they change the source rows; each function
// is atomic on its own too.
import type { Db } from '../../db/open';
import { stmt } from '../../db/statement-cache';
import type { SearchField } from '../../core/search';
import { NORMALISER_VERSION, normalise } from './normalise';
import { reportFields } from './source';
import { shortTokens } from './terms';

export type ReportText = {
  caseId: number;
  reportId: string;
  summary: string;
  narrative: string;
  intakeNotes?: string | null;
};
export type NoteText = { caseId: number; noteId: number; body: string };

type DocKey = { caseId: number; reportId: string | null; noteId: number | null; field: SearchField };

function addDoc(db: Db, key: DocKey, text: string): void {
  const folded = normalise(text);
  if (folded === '') return;
  const id = stmt(db, 'INSERT INTO search_docs (case_id, report_id, note_id, field) VALUES (?, ?, ?, ?)').run(
    key.caseId,
    key.reportId,
    key.noteId,
    key.field,
  ).lastInsertRowid;
  stmt(db, 'INSERT INTO search_trigram (rowid, text) VALUES (?, ?)').run(id, folded);
  const tokens = shortTokens(folded);
  if (tokens.length > 0) stmt(db, 'INSERT INTO search_short (rowid, tokens) VALUES (?, ?)').run(id, tokens.join(' '));
}

/**
 * Deletes only when there is something to delete: a DELETE on search_docs involves the FTS tables
 * (its trigger), and FTS5 writes its pending terms out as a new segment at every such statement —
 * a no-op DELETE per report made bulk indexing three times slower.
 */
function clearReport(db: Db, reportId: string): void {
  if (stmt(db, 'SELECT 1 FROM search_docs WHERE report_id = ? LIMIT 1').pluck().get(reportId) !== undefined) {
    stmt(db, 'DELETE FROM search_docs WHERE report_id = ?').run(reportId);
  }
}

function clearNote(db: Db, noteId: number): void {
  if (stmt(db, 'SELECT 1 FROM search_docs WHERE note_id = ?').pluck().get(noteId) !== undefined) {
    stmt(db, 'DELETE FROM search_docs WHERE note_id = ?').run(noteId);
  }
}

function writeReport(db: Db, r: ReportText): void {
  clearReport(db, r.reportId);
  const key = { caseId: r.caseId, reportId: r.reportId, noteId: null };
  addDoc(db, { ...key, field: 'summary' }, r.summary);
  addDoc(db, { ...key, field: 'narrative' }, r.narrative);
  if (r.intakeNotes) addDoc(db, { ...key, field: 'intakeNotes' }, r.intakeNotes);
}

function writeNote(db: Db, n: NoteText): void {
  clearNote(db, n.noteId);
  addDoc(db, { caseId: n.caseId, reportId: null, noteId: n.noteId, field: 'note' }, n.body);
}

/**
 * Atomic, but no savepoint inside the caller's transaction: FTS5 writes its pending terms out at
 * every savepoint, and a savepoint per report makes bulk indexing nearly three times slower.
 */
function atomically(db: Db, write: () => void): void {
  if (db.inTransaction) write();
  else db.transaction(write)();
}

/** Indexes (or re-indexes) a report's summary, narrative and intake notes under its case. */
export function indexReport(db: Db, r: ReportText): void {
  atomically(db, () => writeReport(db, r));
}

/** Indexes a case note, replacing what was indexed for it before. */
export function indexNote(db: Db, n: NoteText): void {
  atomically(db, () => writeNote(db, n));
}

/** After a merge or split: the report's texts now belong to `caseId`. */
export function moveReportToCase(db: Db, reportId: string, caseId: number): void {
  stmt(db, 'UPDATE search_docs SET case_id = ? WHERE report_id = ?').run(caseId, reportId);
}

export function removeNote(db: Db, noteId: number): void {
  clearNote(db, noteId);
}

export function removeReport(db: Db, reportId: string): void {
  clearReport(db, reportId);
}

/**
 * Brings the index up to date with the database: rebuilds it when it was built with other folding
 * rules, then indexes every report in a case and every note that has no entry yet (all of them after
 * migration 0004 on a vault with data). Reports not (yet) in a case are left out. Meant for unlock,
 * or a worker after it: when nothing is missing it costs two anti-joins (~0.1–0.3 s at 100,000
 * reports). Commits per `batch` reports so a long rebuild does not hold one huge transaction.
 */
export function ensureSearchIndex(db: Db, batch = 2000): { rebuilt: boolean; reports: number; notes: number } {
  // Immediate transactions: another connection (the app's, an import's) may write meanwhile, and a
  // read transaction that later wants to write would then fail at once instead of waiting.
  const version = stmt(db, 'SELECT normaliser FROM search_state WHERE id = 1').pluck().get() as number | undefined;
  // 0: tables fresh from migration 0004, holding only what this code indexed since — nothing stale.
  const rebuilt = version !== 0 && version !== NORMALISER_VERSION;
  if (rebuilt) {
    db.transaction(() => {
      // Emptied first, the FTS tables make the trigger's deletes below cheap.
      stmt(db, `INSERT INTO search_trigram (search_trigram) VALUES ('delete-all')`).run();
      stmt(db, `INSERT INTO search_short (search_short) VALUES ('delete-all')`).run();
      stmt(db, 'DELETE FROM search_docs').run();
    }).immediate();
  }
  const reports = stmt(
    db,
    `SELECT cr.report_id AS reportId, cr.case_id AS caseId FROM case_reports cr
     WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.report_id = cr.report_id)`,
  ).all() as { reportId: string; caseId: number }[];
  const notes = stmt(
    db,
    `SELECT n.id AS noteId, n.case_id AS caseId FROM notes n
     WHERE NOT EXISTS (SELECT 1 FROM search_docs d WHERE d.note_id = n.id)`,
  ).all() as { noteId: number; caseId: number }[];
  for (let i = 0; i < reports.length; i += batch) {
    db.transaction(() => {
      for (const r of reports.slice(i, i + batch)) {
        const content = stmt(db, 'SELECT content FROM reports WHERE report_id = ?').pluck().get(r.reportId) as Buffer | undefined;
        const fields = content === undefined ? null : reportFields(content);
        if (fields) writeReport(db, { ...r, ...fields });
      }
    }).immediate();
  }
  for (let i = 0; i < notes.length; i += batch) {
    db.transaction(() => {
      for (const n of notes.slice(i, i + batch)) {
        const body = stmt(db, 'SELECT body FROM notes WHERE id = ?').pluck().get(n.noteId) as string | undefined;
        if (body !== undefined) writeNote(db, { ...n, body });
      }
    }).immediate();
  }
  if (version !== NORMALISER_VERSION) stmt(db, 'UPDATE search_state SET normaliser = ? WHERE id = 1').run(NORMALISER_VERSION);
  return { rebuilt, reports: reports.length, notes: notes.length };
}

/**
 * Merges each index into one segment: drops the entries of deleted and replaced texts for good and
 * makes queries a little faster. Takes seconds at 100,000 reports; for a maintenance moment.
 */
export function optimizeSearchIndex(db: Db): void {
  stmt(db, `INSERT INTO search_trigram (search_trigram) VALUES ('optimize')`).run();
  stmt(db, `INSERT INTO search_short (search_short) VALUES ('optimize')`).run();
}
