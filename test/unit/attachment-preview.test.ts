// From stored (encrypted) bytes to a preview: the real type decides, never the declared one; only
// as many bytes are read as the preview needs; images go to the renderer only as a fresh PNG.
import { createHash, randomBytes } from 'node:crypto';
import { PNG } from 'pngjs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_LIMITS } from '../../core/attachments';
import { BlobStore } from '../../main/blobs/blob-store';
import { buildPreview } from '../../main/attachments/preview';
import { PreviewRefused, renderImagePreview } from '../../main/attachments/image-preview';
import type { ImageJobResult, ImageRenderer } from '../../main/attachments/run-image-worker';
import { MULTILINGUAL_TEXT, encodePngFixture, fakeExecutable, fakePdf, jpegWithExif, pngHeaderOnly, textChunk, withChunks } from '../support/attachment-fixtures';
import { tempDir } from '../support/temp';

let tmp: ReturnType<typeof tempDir>;
let store: BlobStore;

beforeEach(() => {
  tmp = tempDir();
  store = new BlobStore(tmp.path, randomBytes(32));
});
afterEach(() => tmp.cleanup());

/** Stores `bytes` as an attachment and returns what the database would know of it. */
function stored(bytes: Buffer, filename: string, mediaType: string) {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const w = store.createWriter(sha256, bytes.length);
  for (let i = 0; i < bytes.length; i += 100_000) w.write(bytes.subarray(i, i + 100_000));
  const location = w.commit();
  store.syncPending();
  return { sha256, filename, media_type: mediaType, size: bytes.length, blob: { sha256, location } };
}

/** The image pipeline in this thread (the worker is tested on its own). */
const inThread: ImageRenderer = async (format, bytes): Promise<ImageJobResult> => {
  try {
    return { ok: true, ...renderImagePreview(format, bytes) };
  } catch (error) {
    if (error instanceof PreviewRefused) return { ok: false, reason: error.reason };
    throw error;
  }
};

describe('buildPreview', () => {
  it('shows an image as a fresh PNG with its real and declared types', async () => {
    const original = withChunks(encodePngFixture(32, 16), textChunk('Author', 'SECRET-MARKER'));
    const meta = stored(original, 'IMG_0001.jpg', 'image/jpeg');
    const p = await buildPreview(store, meta, inThread);
    expect(p).toMatchObject({ kind: 'image', width: 32, height: 16, realType: 'image/png', declaredType: 'image/jpeg', filename: 'IMG_0001.jpg', size: original.length, sha256: meta.sha256 });
    if (p.kind !== 'image') return;
    const png = Buffer.from(p.png, 'base64');
    expect(png.equals(original)).toBe(false);
    expect(png.toString('latin1')).not.toContain('SECRET-MARKER');
    expect(PNG.sync.read(png).width).toBe(32);
  });

  it('describes a renamed executable declared as a photo, without decoding it', async () => {
    const render = vi.fn(inThread);
    const p = await buildPreview(store, stored(fakeExecutable(), 'vakantie.jpg', 'image/jpeg'), render);
    expect(p).toMatchObject({ kind: 'other', realType: 'application/x-msdownload', declaredType: 'image/jpeg', reason: 'not-previewable', filename: 'vakantie.jpg' });
    expect(render).not.toHaveBeenCalled();
  });

  it('describes a PDF', async () => {
    const pdf = fakePdf();
    const p = await buildPreview(store, stored(pdf, 'brief.pdf', 'application/pdf'), inThread);
    expect(p).toEqual({
      kind: 'other',
      realType: 'application/pdf',
      declaredType: 'application/pdf',
      reason: 'not-previewable',
      filename: 'brief.pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
    });
  });

  it('shows Turkish and Arabic text intact, whatever type was declared', async () => {
    const p = await buildPreview(store, stored(Buffer.from(MULTILINGUAL_TEXT), 'verklaring.pdf', 'application/pdf'), inThread);
    expect(p).toMatchObject({ kind: 'text', text: MULTILINGUAL_TEXT, truncated: false, realType: 'text/plain', declaredType: 'application/pdf' });
  });

  it('cuts a long text at 200,000 characters, reading only its start', async () => {
    const long = Buffer.from('Ölçüm yapıldı. '.repeat(60_000));
    const p = await buildPreview(store, stored(long, 'log.txt', 'text/plain'), inThread);
    expect(p.kind).toBe('text');
    if (p.kind !== 'text') return;
    expect(p.truncated).toBe(true);
    expect(p.text.length).toBe(PREVIEW_LIMITS.textChars);
  });

  it('turns text that becomes binary further on into "other"', async () => {
    const mixed = Buffer.concat([Buffer.from('a'.repeat(70_000)), Buffer.from([0, 1, 2, 3])]);
    expect(await buildPreview(store, stored(mixed, 'x.txt', 'text/plain'), inThread)).toMatchObject({ kind: 'other', realType: 'application/octet-stream', reason: 'not-previewable' });
  });

  it('reports a truncated PNG as undecodable and a huge one as too large, without decoding', async () => {
    const png = encodePngFixture(64, 64);
    expect(await buildPreview(store, stored(png.subarray(0, png.length >> 1), 'a.png', 'image/png'), inThread)).toMatchObject({ kind: 'other', realType: 'image/png', reason: 'undecodable' });
    const render = vi.fn(inThread);
    expect(await buildPreview(store, stored(pngHeaderOnly(100_000, 100_000), 'b.png', 'image/png'), render)).toMatchObject({ kind: 'other', realType: 'image/png', reason: 'too-large' });
    expect(render).not.toHaveBeenCalled();
  });

  it('refuses an image file over 20 MB before reading it all', async () => {
    const big = Buffer.concat([jpegWithExif(16, 16, 1), Buffer.alloc(PREVIEW_LIMITS.imageBytes)]);
    const render = vi.fn(inThread);
    expect(await buildPreview(store, stored(big, 'big.jpg', 'image/jpeg'), render)).toMatchObject({ kind: 'other', realType: 'image/jpeg', reason: 'too-large' });
    expect(render).not.toHaveBeenCalled();
  });

  it('passes refusals of the worker through', async () => {
    const refuse: ImageRenderer = async () => ({ ok: false, reason: 'undecodable' });
    expect(await buildPreview(store, stored(jpegWithExif(16, 16, 1), 'c.jpg', 'image/jpeg'), refuse)).toMatchObject({ kind: 'other', realType: 'image/jpeg', reason: 'undecodable' });
  });
});
