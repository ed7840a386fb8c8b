// What an import records for the authenticity review, in the bundle's own transaction: the
// attachments' forensics (read while the bytes streamed in; afterwards they are encrypted), each
// report's delivery, and the report on the pending list. Fingerprints, contact keys and signals
// are computed from the stored report once the import's bundles are committed (pending.ts). A
// bundle delivered again counts as another delivery of each of its reports.
import { insertForensics, markPending, recordSighting, reportsOfBundle } from '../../db/queries/review';
import type { Db } from '../../db/open';
import type { AttachmentForensics } from './forensics';

export function recordImportForReview(
  db: Db,
  b: { bundleId: string; at: string; fresh: string[]; skipped: string[]; attachments: { sha256: string; forensics: AttachmentForensics }[] },
): void {
  for (const a of b.attachments) insertForensics(db, { sha256: a.sha256, ...a.forensics });
  for (const reportId of [...b.fresh, ...b.skipped]) recordSighting(db, reportId, b.bundleId, b.at);
  markPending(db, [...b.fresh, ...b.skipped]);
}

export function recordRedeliveryForReview(db: Db, bundleId: string, at: string): void {
  const reports = reportsOfBundle(db, bundleId);
  for (const id of reports) recordSighting(db, id, bundleId, at);
  markPending(db, reports);
}
