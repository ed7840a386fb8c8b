// The append-only audit log: each entry's MAC covers the previous entry's MAC, keyed from the VMK,
// so any altered, removed or reordered entry breaks the chain. A MACed head catches a cut-off tail.
// Retention may remove the oldest entries: it leaves a MACed anchor (the first kept seq and the MAC
// before it) from which verification starts. A re-key rewrites every MAC under the new key.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { BakenError } from '../../core/errors';
import type { AuditEntry, AuditVerification } from '../../core/types';
import {
  type AuditAnchorRow,
  type AuditRow,
  auditMacAt,
  auditPageAfter,
  deleteAuditBefore,
  insertAuditRow,
  iterateAudit,
  lastAuditRow,
  readAuditAnchor,
  readAuditHead,
  setAuditRechainMarker,
  updateAuditMac,
  writeAuditAnchor,
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

// The time is in the MAC too: it is shown as when the earlier entries were removed.
function anchorMac(key: Uint8Array, anchor: Omit<AuditAnchorRow, 'anchor_mac'>): Buffer {
  return createHmac('sha256', key).update(`baken/v1/audit-anchor/${anchor.seq}/${anchor.at}/`).update(anchor.prev_mac).digest();
}

function same(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The entry a new one follows: the newest row, or, in a log emptied up to its anchor, the anchor's predecessor. */
function tail(db: Db): { seq: number; mac: Uint8Array } | null {
  const last = lastAuditRow(db);
  if (last) return last;
  const anchor = readAuditAnchor(db);
  return anchor ? { seq: anchor.seq - 1, mac: anchor.prev_mac } : null;
}

function inTransaction<T>(db: Db, work: () => T): T {
  return db.inTransaction ? work() : db.transaction(work).immediate();
}

/** Appends one entry. Call inside the transaction of the change it records. */
export function appendAudit(db: Db, key: Uint8Array, event: AuditEvent, at: Date): AuditEntry {
  const append = () => {
    const last = tail(db);
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
  const anchor = readAuditAnchor(db);
  let from: AuditVerification['verifiedFrom'];
  if (anchor) {
    if (!same(anchor.anchor_mac, anchorMac(key, anchor))) return { ok: false, entries: 0, firstBad: { seq: anchor.seq, reason: 'anchor-mismatch' } };
    prev = anchor.prev_mac;
    expected = anchor.seq;
    from = { seq: anchor.seq, removedAt: anchor.at };
  }
  // Spread in only when there is an anchor: callers comparing a whole log's result stay unchanged.
  const fromPart = from ? { verifiedFrom: from } : {};
  for (const row of iterateAudit(db)) {
    if (row.seq !== expected) return { ok: false, entries: count, firstBad: { seq: expected, reason: 'sequence-gap' }, ...fromPart };
    const mac = entryMac(key, prev, row);
    if (!same(mac, row.mac)) {
      // A row whose own MAC is right for some other predecessor means the chain was cut or reordered.
      return { ok: false, entries: count, firstBad: { seq: row.seq, reason: 'mac-mismatch' }, ...fromPart };
    }
    prev = row.mac;
    expected++;
    count++;
  }
  const head = readAuditHead(db);
  const lastSeq = expected - 1;
  if (count === 0 && head === null && !anchor) return { ok: true, entries: 0, firstBad: null };
  if (
    head === null ||
    head.seq !== lastSeq ||
    !same(head.mac, prev) ||
    !same(head.head_mac, headMac(key, head.seq, head.mac))
  ) {
    return { ok: false, entries: count, firstBad: { seq: lastSeq + 1, reason: 'head-mismatch' }, ...fromPart };
  }
  return { ok: true, entries: count, firstBad: null, ...fromPart };
}

/**
 * Removes every entry before `firstKept` (retention): first the anchor (the MAC of entry
 * firstKept − 1, MACed with `at` under the audit key), then the rows, which the triggers allow
 * only below the anchor. Inside the caller's transaction (one is opened otherwise), so the anchor
 * and the deletion commit together. Returns how many entries were removed.
 */
export function cutAuditBefore(db: Db, key: Uint8Array, firstKept: number, at: Date): number {
  return inTransaction(db, () => {
    const current = readAuditAnchor(db);
    if (firstKept <= (current?.seq ?? 1)) return 0;
    const prev = auditMacAt(db, firstKept - 1);
    // The entry before the first kept one is the one whose MAC the anchor keeps; without it there is nothing to anchor to.
    if (prev === null || auditMacAt(db, firstKept) === null) throw new BakenError('internal');
    const base = { seq: firstKept, prev_mac: prev, at: at.toISOString() };
    writeAuditAnchor(db, { ...base, anchor_mac: anchorMac(key, base) });
    return deleteAuditBefore(db, firstKept);
  });
}

const RECHAIN_PAGE = 500;

/**
 * Re-keys the chain (vault re-key): verifies it under `oldKey` (a broken chain is refused with
 * audit-broken, so a re-key never launders tampering), then rewrites every entry's MAC, the
 * anchor's and the head's under `newKey`. The anchor keeps its predecessor MAC as it is: that
 * entry is gone, and the value is only the starting point the first kept entry is chained to.
 * Inside the caller's transaction when there is one.
 */
export function rechainAudit(db: Db, oldKey: Uint8Array, newKey: Uint8Array): { entries: number } {
  return inTransaction(db, () => {
    if (!verifyAudit(db, oldKey).ok) throw new BakenError('audit-broken');
    const anchor = readAuditAnchor(db);
    if (anchor) {
      const base = { seq: anchor.seq, prev_mac: anchor.prev_mac, at: anchor.at };
      writeAuditAnchor(db, { ...base, anchor_mac: anchorMac(newKey, base) });
    }
    let prev: Uint8Array = anchor?.prev_mac ?? GENESIS;
    let last: { seq: number; mac: Buffer } | null = null;
    let entries = 0;
    setAuditRechainMarker(db, true);
    try {
      for (let page = auditPageAfter(db, 0, RECHAIN_PAGE); page.length > 0; page = auditPageAfter(db, last?.seq ?? 0, RECHAIN_PAGE)) {
        for (const row of page) {
          const mac = entryMac(newKey, prev, row);
          updateAuditMac(db, row.seq, mac);
          prev = mac;
          last = { seq: row.seq, mac };
          entries++;
        }
      }
    } finally {
      setAuditRechainMarker(db, false);
    }
    if (last) writeAuditHead(db, { seq: last.seq, mac: last.mac, head_mac: headMac(newKey, last.seq, last.mac) });
    return { entries };
  });
}
