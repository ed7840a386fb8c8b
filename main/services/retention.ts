// Retention use cases (issue 8): the periods an admin sets, a preview of what a purge would remove
// now (closed cases, fabricated reports, quarantine records, audit entries), the purge itself
// (main/retention/), the purge that runs after every unlock, and the legal
// hold on a case (admin or coordinator; on the timeline and in the audit log). Role checks are the
// dispatcher's; counts only ever leave here, never case numbers or content.
import { unreviewedClockJump } from '../audit/clock-check';
import { BakenError } from '../../core/errors';
import type { RetentionView } from '../../core/ipc/contract';
import { validAuditPeriod } from '../../core/retention';
import { optimizeSearchIndex } from '../search/indexer';
import { addCaseEvent, getCaseRow } from '../../db/queries/cases';
import { countHeldCases, setLegalHold } from '../../db/queries/retention';
import { importInProgress } from '../import/import-lock';
import { type PurgeCounts, type RetentionPeriods, readLastPurge, readPeriods, writePeriods } from '../retention/periods';
import { previewPurge, runPurge } from '../retention/purge';
import { shredPending } from '../retention/shred';
import type { OpenVault } from '../vault/vault';
import type { ActiveSession } from './session';

/** At unlock, at most this many closed cases and fabricated reports each; the rest next time. */
export const UNLOCK_PURGE_LIMIT = 500;
/** At unlock, at most this many audit entries; deleting is cheap, but an unlock should stay quick. */
export const UNLOCK_AUDIT_PURGE_LIMIT = 20_000;

export type RetentionState = RetentionView;

export function getRetention(s: ActiveSession): RetentionState {
  const db = s.vault.db;
  return { periods: readPeriods(db), lastPurge: readLastPurge(db), heldCases: countHeldCases(db), pausedByClock: unreviewedClockJump(db) };
}

export function setRetention(s: ActiveSession, periods: RetentionPeriods): RetentionState {
  const { vault, user } = s;
  if (!validAuditPeriod(periods.auditEntries)) throw new BakenError('retention-audit-too-short');
  vault.db.transaction(() => {
    const from = readPeriods(vault.db);
    const to = writePeriods(vault.db, periods);
    vault.audit({ actor: user.username, action: 'retention.set', details: { from, to } });
  }).immediate();
  return getRetention(s);
}

export function previewRetention(s: ActiveSession): PurgeCounts {
  return previewPurge(s.vault);
}

/** `busy`: an import of this process is running (another process's shows through its lock). */
export function purgeNow(s: ActiveSession, busy: boolean): PurgeCounts {
  if (busy || importInProgress(s.vault.dir)) throw new BakenError('import-busy');
  return forgetInSearchIndex(s.vault, runPurge(s.vault, { actor: s.user.username, auditEmpty: true }));
}

/**
 * FTS5 keeps the terms of deleted texts in its segments until they are merged: after a purge
 * that removed reports, the index is merged so no trigram of a purged narrative stays in a page.
 */
function forgetInSearchIndex(vault: OpenVault, counts: PurgeCounts): PurgeCounts {
  if (counts.cases > 0 || counts.reports > 0) optimizeSearchIndex(vault.db);
  return counts;
}

/**
 * After a successful unlock: finishes blob destruction a crash interrupted, then purges what is
 * due, at most UNLOCK_PURGE_LIMIT cases and reports of each kind (all quarantine records due),
 * as the system (audit actor null). Skipped while an import runs, and after a clock jump until an
 * admin purges by hand (clock-check.ts says why); never fails the unlock.
 */
export function purgeAfterUnlock(vault: OpenVault): PurgeCounts | null {
  if (importInProgress(vault.dir)) return null;
  try {
    shredPending(vault.db, vault.paths.blobs, vault.blobKey());
    if (unreviewedClockJump(vault.db)) return null;
    return forgetInSearchIndex(vault, runPurge(vault, { actor: null, limit: UNLOCK_PURGE_LIMIT, auditLimit: UNLOCK_AUDIT_PURGE_LIMIT, auditEmpty: false }));
  } catch {
    vault.audit({ actor: null, action: 'retention.purge-failed', details: {} });
    return null;
  }
}

export function setHold(s: ActiveSession, caseId: number, hold: boolean, reason: string): { caseId: number; hold: boolean } {
  const { vault, user } = s;
  const text = reason.trim();
  if (text.length < 10) throw new BakenError('reason-required');
  const row = getCaseRow(vault.db, caseId);
  if (!row) throw new BakenError('case-not-found');
  vault.db.transaction(() => {
    const at = vault.now().toISOString();
    setLegalHold(vault.db, caseId, hold ? { reason: text, by: user.username, at } : null);
    // The hold is no casework: updated_at (from which a closed case's period runs) stays.
    const kind = hold ? 'case.hold-set' : 'case.hold-cleared';
    addCaseEvent(vault.db, caseId, { at, actor: user.username, kind, details: { reason: text } });
    vault.audit({ actor: user.username, action: kind, target: row.number, details: { reason: text } });
  }).immediate();
  return { caseId, hold };
}
