// Briefs: their rows, the reports each counts, the vignettes' redaction spans, and the reports a
// new brief may count (received in the period, not judged fabricated).
import type { Db } from '../open';
import { stmt } from '../statement-cache';

export type BriefRowDb = {
  id: number;
  period_from: string;
  period_to: string;
  filter: string;
  k: number;
  introduction: string;
  aggregates: string;
  status: string;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
  approved_by: string | null;
  approved_at: string | null;
  approved_hash: string | null;
  exported_by: string | null;
  exported_at: string | null;
  export_file: string | null;
  export_sha256: string | null;
  export_encrypted: number | null;
};

export type CandidateReport = { report_id: string; received_at: string; channel: string; content: Buffer };

/** Reports received from `from` (inclusive) to `to` (inclusive, a day), without an effective "fabricated" verdict. */
export function candidateReports(db: Db, from: string, to: string): IterableIterator<CandidateReport> {
  return stmt(
    db,
    `SELECT r.report_id, r.received_at, r.channel, r.content FROM reports r
     WHERE r.received_at >= ? AND r.received_at < ?
       AND NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.report_id = r.report_id AND v.state = 'effective' AND v.verdict = 'fabricated')
     ORDER BY r.received_at, r.report_id`,
  ).iterate(from, to) as IterableIterator<CandidateReport>;
}

export function insertBrief(
  db: Db,
  b: { from: string; to: string; filter: string; k: number; aggregates: string; by: string; at: string },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO briefs (period_from, period_to, filter, k, aggregates, status, created_by, created_at, updated_by, updated_at)
       VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?, ?)`,
    ).run(b.from, b.to, b.filter, b.k, b.aggregates, b.by, b.at, b.by, b.at).lastInsertRowid,
  );
}

export function insertBriefReports(db: Db, briefId: number, reportIds: readonly string[]): void {
  const add = stmt(db, 'INSERT INTO brief_reports (brief_id, report_id) VALUES (?, ?)');
  for (const id of reportIds) add.run(briefId, id);
}

export function briefReportIds(db: Db, briefId: number): string[] {
  return stmt(db, 'SELECT report_id FROM brief_reports WHERE brief_id = ?').pluck().all(briefId) as string[];
}

export function isBriefReport(db: Db, briefId: number, reportId: string): boolean {
  return stmt(db, 'SELECT 1 FROM brief_reports WHERE brief_id = ? AND report_id = ?').get(briefId, reportId) !== undefined;
}

export function putVignette(db: Db, briefId: number, position: number, reportId: string, spans: string): void {
  stmt(
    db,
    `INSERT INTO brief_vignettes (brief_id, position, report_id, spans) VALUES (?, ?, ?, ?)
     ON CONFLICT (brief_id, position) DO UPDATE SET spans = excluded.spans`,
  ).run(briefId, position, reportId, spans);
}

export function briefVignetteRows(db: Db, briefId: number): { position: number; report_id: string; spans: string; case_number: string | null }[] {
  return stmt(
    db,
    `SELECT v.position, v.report_id, v.spans, c.number AS case_number FROM brief_vignettes v
     LEFT JOIN case_reports cr ON cr.report_id = v.report_id LEFT JOIN cases c ON c.id = cr.case_id
     WHERE v.brief_id = ? ORDER BY v.position`,
  ).all(briefId) as { position: number; report_id: string; spans: string; case_number: string | null }[];
}

export function briefById(db: Db, id: number): BriefRowDb | null {
  return (stmt(db, 'SELECT * FROM briefs WHERE id = ?').get(id) as BriefRowDb | undefined) ?? null;
}

export function listBriefRows(db: Db, limit: number): BriefRowDb[] {
  return stmt(db, 'SELECT * FROM briefs ORDER BY id DESC LIMIT ?').all(limit) as BriefRowDb[];
}

/** A change to the content: back to draft, the approval gone. */
export function touchBrief(db: Db, id: number, by: string, at: string): void {
  stmt(db, `UPDATE briefs SET status = 'draft', approved_by = NULL, approved_at = NULL, approved_hash = NULL, updated_by = ?, updated_at = ? WHERE id = ?`).run(
    by,
    at,
    id,
  );
}

export function setBriefIntroduction(db: Db, id: number, text: string): void {
  stmt(db, 'UPDATE briefs SET introduction = ? WHERE id = ?').run(text, id);
}

export function deleteVignette(db: Db, briefId: number, position: number): void {
  stmt(db, 'DELETE FROM brief_vignettes WHERE brief_id = ? AND position = ?').run(briefId, position);
}

export type CandidateRow = { report_id: string; case_number: string | null; summary: string; received_at: string; language: string };

export function briefCandidateRows(db: Db, briefId: number, query: string, limit: number): CandidateRow[] {
  const like = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return stmt(
    db,
    `SELECT r.report_id, c.number AS case_number, r.summary, r.received_at, r.language FROM brief_reports b
     JOIN reports r ON r.report_id = b.report_id
     LEFT JOIN case_reports cr ON cr.report_id = r.report_id LEFT JOIN cases c ON c.id = cr.case_id
     WHERE b.brief_id = ? AND (? = '' OR r.summary LIKE ? ESCAPE '\\' OR c.number LIKE ? ESCAPE '\\')
     ORDER BY r.received_at DESC LIMIT ?`,
  ).all(briefId, query, like, like, limit) as CandidateRow[];
}

export function approveBrief(db: Db, id: number, by: string, at: string, hash: string): void {
  stmt(db, `UPDATE briefs SET status = 'approved', approved_by = ?, approved_at = ?, approved_hash = ? WHERE id = ?`).run(by, at, hash, id);
}

export function markBriefExported(db: Db, id: number, e: { by: string; at: string; file: string; sha256: string; encrypted: boolean }): void {
  stmt(
    db,
    `UPDATE briefs SET status = 'exported', exported_by = ?, exported_at = ?, export_file = ?, export_sha256 = ?, export_encrypted = ? WHERE id = ?`,
  ).run(e.by, e.at, e.file, e.sha256, e.encrypted ? 1 : 0, id);
}
