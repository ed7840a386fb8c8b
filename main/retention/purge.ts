// The purge: counts what is due (preview), or deletes it. The database deletion is one
// transaction (rows, the list of blob bytes to destroy, the oldest audit entries with the chain's
// new anchor, the audit entry with counts only, the last-purge setting); the blob bytes are destroyed after it commits (shred.ts). Running it again
// finds nothing more to delete and finishes any destruction a crash left, so it is idempotent.
import {
  countPurgeAttachments,
  countQuarantineBefore,
  deletePurgeSets,
  deleteQuarantineBefore,
  dropPurgeSets,
  insertShred,
  loadPurgeSets,
  purgeBlobRefs,
  purgeCaseNumbers,
  redactTimelineMentions,
} from '../../db/queries/retention';
import type { OpenVault } from '../vault/vault';
import { countDueAuditEntries, purgeAuditEntries } from './audit-entries';
import { type PurgeCounts, type RetentionPeriods, readPeriods, writeLastPurge } from './periods';
import { planPurge } from './plan';
import { shredPending } from './shred';

/** What kept cases' timelines say instead of a purged report id or case number. */
export const PURGED_PLACEHOLDER = '[verwijderd]';

export function previewPurge(vault: OpenVault, periods: RetentionPeriods = readPeriods(vault.db)): PurgeCounts {
  const db = vault.db;
  return db.transaction(() => {
    const plan = planPurge(db, periods, vault.now());
    loadPurgeSets(db, plan.reports, plan.cases);
    try {
      return {
        cases: plan.cases.size,
        reports: plan.reports.size,
        attachments: countPurgeAttachments(db),
        quarantine: plan.quarantineCutoff === null ? 0 : countQuarantineBefore(db, plan.quarantineCutoff),
        auditEntries: countDueAuditEntries(db, periods.auditEntries, vault.now()),
      };
    } finally {
      dropPurgeSets(db);
    }
  }).deferred();
}

/** limit: cases and reports of each kind; auditLimit: audit entries (unbounded when absent). */
export type PurgeOptions = { actor: string | null; limit?: number; auditLimit?: number; auditEmpty: boolean };

export function runPurge(vault: OpenVault, options: PurgeOptions): PurgeCounts {
  const db = vault.db;
  const periods = readPeriods(vault.db);
  const counts = db.transaction((): PurgeCounts => {
    const now = vault.now();
    const plan = planPurge(db, periods, now, options.limit);
    loadPurgeSets(db, plan.reports, plan.cases);
    try {
      const attachments = countPurgeAttachments(db);
      for (const ref of purgeBlobRefs(db)) insertShred(db, ref);
      const needles = [...plan.reports, ...purgeCaseNumbers(db)];
      deletePurgeSets(db);
      redactTimelineMentions(db, needles, PURGED_PLACEHOLDER);
      const quarantine = plan.quarantineCutoff === null ? 0 : deleteQuarantineBefore(db, plan.quarantineCutoff);
      // Before the purge's own entry, which then follows the kept ones.
      const auditEntries = purgeAuditEntries(db, vault.auditMacKey(), periods.auditEntries, now, options.auditLimit);
      const out = { cases: plan.cases.size, reports: plan.reports.size, attachments, quarantine, auditEntries };
      const removed = out.cases + out.reports + out.attachments + out.quarantine + out.auditEntries > 0;
      if (removed || options.auditEmpty) {
        vault.audit({ actor: options.actor, action: 'retention.purge', details: out });
        writeLastPurge(db, { at: now.toISOString(), actor: options.actor, counts: out });
      }
      return out;
    } finally {
      dropPurgeSets(db);
    }
  }).immediate();
  shredPending(db, vault.paths.blobs, vault.blobKey());
  return counts;
}
