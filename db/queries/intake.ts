// Imported bundles, reports and attachments, and the quarantine of rejected bundles.
import type { QuarantineEntry } from '../../core/types';
import type { BlobLocation, BlobRef } from '../blob-ref';
import type { Db } from '../open';
import { stmt } from '../statement-cache';

export function bundleExists(db: Db, bundleId: string): boolean {
  return stmt(db, 'SELECT 1 FROM bundles WHERE bundle_id = ?').get(bundleId) !== undefined;
}

export function attachmentExists(db: Db, sha256: string): boolean {
  return stmt(db, 'SELECT 1 FROM attachments WHERE sha256 = ?').get(sha256) !== undefined;
}

export function reportDigest(db: Db, reportId: string): string | null {
  return (stmt(db, 'SELECT sha256 FROM reports WHERE report_id = ?').pluck().get(reportId) as string | undefined) ?? null;
}

export type BundleInsert = {
  bundleId: string;
  createdAt: string;
  station: string;
  signerKeyId: string;
  manifest: Buffer;
  signature: string;
  fileName: string;
  fileSize: number;
  fileSha256: string;
  medium: string | null;
  importedAt: string;
  importedBy: string;
  reportCount: number;
};

export function insertBundle(db: Db, b: BundleInsert): void {
  stmt(db, 
    `INSERT INTO bundles (bundle_id, created_at, station, signer_key_id, manifest, signature, file_name, file_size,
       file_sha256, medium, imported_at, imported_by, report_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(b.bundleId, b.createdAt, b.station, b.signerKeyId, b.manifest, b.signature, b.fileName, b.fileSize, b.fileSha256, b.medium, b.importedAt, b.importedBy, b.reportCount);
}

export type ReportInsert = {
  reportId: string;
  bundleId: string;
  sha256: string;
  content: Buffer;
  receivedAt: string;
  channel: string;
  language: string;
  urgent: boolean;
  categories: string[];
  summary: string;
  importedAt: string;
};

export function insertReport(db: Db, r: ReportInsert): void {
  stmt(db, 
    `INSERT INTO reports (report_id, bundle_id, sha256, content, received_at, channel, language, urgent, categories, summary, imported_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(r.reportId, r.bundleId, r.sha256, r.content, r.receivedAt, r.channel, r.language, r.urgent ? 1 : 0, JSON.stringify(r.categories), r.summary, r.importedAt);
}

export function insertAttachment(db: Db, a: { sha256: string; size: number; bundleId: string; location: BlobLocation }): void {
  const pack = a.location.kind === 'pack' ? a.location : null;
  stmt(db, 'INSERT OR IGNORE INTO attachments (sha256, size, first_bundle_id, pack, pack_offset, pack_length) VALUES (?, ?, ?, ?, ?, ?)').run(
    a.sha256,
    a.size,
    a.bundleId,
    pack?.pack ?? null,
    pack?.offset ?? null,
    pack?.length ?? null,
  );
}

type BlobRow = { sha256: string; pack: string | null; pack_offset: number | null; pack_length: number | null };

function blobRef(r: BlobRow): BlobRef {
  if (r.pack === null || r.pack_offset === null || r.pack_length === null) return { sha256: r.sha256, location: { kind: 'file' } };
  return { sha256: r.sha256, location: { kind: 'pack', pack: r.pack, offset: r.pack_offset, length: r.pack_length } };
}

/** Where the blob of a recorded attachment is; null when no attachment has that hash. */
export function attachmentBlobRef(db: Db, sha256: string): BlobRef | null {
  const row = stmt(db, 'SELECT sha256, pack, pack_offset, pack_length FROM attachments WHERE sha256 = ?').get(sha256) as BlobRow | undefined;
  return row ? blobRef(row) : null;
}

export function linkAttachment(
  db: Db,
  a: { reportId: string; position: number; sha256: string; filename: string; mediaType: string; description: string | null },
): void {
  stmt(db, 'INSERT INTO report_attachments (report_id, position, sha256, filename, media_type, description) VALUES (?, ?, ?, ?, ?, ?)').run(
    a.reportId,
    a.position,
    a.sha256,
    a.filename,
    a.mediaType,
    a.description,
  );
}

export function allBlobRefs(db: Db): BlobRef[] {
  return (stmt(db, 'SELECT sha256, pack, pack_offset, pack_length FROM attachments').all() as BlobRow[]).map(blobRef);
}

export type QuarantineInsert = Omit<QuarantineEntry, 'id'>;

export function insertQuarantine(db: Db, q: QuarantineInsert): number {
  return Number(
    stmt(db, 'INSERT INTO quarantine (file_name, file_size, file_sha256, medium, at, by_user, code, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(q.fileName, q.fileSize, q.fileSha256, q.medium, q.at, q.byUser, q.code, q.detail).lastInsertRowid,
  );
}


export function listQuarantine(db: Db, limit: number): QuarantineEntry[] {
  return stmt(db, 
      `SELECT id, file_name AS fileName, file_size AS fileSize, file_sha256 AS fileSha256, medium, at, by_user AS byUser, code, detail
       FROM quarantine ORDER BY id DESC LIMIT ?`,
    )
    .all(limit) as QuarantineEntry[];
}

export type ReportListRow = {
  reportId: string;
  bundleId: string;
  receivedAt: string;
  channel: string;
  categories: string;
  status: string;
  urgent: number;
  summary: string;
  importedAt: string;
  reviewFlag: string | null;
};

export function listReports(db: Db, opts: { status?: string; limit: number; offset: number }): ReportListRow[] {
  return stmt(db, 
      `SELECT report_id AS reportId, bundle_id AS bundleId, received_at AS receivedAt, channel, categories, status, urgent,
              summary, imported_at AS importedAt, review_flag AS reviewFlag
       FROM reports WHERE (? IS NULL OR status = ?) ORDER BY urgent DESC, received_at DESC, report_id LIMIT ? OFFSET ?`,
    )
    .all(opts.status ?? null, opts.status ?? null, opts.limit, opts.offset) as ReportListRow[];
}

export function countReports(db: Db, status?: string): number {
  return Number(stmt(db, 'SELECT count(*) FROM reports WHERE (? IS NULL OR status = ?)').pluck().get(status ?? null, status ?? null));
}
