// What an import records for the authenticity review, in the bundle's own transaction: each new
// report's narrative fingerprint, its contact match keys and its delivery; the attachments'
// forensics; then the signals of the new reports and of the reports they touch. A bundle
// delivered again counts as another delivery of each of its reports.
import type { Report } from '../../core/bundle/schemas';
import { insertFingerprint, insertForensics, insertContacts, recordSighting, reportsOfBundle } from '../../db/queries/review';
import type { Db } from '../../db/open';
import { contactKeys } from './contacts';
import type { AttachmentForensics } from './forensics';
import { lshKeys, minhash, shingleSet } from './fingerprint';
import { refreshSignals } from './signals';

export type ReviewRecordEnv = { db: Db; contactKey: Buffer };

export function recordImportForReview(
  env: ReviewRecordEnv,
  b: { bundleId: string; at: string; fresh: { reportId: string; report: Report }[]; skipped: string[]; attachments: { sha256: string; forensics: AttachmentForensics }[] },
): void {
  const { db } = env;
  for (const a of b.attachments) insertForensics(db, { sha256: a.sha256, ...a.forensics });
  for (const { reportId, report } of b.fresh) {
    const shingles = shingleSet(report.incident.narrative);
    const sig = minhash(shingles);
    const pseudonym = typeof report.reporter.pseudonym === 'string' ? report.reporter.pseudonym : null;
    insertFingerprint(db, { reportId, minhash: sig, shingles: shingles.size, lshKeys: shingles.size > 0 ? lshKeys(sig) : [], pseudonym });
    insertContacts(db, reportId, contactKeys(env.contactKey, report.reporter as { phone?: unknown; email?: unknown }));
    recordSighting(db, reportId, b.bundleId, b.at);
  }
  for (const reportId of b.skipped) recordSighting(db, reportId, b.bundleId, b.at);
  refreshSignals(db, [...b.fresh.map((f) => f.reportId), ...b.skipped], b.at);
}

export function recordRedeliveryForReview(db: Db, bundleId: string, at: string): void {
  const reports = reportsOfBundle(db, bundleId);
  for (const id of reports) recordSighting(db, id, bundleId, at);
  refreshSignals(db, reports, at);
}
