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
