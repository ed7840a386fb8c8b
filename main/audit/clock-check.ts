// A clock set backwards (by hand, a flat clock battery, a wrong time zone: on an offline
// workstation nothing corrects it) makes new audit entries look older than earlier ones. The chain
// still verifies (an entry's time is MACed, not ordered), so the jump is made visible instead: at
// unlock, when the clock is earlier than the newest time among the recent entries, an entry
// `clock.backwards` records both times. A jump during a session shows at the next unlock.
import type { Db } from '../../db/open';
import { lastAuditOf } from '../../db/queries/audit';
import type { OpenVault } from '../vault/vault';

export const CLOCK_BACKWARDS = 'clock.backwards';
/** How far back the newest time is looked for: enough for a session's entries, cheap at every unlock. */
const WINDOW = 500;
/**
 * Jumps smaller than this are not recorded: threads and processes read the clock at slightly
 * different moments, and what matters (retention, ordering by day) is not moved by seconds.
 */
const TOLERANCE_MS = 5 * 60_000;

/**
 * The newest time among the last entries, back to the last recorded jump (whose later entries
 * are then compared with it, not with the times before the jump). Null for an empty log.
 */
export function newestRecentEntryAt(db: Db): string | null {
  const rows = db.prepare('SELECT action, at FROM audit_log ORDER BY seq DESC LIMIT ?').all(WINDOW) as { action: string; at: string }[];
  let newest: string | null = null;
  for (const row of rows) {
    if (row.action === CLOCK_BACKWARDS) break;
    if (newest === null || Date.parse(row.at) > Date.parse(newest)) newest = row.at;
  }
  return newest;
}

/** Call after an unlock: records a clock that is behind the audit log; returns what it recorded. */
export function recordClockBackwards(vault: OpenVault): { lastEntryAt: string; now: string } | null {
  const lastEntryAt = newestRecentEntryAt(vault.db);
  const now = vault.now();
  if (lastEntryAt === null || Date.parse(lastEntryAt) <= now.getTime() + TOLERANCE_MS) return null;
  const details = { lastEntryAt, now: now.toISOString() };
  vault.audit({ actor: null, action: CLOCK_BACKWARDS, details });
  return details;
}

/**
 * The last clock jump that no admin has purged by hand since, or null. While the clock was
 * behind, whatever was written looks older than it is once the clock is right again: automatic
 * purges wait until an admin has looked at the preview and purged by hand.
 */
export function unreviewedClockJump(db: Db): { at: string } | null {
  const jump = lastAuditOf(db, CLOCK_BACKWARDS);
  if (!jump) return null;
  const manual = lastAuditOf(db, 'retention.purge', true);
  return manual && manual.seq > jump.seq ? null : { at: jump.at };
}
