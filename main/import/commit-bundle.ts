// Commits a fully read bundle in one transaction, or records a rejection in the quarantine.
// Duplicate reports with identical bytes are skipped; different bytes under a known id is a conflict.
import { insertAttachment, insertBundle, insertQuarantine, insertReport, linkAttachment, reportDigest } from '../../db/queries/intake';
import type { Db } from '../../db/open';
import type { AuditEvent } from '../audit/chain';
import { openCaseForReport } from '../cases/open-case';
import { recordImportForReview, recordRedeliveryForReview } from '../review/record-import';
import type { BlobLocation } from '../blobs/blob-store';
import type { CompleteOutcome } from './read-bundle';
import { BundleRejected } from './rejection';

export type FileFacts = { fileName: string; fileSize: number; fileSha256: string; medium: string | null };
export type CommitEnv = { db: Db; audit: (e: AuditEvent) => void; user: string; now: () => Date };

/**
 * Commits the bundle in a savepoint. Full-text entries and review signals follow once the import's
 * bundles are all committed (follow-up.ts): they cost more than the rest of a bundle together.
 */
export function commitBundle(env: CommitEnv, outcome: CompleteOutcome<BlobLocation>, file: FileFacts): { imported: number; skipped: number } {
  const { db } = env;
  const { manifest } = outcome;
  return db.transaction(() => {
    const fresh = outcome.reports.filter((r) => {
      const existing = reportDigest(db, r.reportId);
      if (existing === null) return true;
      if (existing !== r.sha256) throw new BundleRejected('conflict', `report ${r.reportId} was imported before with different content`);
      return false;
    });
    const importedAt = env.now().toISOString();
    insertBundle(db, {
      bundleId: manifest.bundleId,
      createdAt: manifest.createdAt,
      station: manifest.producer.station,
      signerKeyId: outcome.signerKeyId,
      manifest: outcome.manifestBytes,
      signature: outcome.signatureText,
      fileName: file.fileName,
      fileSize: file.fileSize,
      fileSha256: file.fileSha256,
      medium: file.medium,
      importedAt,
      importedBy: env.user,
      reportCount: fresh.length,
    });
    // An attachment without a location was in the vault already: its row exists.
    for (const a of outcome.attachments) if (a.stored) insertAttachment(db, { sha256: a.sha256, size: a.size, bundleId: manifest.bundleId, location: a.stored });
    for (const r of fresh) {
      const { report } = r;
      insertReport(db, {
        reportId: r.reportId,
        bundleId: manifest.bundleId,
        sha256: r.sha256,
        content: r.bytes,
        receivedAt: report.receivedAt,
        channel: report.channel,
        language: report.language,
        urgent: report.urgentSafetyRisk === true,
        categories: report.incident.categories ?? [],
        summary: report.incident.summary,
        importedAt,
      });
      openCaseForReport(db, report, env.now(), env.user);
      (report.attachments ?? []).forEach((a, position) =>
        linkAttachment(db, { reportId: r.reportId, position, sha256: a.sha256, filename: a.filename, mediaType: a.mediaType, description: a.description ?? null }),
      );
    }
    env.audit({
      actor: env.user,
      action: 'bundle.import',
      target: manifest.bundleId,
      details: { reports: fresh.length, skippedIdentical: outcome.reports.length - fresh.length, attachments: outcome.attachments.length, signer: outcome.signerKeyId, file: file.fileName, medium: file.medium },
    });
    recordImportForReview(db, {
      bundleId: manifest.bundleId,
      at: importedAt,
      fresh: fresh.map((r) => r.reportId),
      skipped: outcome.reports.filter((r) => !fresh.includes(r)).map((r) => r.reportId),
      attachments: outcome.attachments,
    });
    return { imported: fresh.length, skipped: outcome.reports.length - fresh.length };
  }).immediate();
}

export function quarantineBundle(env: CommitEnv, file: FileFacts, rejection: BundleRejected): void {
  env.db.transaction(() => {
    insertQuarantine(env.db, { ...file, at: env.now().toISOString(), byUser: env.user, code: rejection.code, detail: rejection.detail });
    env.audit({ actor: env.user, action: 'bundle.reject', details: { code: rejection.code, file: file.fileName, sha256: file.fileSha256, medium: file.medium } });
  }).immediate();
}

/** A bundle delivered again: audited, and counted as another delivery of each of its reports. */
export function recordDuplicate(env: CommitEnv, bundleId: string, file: FileFacts): void {
  env.db.transaction(() => {
    env.audit({ actor: env.user, action: 'bundle.duplicate', target: bundleId, details: { file: file.fileName, medium: file.medium } });
    recordRedeliveryForReview(env.db, bundleId, env.now().toISOString());
  }).immediate();
}
