// Authenticity review: what import records for the signals, the signals, weights, verdicts.
import type { Db } from '../open';
import { stmt } from '../statement-cache';

export function insertForensics(db: Db, f: { sha256: string; realType: string; dangers: string[]; exif: unknown }): void {
  stmt(db, 'INSERT OR IGNORE INTO attachment_forensics (sha256, real_type, dangers, exif) VALUES (?, ?, ?, ?)').run(
    f.sha256,
    f.realType,
    JSON.stringify(f.dangers),
    f.exif === null ? null : JSON.stringify(f.exif),
  );
}

export function insertFingerprint(db: Db, f: { reportId: string; minhash: Uint32Array; shingles: number; lshKeys: number[]; pseudonym: string | null }): void {
  const { reportId, minhash, lshKeys } = f;
  const id = Number(
    stmt(db, 'INSERT INTO report_fingerprints (report_id, minhash, shingles, pseudonym) VALUES (?, ?, ?, ?)').run(
      reportId,
      Buffer.from(minhash.buffer, minhash.byteOffset, minhash.byteLength),
      f.shingles,
      f.pseudonym,
    ).lastInsertRowid,
  );
  for (const key of lshKeys) stmt(db, 'INSERT OR IGNORE INTO report_lsh (key, fingerprint) VALUES (?, ?)').run(key, id);
}

export function fingerprintOf(db: Db, reportId: string): Uint32Array | null {
  const b = stmt(db, 'SELECT minhash FROM report_fingerprints WHERE report_id = ?').pluck().get(reportId) as Buffer | undefined;
  if (!b) return null;
  const copy = Uint8Array.from(b);
  return new Uint32Array(copy.buffer, 0, copy.byteLength / 4);
}

/**
 * Reports sharing LSH bands with these keys, most shared bands first: the candidates for
 * near-duplicates. At most `perKey` reports are read per band, so a flood of identical
 * narratives costs a bounded lookup, not one that grows with the flood.
 */
export function lshCandidates(db: Db, reportId: string, keys: number[], perKey: number, max: number): string[] {
  const hits = new Map<number, number>();
  for (const key of keys) {
    for (const id of stmt(db, 'SELECT fingerprint FROM report_lsh WHERE key = ? LIMIT ?').pluck().all(key, perKey + 1) as number[]) hits.set(id, (hits.get(id) ?? 0) + 1);
  }
  const best = [...hits].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, max + 1);
  const ids = best.map(([id]) => stmt(db, 'SELECT report_id FROM report_fingerprints WHERE id = ?').pluck().get(id) as string);
  return ids.filter((id) => id !== reportId).slice(0, max);
}

export function insertContacts(db: Db, reportId: string, contacts: { kind: string; hmac: string }[]): void {
  for (const c of contacts) stmt(db, 'INSERT OR IGNORE INTO report_contacts (hmac, report_id, kind) VALUES (?, ?, ?)').run(c.hmac, reportId, c.kind);
}

/**
 * Other reports with the same contact details under another pseudonym (at most `limit`): their
 * ids and which kind matched. The same pseudonym is the same reporter, not a signal.
 */
export function sharedContacts(db: Db, reportId: string, limit: number): { reportId: string; kind: string }[] {
  return stmt(
    db,
    `SELECT o.report_id AS reportId, o.kind FROM report_contacts m
     JOIN report_contacts o ON o.hmac = m.hmac AND o.report_id <> m.report_id
     JOIN report_fingerprints fm ON fm.report_id = m.report_id JOIN report_fingerprints fo ON fo.report_id = o.report_id
     WHERE m.report_id = ? AND fo.pseudonym IS NOT fm.pseudonym LIMIT ?`,
  ).all(reportId, limit) as { reportId: string; kind: string }[];
}

export function markPending(db: Db, reportIds: readonly string[]): void {
  for (const id of reportIds) stmt(db, 'INSERT OR IGNORE INTO review_pending (report_id) VALUES (?)').run(id);
}

/** Takes up to `limit` pending reports off the list (in the caller's transaction). */
export function takePending(db: Db, limit: number): string[] {
  return stmt(db, 'DELETE FROM review_pending WHERE report_id IN (SELECT report_id FROM review_pending LIMIT ?) RETURNING report_id').pluck().all(limit) as string[];
}

export function pendingCount(db: Db): number {
  return Number(stmt(db, 'SELECT count(*) FROM review_pending').pluck().get());
}

export function recordSighting(db: Db, reportId: string, bundleId: string, at: string): void {
  stmt(db, 'INSERT INTO report_sightings (report_id, bundle_id, at) VALUES (?, ?, ?)').run(reportId, bundleId, at);
}

export function reportsOfBundle(db: Db, bundleId: string): string[] {
  return stmt(db, 'SELECT report_id FROM reports WHERE bundle_id = ?').pluck().all(bundleId) as string[];
}

export function reportsOfPseudonym(db: Db, pseudonym: string, limit: number): string[] {
  return stmt(db, 'SELECT report_id FROM report_fingerprints WHERE pseudonym = ? LIMIT ?').pluck().all(pseudonym, limit) as string[];
}

export function sightings(db: Db, reportId: string): number {
  return Number(stmt(db, 'SELECT count(*) FROM report_sightings WHERE report_id = ?').pluck().get(reportId));
}

export type SignalRow = { report_id: string; kind: string; strength: number; facts: string; related: string; computed_at: string };

export function replaceSignals(db: Db, reportId: string, signals: { kind: string; strength: number; facts: unknown; related: string[] }[], at: string): void {
  stmt(db, 'DELETE FROM report_signals WHERE report_id = ?').run(reportId);
  for (const s of signals) {
    stmt(db, 'INSERT INTO report_signals (report_id, kind, strength, facts, related, computed_at) VALUES (?, ?, ?, ?, ?, ?)').run(
      reportId,
      s.kind,
      s.strength,
      JSON.stringify(s.facts),
      JSON.stringify(s.related),
      at,
    );
  }
}

export function signalOf(db: Db, reportId: string, kind: string): SignalRow | null {
  return (stmt(db, 'SELECT * FROM report_signals WHERE report_id = ? AND kind = ?').get(reportId, kind) as SignalRow | undefined) ?? null;
}

export function upsertSignal(db: Db, reportId: string, s: { kind: string; strength: number; facts: unknown; related: string[] }, at: string): void {
  stmt(
    db,
    `INSERT INTO report_signals (report_id, kind, strength, facts, related, computed_at) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (report_id, kind) DO UPDATE SET strength = excluded.strength, facts = excluded.facts, related = excluded.related, computed_at = excluded.computed_at`,
  ).run(reportId, s.kind, s.strength, JSON.stringify(s.facts), JSON.stringify(s.related), at);
}

export function signalsOf(db: Db, reportId: string): SignalRow[] {
  return stmt(db, 'SELECT * FROM report_signals WHERE report_id = ? ORDER BY kind').all(reportId) as SignalRow[];
}

export function weightOverrides(db: Db): { kind: string; weight: number }[] {
  return stmt(db, 'SELECT kind, weight FROM signal_weights ORDER BY kind').all() as { kind: string; weight: number }[];
}

export function setWeight(db: Db, kind: string, weight: number | null): void {
  if (weight === null) stmt(db, 'DELETE FROM signal_weights WHERE kind = ?').run(kind);
  else stmt(db, 'INSERT INTO signal_weights (kind, weight) VALUES (?, ?) ON CONFLICT (kind) DO UPDATE SET weight = excluded.weight').run(kind, weight);
}

export type VerdictRow = {
  id: number;
  report_id: string;
  verdict: string;
  rationale: string;
  by_user: string;
  at: string;
  state: string;
  decided_by: string | null;
  decided_at: string | null;
};

export function verdictsOf(db: Db, reportId: string): VerdictRow[] {
  return stmt(db, 'SELECT * FROM verdicts WHERE report_id = ? ORDER BY id DESC').all(reportId) as VerdictRow[];
}

export function verdictById(db: Db, id: number): VerdictRow | null {
  return (stmt(db, 'SELECT * FROM verdicts WHERE id = ?').get(id) as VerdictRow | undefined) ?? null;
}

export function insertVerdict(db: Db, v: { reportId: string; verdict: string; rationale: string; by: string; at: string; state: 'pending' | 'effective' }): number {
  return Number(
    stmt(db, 'INSERT INTO verdicts (report_id, verdict, rationale, by_user, at, state) VALUES (?, ?, ?, ?, ?, ?)').run(v.reportId, v.verdict, v.rationale, v.by, v.at, v.state)
      .lastInsertRowid,
  );
}

export function setVerdictState(db: Db, id: number, state: 'effective' | 'superseded' | 'rejected', decidedBy: string | null, decidedAt: string | null): void {
  stmt(db, 'UPDATE verdicts SET state = ?, decided_by = coalesce(?, decided_by), decided_at = coalesce(?, decided_at) WHERE id = ?').run(state, decidedBy, decidedAt, id);
}

export function effectiveVerdictId(db: Db, reportId: string): number | null {
  return (stmt(db, `SELECT id FROM verdicts WHERE report_id = ? AND state = 'effective'`).pluck().get(reportId) as number | undefined) ?? null;
}

export function pendingVerdictId(db: Db, reportId: string): number | null {
  return (stmt(db, `SELECT id FROM verdicts WHERE report_id = ? AND state = 'pending'`).pluck().get(reportId) as number | undefined) ?? null;
}

/** What lists of reports show of one: its case, when it came in, its summary and its verdicts. */
export type ReportHeadline = { reportId: string; caseId: number; caseNumber: string; receivedAt: string; summary: string; verdict: string | null; pending: string | null };

export function reportHeadline(db: Db, reportId: string): ReportHeadline | null {
  return (
    (stmt(
      db,
      `SELECT r.report_id AS reportId, cr.case_id AS caseId, c.number AS caseNumber, r.received_at AS receivedAt, r.summary,
         (SELECT v.verdict FROM verdicts v WHERE v.report_id = r.report_id AND v.state = 'effective') AS verdict,
         (SELECT v.verdict FROM verdicts v WHERE v.report_id = r.report_id AND v.state = 'pending') AS pending
       FROM reports r JOIN case_reports cr ON cr.report_id = r.report_id JOIN cases c ON c.id = cr.case_id WHERE r.report_id = ?`,
    ).get(reportId) as ReportHeadline | undefined) ?? null
  );
}

export type QueueRow = { reportId: string; caseId: number; caseNumber: string; receivedAt: string; summary: string; score: number; kinds: string; verdict: string | null; pending: string | null };

/**
 * Reports by score (strength × weight, summed), highest first; reports without signals (score 0)
 * after them, newest first. `weights` is a JSON object of kind → weight. Optionally only reports
 * without an effective verdict, with one signal kind, or at least a score. Scores are summed over
 * the signal rows only (a few per cent of reports); the page's details are read for its rows only.
 */
export function reviewQueue(db: Db, o: { weights: string; minScore: number; open: boolean; kind: string | null; limit: number; offset: number }): { rows: QueueRow[]; total: number } {
  const openSql = (col: string) => (o.open ? `AND NOT EXISTS (SELECT 1 FROM verdicts v WHERE v.report_id = ${col} AND v.state = 'effective')` : '');
  const scoredSql = `WITH w AS (SELECT key AS kind, value AS weight FROM json_each(?))
    SELECT s.report_id AS reportId, sum(s.strength * coalesce(w.weight, 0)) AS score, json_group_array(s.kind) AS kinds
    FROM report_signals s LEFT JOIN w ON w.kind = s.kind
    WHERE 1 ${openSql('s.report_id')}
    GROUP BY s.report_id
    HAVING score >= ? ${o.kind ? 'AND sum(s.kind = ?) > 0' : ''}`;
  const scoredArgs = [o.weights, o.minScore, ...(o.kind ? [o.kind] : [])];
  const scoredTotal = Number(stmt(db, `SELECT count(*) FROM (${scoredSql})`).pluck().get(...scoredArgs));
  // Reports without signals score 0: listed after the others when no filter excludes them.
  const withUnscored = o.minScore <= 0 && !o.kind;
  const unscoredWhere = `NOT EXISTS (SELECT 1 FROM report_signals s WHERE s.report_id = r.report_id) ${openSql('r.report_id')}`;
  const unscoredTotal = withUnscored ? Number(stmt(db, `SELECT count(*) FROM reports r WHERE ${unscoredWhere}`).pluck().get()) : 0;
  const page: { reportId: string; score: number; kinds: string }[] = [];
  if (o.offset < scoredTotal) {
    page.push(
      ...(stmt(db, `${scoredSql} ORDER BY score DESC, reportId LIMIT ? OFFSET ?`).all(...scoredArgs, o.limit, o.offset) as { reportId: string; score: number; kinds: string }[]),
    );
  }
  if (withUnscored && page.length < o.limit) {
    const from = Math.max(0, o.offset - scoredTotal);
    const ids = stmt(db, `SELECT r.report_id FROM reports r WHERE ${unscoredWhere} ORDER BY r.received_at DESC, r.report_id LIMIT ? OFFSET ?`)
      .pluck()
      .all(o.limit - page.length, from) as string[];
    page.push(...ids.map((reportId) => ({ reportId, score: 0, kinds: '[]' })));
  }
  const rows = page.flatMap((p) => {
    const h = reportHeadline(db, p.reportId);
    return h ? [{ ...h, score: p.score, kinds: p.kinds }] : [];
  });
  return { rows, total: scoredTotal + unscoredTotal };
}
