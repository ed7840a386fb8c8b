// The append-only audit log: each entry's MAC covers the previous entry's MAC, keyed from the VMK,
// so any altered, removed or reordered entry breaks the chain. A MACed head catches a cut-off tail.
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuditEntry, AuditVerification } from '../../core/types';
import {
  type AuditRow,
  insertAuditRow,
  iterateAudit,
  lastAuditRow,
  readAuditHead,
  writeAuditHead,
} from '../../db/queries/audit';
import type { Db } from '../../db/open';

export type AuditEvent = {
  actor: string | null;
  action: string;
  target?: string | null;
  /** Facts about the change. Never secrets, never report content. */
  details?: Record<string, unknown>;
};

const GENESIS = Buffer.alloc(32);

function entryMac(key: Uint8Array, prev: Uint8Array, row: Omit<AuditRow, 'mac'>): Buffer {
  return createHmac('sha256', key)
    .update(prev)
    .update(JSON.stringify([row.seq, row.at, row.actor, row.action, row.target, row.details]), 'utf8')
    .digest();
}

function headMac(key: Uint8Array, seq: number, mac: Uint8Array): Buffer {
  return createHmac('sha256', key).update(`baken/v1/audit-head/${seq}/`).update(mac).digest();
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Appends one entry. Call inside the transaction of the change it records. */
export function appendAudit(db: Db, key: Uint8Array, event: AuditEvent, at: Date): AuditEntry {
  const append = () => {
    const last = lastAuditRow(db);
    const base = {
      seq: (last?.seq ?? 0) + 1,
      at: at.toISOString(),
      actor: event.actor,
      action: event.action,
      target: event.target ?? null,
      details: JSON.stringify(event.details ?? {}),
    };
    const mac = entryMac(key, last?.mac ?? GENESIS, base);
    insertAuditRow(db, { ...base, mac });
    writeAuditHead(db, { seq: base.seq, mac, head_mac: headMac(key, base.seq, mac) });
    return toAuditEntry({ ...base, mac });
  };
  // Inside a caller's transaction its atomicity covers this too. A nested savepoint would cost:
  // every savepoint makes FTS5 flush its pending index data into a new segment.
  return db.inTransaction ? append() : db.transaction(append).immediate();
}

export function toAuditEntry(row: AuditRow): AuditEntry {
  let details: Record<string, unknown> = {};
  try {
    const parsed: unknown = JSON.parse(row.details);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) details = parsed as Record<string, unknown>;
  } catch {
    details = {};
  }
  return { seq: row.seq, at: row.at, actor: row.actor, action: row.action, target: row.target, details };
}

export function verifyAudit(db: Db, key: Uint8Array): AuditVerification {
  let prev: Uint8Array = GENESIS;
  let expected = 1;
  let count = 0;
  for (const row of iterateAudit(db)) {
    if (row.seq !== expected) return { ok: false, entries: count, firstBad: { seq: expected, reason: 'sequence-gap' } };
    const mac = entryMac(key, prev, row);
    if (!same(mac, row.mac)) {
      // A row whose own MAC is right for some other predecessor means the chain was cut or reordered.
      return { ok: false, entries: count, firstBad: { seq: row.seq, reason: 'mac-mismatch' } };
    }
    prev = row.mac;
    expected++;
    count++;
  }
  const head = readAuditHead(db);
  const lastSeq = expected - 1;
  if (count === 0 && head === null) return { ok: true, entries: 0, firstBad: null };
  if (
    head === null ||
    head.seq !== lastSeq ||
    !same(head.mac, prev) ||
    !same(head.head_mac, headMac(key, head.seq, head.mac))
  ) {
    return { ok: false, entries: count, firstBad: { seq: lastSeq + 1, reason: 'head-mismatch' } };
  }
  return { ok: true, entries: count, firstBad: null };
}
