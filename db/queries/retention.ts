// Retention queries (main/retention/): which closed cases, fabricated reports and quarantine
// records are past their period, and deleting a chosen set of cases and reports with every row
// that belongs to them. The sets live in two temporary tables (temp_store is memory), filled by
// the caller inside the purge's transaction.
import type { BlobRef } from '../blob-ref';
import type { Db } from '../open';

export type ShredRow = { id: number; sha256: string; pack: string | null; pack_offset: number | null; pack_length: number | null };

/** Live (not merged) closed cases without a hold whose last change is before `cutoff`, oldest first. */
export function closedCasesBefore(db: Db, cutoff: string, limit: number): number[] {
  return db
    .prepare(`SELECT id FROM cases WHERE merged_into IS NULL AND status = 'closed' AND legal_hold = 0 AND updated_at < ? ORDER BY updated_at, id LIMIT ?`)
    .pluck()
    .all(cutoff, limit) as number[];
}

/** Reports whose effective verdict is 'fabricated', decided before `cutoff`, oldest first. */
export function fabricatedReportsBefore(db: Db, cutoff: string, limit: number): string[] {
  return db
    .prepare(`SELECT report_id FROM verdicts WHERE state = 'effective' AND verdict = 'fabricated' AND coalesce(decided_at, at) < ? ORDER BY coalesce(decided_at, at), id LIMIT ?`)
    .pluck()
    .all(cutoff, limit) as string[];
}

export function countQuarantineBefore(db: Db, cutoff: string): number {
  return Number(db.prepare('SELECT count(*) FROM quarantine WHERE at < ?').pluck().get(cutoff));
}

export function deleteQuarantineBefore(db: Db, cutoff: string): number {
  return db.prepare('DELETE FROM quarantine WHERE at < ?').run(cutoff).changes;
}

export type CaseFacts = { id: number; mergedInto: number | null; hold: boolean };

export function caseFacts(db: Db, id: number): CaseFacts | null {
  const row = db.prepare('SELECT id, merged_into, legal_hold FROM cases WHERE id = ?').get(id) as { id: number; merged_into: number | null; legal_hold: number } | undefined;
  return row ? { id: row.id, mergedInto: row.merged_into, hold: row.legal_hold === 1 } : null;
}

/** The cases merged straight into `id`. */
export function casesMergedInto(db: Db, id: number): number[] {
  return db.prepare('SELECT id FROM cases WHERE merged_into = ?').pluck().all(id) as number[];
}

export function reportsOfCase(db: Db, caseId: number): string[] {
  return db.prepare('SELECT report_id FROM case_reports WHERE case_id = ?').pluck().all(caseId) as string[];
}

/** The case a report is in now, or null. */
export function caseOf(db: Db, reportId: string): number | null {
  const id = db.prepare('SELECT case_id FROM case_reports WHERE report_id = ?').pluck().get(reportId) as number | undefined;
  return id ?? null;
}

/** Reports that name `caseId` as the case they opened, or are in it. */
export function reportsTiedTo(db: Db, caseId: number): string[] {
  return db.prepare('SELECT report_id FROM case_reports WHERE case_id = ? OR origin_case_id = ?').pluck().all(caseId, caseId) as string[];
}

/** Fills temp.retention_reports and temp.retention_cases with the chosen sets. */
export function loadPurgeSets(db: Db, reports: Iterable<string>, cases: Iterable<number>): void {
  db.exec(`
    CREATE TEMP TABLE IF NOT EXISTS retention_reports (id TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TEMP TABLE IF NOT EXISTS retention_cases (id INTEGER PRIMARY KEY);
    CREATE TEMP TABLE IF NOT EXISTS retention_attachments (sha256 TEXT PRIMARY KEY) WITHOUT ROWID;
    CREATE TEMP TABLE IF NOT EXISTS retention_bundles (id TEXT PRIMARY KEY) WITHOUT ROWID;
    DELETE FROM temp.retention_reports; DELETE FROM temp.retention_cases;
    DELETE FROM temp.retention_attachments; DELETE FROM temp.retention_bundles;
  `);
  const r = db.prepare('INSERT OR IGNORE INTO temp.retention_reports (id) VALUES (?)');
  for (const id of reports) r.run(id);
  const c = db.prepare('INSERT OR IGNORE INTO temp.retention_cases (id) VALUES (?)');
  for (const id of cases) c.run(id);
  // Attachments no report outside the set refers to go with it.
  db.exec(`
    INSERT INTO temp.retention_attachments (sha256)
      SELECT DISTINCT ra.sha256 FROM report_attachments ra WHERE ra.report_id IN (SELECT id FROM temp.retention_reports)
      AND NOT EXISTS (SELECT 1 FROM report_attachments o WHERE o.sha256 = ra.sha256 AND o.report_id NOT IN (SELECT id FROM temp.retention_reports));
    INSERT INTO temp.retention_bundles (id)
      SELECT DISTINCT bundle_id FROM reports WHERE report_id IN (SELECT id FROM temp.retention_reports);
  `);
}

export function countPurgeAttachments(db: Db): number {
  return Number(db.prepare('SELECT count(*) FROM temp.retention_attachments').pluck().get());
}

export function purgeBlobRefs(db: Db): BlobRef[] {
  const rows = db
    .prepare('SELECT sha256, pack, pack_offset, pack_length FROM attachments WHERE sha256 IN (SELECT sha256 FROM temp.retention_attachments)')
    .all() as { sha256: string; pack: string | null; pack_offset: number | null; pack_length: number | null }[];
  return rows.map((r) => ({
    sha256: r.sha256,
    location: r.pack !== null && r.pack_offset !== null && r.pack_length !== null ? { kind: 'pack', pack: r.pack, offset: r.pack_offset, length: r.pack_length } : { kind: 'file' },
  }));
}

export function purgeCaseNumbers(db: Db): string[] {
  return db.prepare('SELECT number FROM cases WHERE id IN (SELECT id FROM temp.retention_cases)').pluck().all() as string[];
}

/**
 * Deletes the loaded sets with everything that belongs to them, children first (foreign keys are
 * on). Other reports' signals that name a deleted report are dropped and those reports queued for
 * the review step to compute them again; briefs that lose a vignette go back to draft.
 */
export function deletePurgeSets(db: Db): void {
  db.exec(`
    UPDATE briefs SET status = 'draft', approved_by = NULL, approved_at = NULL, approved_hash = NULL
      WHERE status = 'approved' AND id IN (SELECT brief_id FROM brief_vignettes WHERE report_id IN (SELECT id FROM temp.retention_reports));
    DELETE FROM brief_vignettes WHERE report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM brief_reports WHERE report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM referrals WHERE case_id IN (SELECT id FROM temp.retention_cases) OR report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM search_docs WHERE case_id IN (SELECT id FROM temp.retention_cases) OR report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM report_lsh WHERE fingerprint IN (SELECT id FROM report_fingerprints WHERE report_id IN (SELECT id FROM temp.retention_reports));
    DELETE FROM report_fingerprints WHERE report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM report_contacts WHERE report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM report_sightings WHERE report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM report_signals WHERE report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM verdicts WHERE report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM review_pending WHERE report_id IN (SELECT id FROM temp.retention_reports);
    INSERT OR IGNORE INTO review_pending (report_id)
      SELECT DISTINCT s.report_id FROM report_signals s
      WHERE EXISTS (SELECT 1 FROM temp.retention_reports p WHERE instr(s.related, p.id) > 0 OR instr(s.facts, p.id) > 0);
    DELETE FROM report_signals
      WHERE EXISTS (SELECT 1 FROM temp.retention_reports p WHERE instr(report_signals.related, p.id) > 0 OR instr(report_signals.facts, p.id) > 0);
    DELETE FROM case_reports WHERE report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM report_attachments WHERE report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM attachment_forensics WHERE sha256 IN (SELECT sha256 FROM temp.retention_attachments);
    DELETE FROM attachments WHERE sha256 IN (SELECT sha256 FROM temp.retention_attachments);
    DELETE FROM reports WHERE report_id IN (SELECT id FROM temp.retention_reports);
    DELETE FROM bundles WHERE bundle_id IN (SELECT id FROM temp.retention_bundles)
      AND NOT EXISTS (SELECT 1 FROM reports r WHERE r.bundle_id = bundles.bundle_id)
      AND NOT EXISTS (SELECT 1 FROM attachments a WHERE a.first_bundle_id = bundles.bundle_id);
    DELETE FROM note_versions WHERE note_id IN (SELECT id FROM notes WHERE case_id IN (SELECT id FROM temp.retention_cases));
    DELETE FROM notes WHERE case_id IN (SELECT id FROM temp.retention_cases);
    DELETE FROM contacts WHERE case_id IN (SELECT id FROM temp.retention_cases);
    DELETE FROM tasks WHERE case_id IN (SELECT id FROM temp.retention_cases);
    DELETE FROM case_events WHERE case_id IN (SELECT id FROM temp.retention_cases);
    DELETE FROM case_categories WHERE case_id IN (SELECT id FROM temp.retention_cases);
    DELETE FROM case_links WHERE case_a IN (SELECT id FROM temp.retention_cases) OR case_b IN (SELECT id FROM temp.retention_cases);
    DELETE FROM cases WHERE id IN (SELECT id FROM temp.retention_cases);
  `);
}

/** Replaces a purged report id or case number in the timeline of the cases that are kept. */
export function redactTimelineMentions(db: Db, needles: readonly string[], placeholder: string): void {
  const update = db.prepare('UPDATE case_events SET details = replace(details, ?, ?) WHERE instr(details, ?) > 0');
  for (const n of needles) update.run(n, placeholder, n);
}

export function dropPurgeSets(db: Db): void {
  db.exec(`
    DROP TABLE IF EXISTS temp.retention_reports; DROP TABLE IF EXISTS temp.retention_cases;
    DROP TABLE IF EXISTS temp.retention_attachments; DROP TABLE IF EXISTS temp.retention_bundles;
  `);
}

export function insertShred(db: Db, ref: BlobRef): void {
  const loc = ref.location;
  db.prepare('INSERT INTO retention_shred (sha256, pack, pack_offset, pack_length) VALUES (?, ?, ?, ?)').run(
    ref.sha256,
    loc.kind === 'pack' ? loc.pack : null,
    loc.kind === 'pack' ? loc.offset : null,
    loc.kind === 'pack' ? loc.length : null,
  );
}

export function pendingShreds(db: Db): ShredRow[] {
  return db.prepare('SELECT id, sha256, pack, pack_offset, pack_length FROM retention_shred ORDER BY id').all() as ShredRow[];
}

export function deleteShred(db: Db, id: number): void {
  db.prepare('DELETE FROM retention_shred WHERE id = ?').run(id);
}

export function attachmentExists(db: Db, sha256: string): boolean {
  return db.prepare('SELECT 1 FROM attachments WHERE sha256 = ?').get(sha256) !== undefined;
}

export function packReferenced(db: Db, pack: string): boolean {
  return db.prepare('SELECT 1 FROM attachments WHERE pack = ? LIMIT 1').get(pack) !== undefined || db.prepare('SELECT 1 FROM retention_shred WHERE pack = ? LIMIT 1').get(pack) !== undefined;
}

export function countHeldCases(db: Db): number {
  return Number(db.prepare('SELECT count(*) FROM cases WHERE legal_hold = 1').pluck().get());
}

/** A case's legal hold, or null when it has none. */
export function legalHoldOf(db: Db, caseId: number): { reason: string; by: string; at: string } | null {
  const row = db.prepare('SELECT legal_hold_reason AS reason, legal_hold_by AS by, legal_hold_at AS at FROM cases WHERE id = ? AND legal_hold = 1').get(caseId) as
    | { reason: string | null; by: string | null; at: string | null }
    | undefined;
  return row ? { reason: row.reason ?? '', by: row.by ?? '', at: row.at ?? '' } : null;
}

export function setLegalHold(db: Db, caseId: number, hold: { reason: string; by: string; at: string } | null): void {
  db.prepare('UPDATE cases SET legal_hold = ?, legal_hold_reason = ?, legal_hold_by = ?, legal_hold_at = ? WHERE id = ?').run(
    hold ? 1 : 0,
    hold?.reason ?? null,
    hold?.by ?? null,
    hold?.at ?? null,
    caseId,
  );
}
