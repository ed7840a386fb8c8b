// Turns an untrusted image into a fresh PNG: limits checked from the header before decoding, a
// pure-JS decoder (memory-safe; each with its own caps) to raw RGBA, a box-filter downscale to
// PREVIEW_LIMITS.imageEdge, the JPEG's EXIF orientation applied, and a new PNG with no chunk but
// IHDR, IDAT and IEND. Nothing of the original file but its pixels reaches the output.
// Synchronous and CPU-heavy: main/attachments/image-worker.ts runs it off the main thread.
import { inflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import omggif from 'omggif';
import { PNG } from 'pngjs';
import { PREVIEW_LIMITS, type PreviewRefusal } from '../../core/attachments';
import { BmpUnsupported, decodeBmp } from './bmp-decode';
import type { ImageFormat } from './detect-type';
import { type ImageHeader, readImageHeader } from './image-header';

export type RawImage = { width: number; height: number; data: Uint8Array };
export type ImagePreview = { png: Uint8Array; width: number; height: number };

/** Why an image is described instead of shown. */
export class PreviewRefused extends Error {
  constructor(
    readonly reason: PreviewRefusal,
    message: string,
  ) {
    super(message);
    this.name = 'PreviewRefused';
  }
}

/** jpeg-js's own cap on what it allocates; a 40 MP JPEG needs about 850 MB by its count. */
const JPEG_MEMORY_MB = 1024;

/** The header's promises, checked against the limits before anything is decoded. */
export function checkImage(format: ImageFormat, bytes: Uint8Array): ImageHeader {
  if (bytes.length > PREVIEW_LIMITS.imageBytes) throw new PreviewRefused('too-large', `${bytes.length} bytes`);
  const header = readImageHeader(format, bytes);
  if (!header) throw new PreviewRefused('undecodable', 'damaged image header');
  if (header.width * header.height > PREVIEW_LIMITS.imagePixels) throw new PreviewRefused('too-large', `${header.width}×${header.height} pixels`);
  if (header.rawBytes > PREVIEW_LIMITS.pngRawBytes) throw new PreviewRefused('too-large', `${header.rawBytes} bytes of pixel data`);
  return header;
}

/** Inflates an interlaced PNG's data once with a hard output cap (pngjs would not cap it). */
function assertInflateBounded(bytes: Uint8Array, rawBytes: number): void {
  const parts: Uint8Array[] = [];
  let p = 8;
  while (p + 12 <= bytes.length) {
    const len = ((bytes[p] ?? 0) * 0x1000000) + (((bytes[p + 1] ?? 0) << 16) | ((bytes[p + 2] ?? 0) << 8) | (bytes[p + 3] ?? 0));
    const type = String.fromCharCode(bytes[p + 4] ?? 0, bytes[p + 5] ?? 0, bytes[p + 6] ?? 0, bytes[p + 7] ?? 0);
    if (p + 12 + len > bytes.length) throw new PreviewRefused('undecodable', 'PNG chunk truncated');
    if (type === 'IDAT') parts.push(bytes.subarray(p + 8, p + 8 + len));
    if (type === 'IEND') break;
    p += 12 + len;
  }
  try {
    inflateSync(Buffer.concat(parts), { maxOutputLength: Math.max(1, rawBytes) });
  } catch {
    throw new PreviewRefused('undecodable', 'PNG data does not inflate within its announced size');
  }
}

function decodePng(bytes: Uint8Array, header: ImageHeader): RawImage {
  if (header.interlaced) assertInflateBounded(bytes, header.rawBytes);
  // pngjs normalises every colour type and depth to 8-bit RGBA.
  const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), { checkCRC: true });
  return { width: png.width, height: png.height, data: png.data };
}

function decodeJpeg(bytes: Uint8Array): RawImage {
  try {
    const img = jpeg.decode(bytes, {
      useTArray: true,
      formatAsRGBA: true,
      tolerantDecoding: true,
      maxResolutionInMP: PREVIEW_LIMITS.imagePixels / 1_000_000,
      maxMemoryUsageInMB: JPEG_MEMORY_MB,
    });
    return { width: img.width, height: img.height, data: img.data };
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    if (/maxResolutionInMP|maxMemoryUsageInMB/.test(message)) throw new PreviewRefused('too-large', message);
    throw error;
  }
}

function decodeGif(bytes: Uint8Array): RawImage {
  const reader = new omggif.GifReader(bytes);
  if (reader.numFrames() < 1) throw new Error('GIF without frames');
  const frame = reader.frameInfo(0);
  // omggif allocates frame width × height before blitting: the frame must lie inside the screen.
  if (frame.width < 1 || frame.height < 1 || frame.x + frame.width > reader.width || frame.y + frame.height > reader.height) {
    throw new Error('GIF frame outside the logical screen');
  }
  const data = new Uint8Array(reader.width * reader.height * 4);
  reader.decodeAndBlitFrameRGBA(0, data);
  return { width: reader.width, height: reader.height, data };
}

function decode(format: ImageFormat, bytes: Uint8Array, header: ImageHeader): RawImage {
  switch (format) {
    case 'png':
      return decodePng(bytes, header);
    case 'jpeg':
      return decodeJpeg(bytes);
    case 'gif':
      return decodeGif(bytes);
    case 'bmp':
      return decodeBmp(bytes);
    default: {
      const never: never = format;
      throw new Error(`unknown image format ${String(never)}`);
    }
  }
}

/** Box filter (area average, alpha-weighted) down to `maxEdge` on the long side; never up. */
export function downscale(img: RawImage, maxEdge: number): RawImage {
  const { width: sw, height: sh, data } = img;
  const scale = Math.min(1, maxEdge / Math.max(sw, sh));
  if (scale === 1) return img;
  const dw = Math.max(1, Math.round(sw * scale));
  const dh = Math.max(1, Math.round(sh * scale));
  const xs = new Int32Array(dw + 1);
  for (let i = 0; i <= dw; i++) xs[i] = Math.floor((i * sw) / dw);
  const out = new Uint8Array(dw * dh * 4);
  const acc = new Float64Array(dw * 4);
  for (let dy = 0; dy < dh; dy++) {
    const y0 = Math.floor((dy * sh) / dh);
    const y1 = Math.floor(((dy + 1) * sh) / dh);
    acc.fill(0);
    for (let sy = y0; sy < y1; sy++) {
      const rowStart = sy * sw;
      for (let dx = 0; dx < dw; dx++) {
        const x1 = xs[dx + 1] ?? sw;
        let r = 0;
        let g = 0;
        let b = 0;
        let a = 0;
        for (let sx = xs[dx] ?? 0; sx < x1; sx++) {
          const o = (rowStart + sx) * 4;
          const alpha = data[o + 3] ?? 0;
          r += (data[o] ?? 0) * alpha;
          g += (data[o + 1] ?? 0) * alpha;
          b += (data[o + 2] ?? 0) * alpha;
          a += alpha;
        }
        const k = dx * 4;
        acc[k] = (acc[k] ?? 0) + r;
        acc[k + 1] = (acc[k + 1] ?? 0) + g;
        acc[k + 2] = (acc[k + 2] ?? 0) + b;
        acc[k + 3] = (acc[k + 3] ?? 0) + a;
      }
    }
    for (let dx = 0; dx < dw; dx++) {
      const k = dx * 4;
      const count = ((xs[dx + 1] ?? sw) - (xs[dx] ?? 0)) * (y1 - y0);
      const a = acc[k + 3] ?? 0;
      const o = (dy * dw + dx) * 4;
      if (a > 0) {
        out[o] = Math.round((acc[k] ?? 0) / a);
        out[o + 1] = Math.round((acc[k + 1] ?? 0) / a);
        out[o + 2] = Math.round((acc[k + 2] ?? 0) / a);
      }
      out[o + 3] = Math.round(a / count);
    }
  }
  return { width: dw, height: dh, data: out };
}

/** Applies EXIF orientation 1–8 (rotations and mirrors) so the preview stands upright. */
export function orient(img: RawImage, orientation: number): RawImage {
  if (orientation < 2 || orientation > 8) return img;
  const { width: w, height: h, data } = img;
  const swap = orientation >= 5;
  const ow = swap ? h : w;
  const oh = swap ? w : h;
  const out = new Uint8Array(ow * oh * 4);
  for (let dy = 0; dy < oh; dy++) {
    for (let dx = 0; dx < ow; dx++) {
      let sx: number;
      let sy: number;
      switch (orientation) {
        case 2: [sx, sy] = [w - 1 - dx, dy]; break;
        case 3: [sx, sy] = [w - 1 - dx, h - 1 - dy]; break;
        case 4: [sx, sy] = [dx, h - 1 - dy]; break;
        case 5: [sx, sy] = [dy, dx]; break;
        case 6: [sx, sy] = [dy, h - 1 - dx]; break;
        case 7: [sx, sy] = [w - 1 - dy, h - 1 - dx]; break;
        default: [sx, sy] = [w - 1 - dy, dx]; break; // 8
      }
      const s = (sy * w + sx) * 4;
      const o = (dy * ow + dx) * 4;
      out[o] = data[s] ?? 0;
      out[o + 1] = data[s + 1] ?? 0;
      out[o + 2] = data[s + 2] ?? 0;
      out[o + 3] = data[s + 3] ?? 0;
    }
  }
  return { width: ow, height: oh, data: out };
}

/** A new PNG from RGBA pixels: IHDR, IDAT, IEND and nothing else; RGB when fully opaque. */
export function encodePng(img: RawImage): Uint8Array {
  let opaque = true;
  for (let i = 3; i < img.data.length; i += 4) {
    if (img.data[i] !== 255) {
      opaque = false;
      break;
    }
  }
  const png = new PNG({ width: img.width, height: img.height });
  png.data = Buffer.from(img.data.buffer, img.data.byteOffset, img.data.length);
  return PNG.sync.write(png, { colorType: opaque ? 2 : 6, inputColorType: 6, inputHasAlpha: true, deflateLevel: 6 });
}

/** The whole pipeline; throws PreviewRefused for limits and unsupported variants, anything else for damage. */
export function renderImagePreview(format: ImageFormat, bytes: Uint8Array): ImagePreview {
  const header = checkImage(format, bytes);
  let raw: RawImage;
  try {
    raw = decode(format, bytes, header);
  } catch (error) {
    if (error instanceof PreviewRefused) throw error;
    if (error instanceof BmpUnsupported) throw new PreviewRefused('not-previewable', error.message);
    throw new PreviewRefused('undecodable', error instanceof Error ? error.message : 'decoder failed');
  }
  if (raw.width < 1 || raw.height < 1 || raw.data.length < raw.width * raw.height * 4) throw new PreviewRefused('undecodable', 'decoder returned no pixels');
  const small = orient(downscale(raw, PREVIEW_LIMITS.imageEdge), format === 'jpeg' ? header.orientation : 1);
  return { png: encodePng(small), width: small.width, height: small.height };
}
