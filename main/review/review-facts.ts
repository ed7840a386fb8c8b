// A report's fingerprint (MinHash, LSH band keys) and contact match keys, computed from the stored
// report before its signals: what near-duplicate and shared-contact lookups search.
import { insertContacts, insertFingerprint } from '../../db/queries/review';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statement-cache';
import { loadReport } from '../cases/case-view';
import { contactKeys } from './contacts';
import { lshKeys, minhash, shingleSet } from './fingerprint';

/** For those of `reportIds` that have no fingerprint yet. */
export function recordReviewFacts(db: Db, contactKey: Buffer, reportIds: readonly string[]): void {
  for (const reportId of reportIds) {
    if (stmt(db, 'SELECT 1 FROM report_fingerprints WHERE report_id = ?').get(reportId) !== undefined) continue;
    const report = loadReport(db, reportId)?.report;
    if (!report) continue;
    const shingles = shingleSet(report.incident.narrative);
    const sig = minhash(shingles);
    const pseudonym = typeof report.reporter.pseudonym === 'string' ? report.reporter.pseudonym : null;
    insertFingerprint(db, { reportId, minhash: sig, shingles: shingles.size, lshKeys: shingles.size > 0 ? lshKeys(sig) : [], pseudonym });
    insertContacts(db, reportId, contactKeys(contactKey, report.reporter as { phone?: unknown; email?: unknown }));
  }
}
