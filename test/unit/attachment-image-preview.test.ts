// Image previews: decoded and re-encoded, metadata and original bytes gone, limits enforced from
// the header before decoding, damage reported as 'undecodable'.
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { PREVIEW_LIMITS } from '../../core/attachments';
import { PreviewRefused, checkImage, downscale, orient, renderImagePreview } from '../../main/attachments/image-preview';
import { readImageHeader } from '../../main/attachments/image-header';
import { renderInWorker } from '../../main/attachments/run-image-worker';
import {
  CAMERA_MODEL,
  GPS_LATITUDE,
  GPS_LONGITUDE,
  bmpFixture,
  encodePngFixture,
  exifSegment,
  gifFixture,
  halves,
  jpegWithExif,
  pixels,
  pngChunk,
  pngChunkTypes,
  pngHeaderOnly,
  textChunk,
  withChunks,
} from '../support/attachment-fixtures';

const SECRET = 'SECRET-MARKER-7f3a9c';

function refusal(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    if (error instanceof PreviewRefused) return error.reason;
    throw error;
  }
  throw new Error('not refused');
}

function decoded(png: Uint8Array) {
  return PNG.sync.read(Buffer.from(png));
}

/** Whether any 32-byte window of `original` (sampled) appears in `out`. */
function sharesBytes(out: Uint8Array, original: Buffer): boolean {
  const hay = Buffer.from(out);
  for (let at = 0; at + 32 <= original.length; at += Math.max(16, Math.floor(original.length / 200))) {
    if (hay.includes(original.subarray(at, at + 32))) return true;
  }
  return false;
}

describe('renderImagePreview', () => {
  it('re-encodes a PNG: same pixels, only IHDR/IDAT/IEND, no text chunk, no original bytes', () => {
    const source = pixels(64, 48);
    const original = withChunks(encodePngFixture(64, 48, source), textChunk('Comment', SECRET), pngChunk('zTXt', Buffer.from(`k\0\0${SECRET}`)));
    const out = renderImagePreview('png', original);
    expect(pngChunkTypes(out.png)).toEqual(['IHDR', 'IDAT', 'IEND']);
    const text = Buffer.from(out.png).toString('latin1');
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('tEXt');
    expect(sharesBytes(out.png, original.subarray(33))).toBe(false);
    const back = decoded(out.png);
    expect([back.width, back.height, out.width, out.height]).toEqual([64, 48, 64, 48]);
    expect(Buffer.compare(back.data, source)).toBe(0);
  });

  it('strips EXIF from a JPEG (GPS, camera model) and turns it upright', () => {
    const original = jpegWithExif(40, 20, 6, halves(40, 20));
    expect(original.includes(GPS_LATITUDE)).toBe(true);
    const out = renderImagePreview('jpeg', original);
    const text = Buffer.from(out.png).toString('latin1');
    for (const needle of ['Exif', CAMERA_MODEL, 'SecretMaker']) expect(text).not.toContain(needle);
    expect(Buffer.from(out.png).includes(GPS_LATITUDE)).toBe(false);
    expect(Buffer.from(out.png).includes(GPS_LONGITUDE)).toBe(false);
    expect(sharesBytes(out.png, original)).toBe(false);
    expect(pngChunkTypes(out.png)).toEqual(['IHDR', 'IDAT', 'IEND']);
    // Orientation 6: rotate 90° clockwise, so the red left half is now on top.
    expect([out.width, out.height]).toEqual([20, 40]);
    const back = decoded(out.png);
    const at = (x: number, y: number) => [...back.data.subarray((y * back.width + x) * 4, (y * back.width + x) * 4 + 3)];
    const [r1 = 0, , b1 = 0] = at(10, 5);
    const [r2 = 0, , b2 = 0] = at(10, 35);
    expect(r1).toBeGreaterThan(200);
    expect(b1).toBeLessThan(60);
    expect(b2).toBeGreaterThan(200);
    expect(r2).toBeLessThan(60);
  });

  it('reads the EXIF orientation from the header', () => {
    expect(readImageHeader('jpeg', jpegWithExif(16, 8, 8))).toMatchObject({ width: 16, height: 8, orientation: 8 });
    expect(readImageHeader('jpeg', jpegWithExif(16, 8, 1))).toMatchObject({ orientation: 1 });
    expect(exifSegment(3).includes(Buffer.from(CAMERA_MODEL))).toBe(true);
  });

  it('scales large images down to 1600 px on the long side', () => {
    const out = renderImagePreview('png', encodePngFixture(3200, 900));
    expect([out.width, out.height]).toEqual([1600, 450]);
    const back = decoded(out.png);
    expect([back.width, back.height]).toEqual([1600, 450]);
    const tall = renderImagePreview('jpeg', jpegWithExif(500, 2000, 1));
    expect([tall.width, tall.height]).toEqual([400, 1600]);
  });

  it('averages boxes when scaling, weighting colour by alpha', () => {
    const img = { width: 4, height: 2, data: new Uint8Array([
      255, 0, 0, 255, 0, 0, 255, 255, 10, 10, 10, 255, 10, 10, 10, 255,
      255, 0, 0, 255, 0, 0, 255, 0, 10, 10, 10, 255, 30, 30, 30, 255,
    ]) };
    const small = downscale(img, 2);
    expect(small.width).toBe(2);
    expect(small.height).toBe(1);
    // First box: three opaque pixels (red, blue, red) and one transparent blue that adds nothing.
    expect([...small.data.subarray(0, 4)]).toEqual([170, 0, 85, 191]);
    expect([...small.data.subarray(4, 8)]).toEqual([15, 15, 15, 255]);
  });

  it('applies every EXIF orientation', () => {
    // 2×1: A B
    const img = { width: 2, height: 1, data: new Uint8Array([1, 1, 1, 1, 2, 2, 2, 2]) };
    const firsts = (o: number) => {
      const r = orient(img, o);
      return { w: r.width, h: r.height, px: Array.from({ length: r.width * r.height }, (_, i) => r.data[i * 4]) };
    };
    expect(firsts(1)).toEqual({ w: 2, h: 1, px: [1, 2] });
    expect(firsts(2)).toEqual({ w: 2, h: 1, px: [2, 1] });
    expect(firsts(3)).toEqual({ w: 2, h: 1, px: [2, 1] });
    expect(firsts(4)).toEqual({ w: 2, h: 1, px: [1, 2] });
    expect(firsts(5)).toEqual({ w: 1, h: 2, px: [1, 2] });
    expect(firsts(6)).toEqual({ w: 1, h: 2, px: [1, 2] });
    expect(firsts(7)).toEqual({ w: 1, h: 2, px: [2, 1] });
    expect(firsts(8)).toEqual({ w: 1, h: 2, px: [2, 1] });
  });

  it('decodes 16-bit, grey and palette-free variants to the same kind of PNG', () => {
    const grey = renderImagePreview('png', encodePngFixture(10, 10, pixels(10, 10), { colorType: 0, bitDepth: 16 }));
    expect([grey.width, grey.height]).toEqual([10, 10]);
    expect(pngChunkTypes(grey.png)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('shows the first frame of a GIF and a BMP', () => {
    const gif = renderImagePreview('gif', gifFixture(8, 4));
    const g = decoded(gif.png);
    expect([g.width, g.height]).toEqual([8, 4]);
    expect([...g.data.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
    expect([...g.data.subarray(7 * 4, 7 * 4 + 4)]).toEqual([0, 0, 255, 255]);
    const bmp = decoded(renderImagePreview('bmp', bmpFixture(6, 3)).png);
    expect([bmp.width, bmp.height]).toEqual([6, 3]);
    expect([...bmp.data.subarray(0, 4)]).toEqual([255, 0, 0, 255]);
    expect([...bmp.data.subarray((2 * 6 + 5) * 4, (2 * 6 + 5) * 4 + 4)]).toEqual([0, 0, 255, 255]);
  });

  it('reports a truncated or corrupt image as undecodable', () => {
    const png = encodePngFixture(64, 64);
    expect(refusal(() => renderImagePreview('png', png.subarray(0, Math.floor(png.length / 2))))).toBe('undecodable');
    expect(refusal(() => renderImagePreview('png', png.subarray(0, 20)))).toBe('undecodable');
    const flipped = Buffer.from(png);
    flipped[60] = (flipped[60] ?? 0) ^ 0xff; // CRC mismatch inside IDAT
    expect(refusal(() => renderImagePreview('png', flipped))).toBe('undecodable');
    expect(refusal(() => renderImagePreview('jpeg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 1, 2])))).toBe('undecodable');
    expect(refusal(() => renderImagePreview('gif', Buffer.from('GIF89a\x08\x00\x04\x00\x00\x00\x00', 'latin1')))).toBe('undecodable');
    const bmp = bmpFixture(6, 3);
    expect(refusal(() => renderImagePreview('bmp', bmp.subarray(0, 60)))).toBe('undecodable');
  });

  it('refuses a PNG announcing 100000×100000 from its header, without allocating', () => {
    const bomb = pngHeaderOnly(100_000, 100_000);
    const before = process.memoryUsage().arrayBuffers;
    const started = performance.now();
    expect(refusal(() => checkImage('png', bomb))).toBe('too-large');
    expect(refusal(() => renderImagePreview('png', bomb))).toBe('too-large');
    expect(performance.now() - started).toBeLessThan(50);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(1024 * 1024);
  });

  it('refuses other oversized headers and inputs', () => {
    // Just over 40 MP, and 16-bit RGBA whose pixel data would pass the byte cap.
    expect(refusal(() => checkImage('png', pngHeaderOnly(8000, 5001)))).toBe('too-large');
    expect(refusal(() => checkImage('png', pngHeaderOnly(6000, 6000, 6, 16)))).toBe('too-large');
    expect(checkImage('png', pngHeaderOnly(6000, 6000, 6, 8))).toMatchObject({ width: 6000, height: 6000 });
    const gif = Buffer.from('GIF89a\xff\xff\xff\xff\x00\x00\x00', 'latin1');
    expect(refusal(() => checkImage('gif', gif))).toBe('too-large');
    const jpegHeader = Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0xff, 0xff, 0xff, 0xff, 1, 1, 0x11, 0]);
    expect(refusal(() => checkImage('jpeg', jpegHeader))).toBe('too-large');
    expect(refusal(() => checkImage('png', Buffer.alloc(PREVIEW_LIMITS.imageBytes + 1)))).toBe('too-large');
  });

  it('refuses an interlaced PNG whose data inflates past its announced size', async () => {
    const { deflateSync } = await import('node:zlib');
    const header = pngHeaderOnly(16, 16, 0, 8, 1);
    const bomb = Buffer.concat([header.subarray(0, 33), pngChunk('IDAT', deflateSync(Buffer.alloc(5_000_000))), header.subarray(33)]);
    expect(refusal(() => renderImagePreview('png', bomb))).toBe('undecodable');
  });

  it('refuses a GIF whose first frame lies outside its screen', () => {
    const gif = Buffer.from(gifFixture(8, 4));
    // Image descriptor: 0x2C, x, y, w, h (LE). Make the frame 60000 px wide.
    const at = gif.indexOf(0x2c, 13 + 12);
    gif.writeUInt16LE(60_000, at + 5);
    expect(refusal(() => renderImagePreview('gif', gif))).toBe('undecodable');
  });
});

describe('renderInWorker', () => {
  it('runs the pipeline in a worker thread and returns the same PNG', async () => {
    const original = jpegWithExif(300, 200, 1);
    const out = await renderInWorker('jpeg', original);
    const direct = renderImagePreview('jpeg', original);
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect([out.width, out.height]).toEqual([300, 200]);
    expect(Buffer.compare(Buffer.from(out.png), Buffer.from(direct.png))).toBe(0);
    expect(await renderInWorker('png', encodePngFixture(8, 8).subarray(0, 40))).toEqual({ ok: false, reason: 'undecodable' });
  });

  it('stops a decode that takes too long', async () => {
    expect(await renderInWorker('jpeg', jpegWithExif(1200, 1200, 1), 1)).toEqual({ ok: false, reason: 'undecodable' });
  });
});
