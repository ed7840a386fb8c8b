// A report's fingerprint (MinHash, LSH band keys) and contact match keys, computed from the stored
// report before its signals: what near-duplicate and shared-contact lookups search.
import type { Report } from '../../core/bundle/schemas';
import { insertContacts, insertFingerprint } from '../../db/queries/review';
import type { Db } from '../../db/open';
import { stmt } from '../../db/statement-cache';
import { contactKeys } from './contacts';
import { lshKeys, minhash, shingleSet } from './fingerprint';

/** For those of `reportIds` that have no fingerprint yet. */
export function recordReviewFacts(db: Db, contactKey: Buffer, reportIds: readonly string[]): void {
  for (const reportId of reportIds) {
    if (stmt(db, 'SELECT 1 FROM report_fingerprints WHERE report_id = ?').get(reportId) !== undefined) continue;
    const content = stmt(db, 'SELECT content FROM reports WHERE report_id = ?').pluck().get(reportId) as Buffer | undefined;
    if (!content) continue;
    // Stored reports passed the schema at import; read only what is used here.
    const report = JSON.parse(content.toString('utf8')) as Pick<Report, 'reporter' | 'incident'>;
    const shingles = shingleSet(report.incident.narrative);
    const sig = minhash(shingles);
    const pseudonym = typeof report.reporter.pseudonym === 'string' ? report.reporter.pseudonym : null;
    insertFingerprint(db, { reportId, minhash: sig, shingles: shingles.size, lshKeys: shingles.size > 0 ? lshKeys(sig) : [], pseudonym });
    insertContacts(db, reportId, contactKeys(contactKey, report.reporter as { phone?: unknown; email?: unknown }));
  }
}
