// Audit-entry retention: the oldest entries past their period go, as one run from the start of
// the log (the chain can only be cut there), never the newest AUDIT_KEEP_NEWEST, never an entry
// dated after the cutoff nor any entry after one (a clock that went back keeps more, not less).
// The cut itself, with the anchor verification starts from, is main/audit/chain.ts's.
import { AUDIT_KEEP_NEWEST } from '../../core/retention';
import { countAuditBefore, firstAuditSeq, firstKeptAuditSeq } from '../../db/queries/audit';
import type { Db } from '../../db/open';
import { cutAuditBefore } from '../audit/chain';
import { cutoffFor } from './periods';

/** The first entry to keep, when a purge now removes any; at most `limit` entries go. */
function firstKept(db: Db, days: number | null, now: Date, limit: number): number | null {
  const cutoff = cutoffFor(days, now);
  if (cutoff === null) return null;
  const first = firstAuditSeq(db);
  const kept = firstKeptAuditSeq(db, cutoff, AUDIT_KEEP_NEWEST);
  if (first === null || kept === null || kept <= first) return null;
  return Math.min(kept, first + limit);
}

export function countDueAuditEntries(db: Db, days: number | null, now: Date): number {
  const kept = firstKept(db, days, now, Number.MAX_SAFE_INTEGER);
  return kept === null ? 0 : countAuditBefore(db, kept);
}

/** Removes what is due and anchors the chain, inside the caller's transaction; how many went. */
export function purgeAuditEntries(db: Db, key: Uint8Array, days: number | null, now: Date, limit: number = Number.MAX_SAFE_INTEGER): number {
  const kept = firstKept(db, days, now, limit);
  return kept === null ? 0 : cutAuditBefore(db, key, kept, now);
}
