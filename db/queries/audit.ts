// Raw access to the audit chain tables. MACs are computed by main/audit/chain.ts.
import type { Db } from '../open';
import { stmt } from '../statement-cache';

export type AuditRow = {
  seq: number;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  details: string;
  mac: Buffer;
};
export type AuditHeadRow = { seq: number; mac: Buffer; head_mac: Buffer };

export function lastAuditRow(db: Db): AuditRow | null {
  return (stmt(db, 'SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as AuditRow | undefined) ?? null;
}

export function insertAuditRow(db: Db, row: AuditRow): void {
  stmt(db, 'INSERT INTO audit_log (seq, at, actor, action, target, details, mac) VALUES (?, ?, ?, ?, ?, ?, ?)').run(
    row.seq,
    row.at,
    row.actor,
    row.action,
    row.target,
    row.details,
    row.mac,
  );
}

export function readAuditHead(db: Db): AuditHeadRow | null {
  return (stmt(db, 'SELECT seq, mac, head_mac FROM audit_head WHERE id = 1').get() as AuditHeadRow | undefined) ?? null;
}

export function writeAuditHead(db: Db, head: AuditHeadRow): void {
  stmt(db, 
    'INSERT INTO audit_head (id, seq, mac, head_mac) VALUES (1, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, mac = excluded.mac, head_mac = excluded.head_mac',
  ).run(head.seq, head.mac, head.head_mac);
}

export function* iterateAudit(db: Db): Generator<AuditRow> {
  yield* stmt(db, 'SELECT * FROM audit_log ORDER BY seq').iterate() as IterableIterator<AuditRow>;
}

export function pageAudit(db: Db, beforeSeq: number | undefined, limit: number): AuditRow[] {
  return stmt(db, 'SELECT * FROM audit_log WHERE seq < ? ORDER BY seq DESC LIMIT ?')
    .all(beforeSeq ?? Number.MAX_SAFE_INTEGER, limit) as AuditRow[];
}

export function countAudit(db: Db): number {
  return Number(stmt(db, 'SELECT count(*) FROM audit_log').pluck().get());
}

/** The checkpoint a retention purge left: verification starts at `seq` with `prev_mac`. */
export type AuditAnchorRow = { seq: number; prev_mac: Buffer; at: string; anchor_mac: Buffer };

export function readAuditAnchor(db: Db): AuditAnchorRow | null {
  return (stmt(db, 'SELECT seq, prev_mac, at, anchor_mac FROM audit_anchor WHERE id = 1').get() as AuditAnchorRow | undefined) ?? null;
}

export function writeAuditAnchor(db: Db, anchor: AuditAnchorRow): void {
  stmt(
    db,
    'INSERT INTO audit_anchor (id, seq, prev_mac, at, anchor_mac) VALUES (1, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, prev_mac = excluded.prev_mac, at = excluded.at, anchor_mac = excluded.anchor_mac',
  ).run(anchor.seq, anchor.prev_mac, anchor.at, anchor.anchor_mac);
}

/**
 * The first entry a purge with this cutoff keeps: the lowest seq dated at or after `cutoff`, and
 * never past `newestKept`. Every entry before it is older than the cutoff. Null when the log is empty.
 */
export function firstKeptAuditSeq(db: Db, cutoff: string, newestKept: number): number | null {
  const last = stmt(db, 'SELECT max(seq) FROM audit_log').pluck().get() as number | null;
  if (last === null) return null;
  const dated = stmt(db, 'SELECT min(seq) FROM audit_log WHERE at >= ?').pluck().get(cutoff) as number | null;
  return Math.min(dated ?? last + 1, Math.max(1, last - newestKept + 1));
}

export function countAuditBefore(db: Db, seq: number): number {
  return Number(stmt(db, 'SELECT count(*) FROM audit_log WHERE seq < ?').pluck().get(seq));
}

export function auditMacAt(db: Db, seq: number): Buffer | null {
  return (stmt(db, 'SELECT mac FROM audit_log WHERE seq = ?').pluck().get(seq) as Buffer | undefined) ?? null;
}

/** Deletes the entries before `seq`; the triggers allow it only below the anchor, so write that first. */
export function deleteAuditBefore(db: Db, seq: number): number {
  return stmt(db, 'DELETE FROM audit_log WHERE seq < ?').run(seq).changes;
}

/** Up to `limit` entries after `afterSeq`, oldest first (a re-key walks the log in pages). */
export function auditPageAfter(db: Db, afterSeq: number, limit: number): AuditRow[] {
  return stmt(db, 'SELECT * FROM audit_log WHERE seq > ? ORDER BY seq LIMIT ?').all(afterSeq, limit) as AuditRow[];
}

/** Rewrites one entry's MAC; the trigger allows it only while the re-key marker is set. */
export function updateAuditMac(db: Db, seq: number, mac: Buffer): void {
  stmt(db, 'UPDATE audit_log SET mac = ? WHERE seq = ?').run(mac, seq);
}

export function setAuditRechainMarker(db: Db, on: boolean): void {
  if (on) stmt(db, 'INSERT OR IGNORE INTO audit_rechain (id) VALUES (1)').run();
  else stmt(db, 'DELETE FROM audit_rechain').run();
}

export function firstAuditSeq(db: Db): number | null {
  return stmt(db, 'SELECT min(seq) FROM audit_log').pluck().get() as number | null;
}

/** The newest entry of an action (its seq and time), or null; by the index audit_log_action (0014). */
export function lastAuditOf(db: Db, action: string, actorNotNull = false): { seq: number; at: string } | null {
  const sql = actorNotNull
    ? 'SELECT seq, at FROM audit_log WHERE action = ? AND actor IS NOT NULL ORDER BY seq DESC LIMIT 1'
    : 'SELECT seq, at FROM audit_log WHERE action = ? ORDER BY seq DESC LIMIT 1';
  return (stmt(db, sql).get(action) as { seq: number; at: string } | undefined) ?? null;
}
