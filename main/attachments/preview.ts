// The attachments.preview use case: may this user see this report's attachment, then read only as
// many decrypted bytes as the preview needs, judge the real type from them, and answer with a
// fresh PNG, plain text, or a description. Never the stored bytes; nothing is opened elsewhere.
// Each preview is audited.
import { type AttachmentPreview, PREVIEW_LIMITS, type PreviewRefusal } from '../../core/attachments';
import { BakenError } from '../../core/errors';
import { caseOfReport, getCaseRow } from '../../db/queries/cases';
import { stmt } from '../../db/statement-cache';
import type { Db } from '../../db/open';
import { attachmentBlobRef } from '../../db/queries/intake';
import { BlobError, type BlobRef, BlobStore } from '../blobs/blob-store';
import type { ActiveSession } from '../services/session';
import { SNIFF_BYTES, detectType } from './detect-type';
import { PreviewRefused, checkImage } from './image-preview';
import { type ImageRenderer, renderInWorker } from './run-image-worker';
import { TEXT_READ_BYTES, textPreview } from './text-preview';

type AttachmentMeta = { sha256: string; filename: string; media_type: string; size: number; blob: BlobRef };

function attachmentMeta(db: Db, reportId: string, position: number): AttachmentMeta | null {
  const row = stmt(
    db,
    `SELECT ra.sha256, ra.filename, ra.media_type, a.size
     FROM report_attachments ra JOIN attachments a ON a.sha256 = ra.sha256 WHERE ra.report_id = ? AND ra.position = ?`,
  ).get(reportId, position) as Omit<AttachmentMeta, 'blob'> | undefined;
  const blob = row ? attachmentBlobRef(db, row.sha256) : null;
  return row && blob ? { ...row, blob } : null;
}

/** The first `max` bytes of a blob (fewer when it is shorter), and whether that is all of it. */
async function readPrefix(store: BlobStore, blob: BlobRef, max: number): Promise<{ bytes: Uint8Array; complete: boolean }> {
  const parts: Buffer[] = [];
  let total = 0;
  // Leaving the loop early closes the generator, and with it the file.
  for await (const chunk of store.read(blob)) {
    parts.push(chunk);
    total += chunk.length;
    if (total > max) return { bytes: Buffer.concat(parts, total).subarray(0, max), complete: false };
  }
  return { bytes: Buffer.concat(parts, total), complete: true };
}

/** The preview of one stored attachment; `render` decodes images (a worker thread by default). */
export async function buildPreview(store: BlobStore, meta: AttachmentMeta, render: ImageRenderer): Promise<AttachmentPreview> {
  const described = { declaredType: meta.media_type, filename: meta.filename, size: meta.size, sha256: meta.sha256 };
  const other = (realType: string, reason: PreviewRefusal): AttachmentPreview => ({ kind: 'other', realType, reason, ...described });

  const head = await readPrefix(store, meta.blob, SNIFF_BYTES);
  const detected = detectType(head.bytes, head.complete);
  switch (detected.family) {
    case 'image': {
      const { format, realType } = detected;
      if (meta.size > PREVIEW_LIMITS.imageBytes) return other(realType, 'too-large');
      const all = head.complete ? head : await readPrefix(store, meta.blob, PREVIEW_LIMITS.imageBytes);
      if (!all.complete) return other(realType, 'too-large');
      try {
        // Refuse from the header alone, before a worker or a decoder is started.
        checkImage(format, all.bytes);
      } catch (error) {
        if (error instanceof PreviewRefused) return other(realType, error.reason);
        throw error;
      }
      const out = await render(format, all.bytes);
      if (!out.ok) return other(realType, out.reason);
      return { kind: 'image', png: Buffer.from(out.png.buffer, out.png.byteOffset, out.png.length).toString('base64'), width: out.width, height: out.height, realType, ...described };
    }
    case 'text': {
      const all = head.complete ? head : await readPrefix(store, meta.blob, TEXT_READ_BYTES);
      const text = textPreview(all.bytes, all.complete);
      // Text at the start, binary further on: not text after all.
      if (!text) return other('application/octet-stream', 'not-previewable');
      return { kind: 'text', text: text.text, truncated: text.truncated, realType: detected.realType, ...described };
    }
    case 'binary':
      return other(detected.realType, 'not-previewable');
    default: {
      const never: never = detected;
      throw new Error(`unknown family ${String(never)}`);
    }
  }
}

function unreadable(error: unknown): boolean {
  return error instanceof BlobError || (error as { code?: unknown } | null)?.code === 'ENOENT';
}

/**
 * Attachment `position` of report `reportId`. The dispatcher has checked the role (counsellor,
 * coordinator, reviewer: attachments are content, not identity); the report must belong to a case.
 */
export async function previewAttachment(s: ActiveSession, reportId: string, position: number, render: ImageRenderer = renderInWorker): Promise<AttachmentPreview> {
  const { vault, user } = s;
  const caseId = caseOfReport(vault.db, reportId);
  const caseRow = caseId === null ? null : getCaseRow(vault.db, caseId);
  if (!caseRow) throw new BakenError('case-not-found');
  const meta = attachmentMeta(vault.db, reportId, position);
  if (!meta) throw new BakenError('attachment-not-found');

  const key = vault.blobKey();
  let preview: AttachmentPreview;
  try {
    preview = await buildPreview(new BlobStore(vault.paths.blobs, key), meta, render);
  } catch (error) {
    if (unreadable(error)) throw new BakenError('attachment-unreadable');
    throw error;
  } finally {
    key.fill(0);
  }
  // Throws if the session was locked while the image was decoding: then nothing is shown.
  vault.audit({ actor: user.username, action: 'attachment.preview', target: caseRow.number, details: { reportId, position } });
  return preview;
}
