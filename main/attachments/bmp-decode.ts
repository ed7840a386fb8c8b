// A small BMP decoder for uncompressed bitmaps (1, 4, 8, 24 and 32 bits per pixel, bottom-up or
// top-down): every read is bounds-checked before any pixel is written. Compressed variants (RLE,
// bit fields, embedded JPEG/PNG) are refused as not previewable.
import type { RawImage } from './image-preview';

export class BmpUnsupported extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BmpUnsupported';
  }
}

const u16le = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32le = (b: Uint8Array, o: number) => u16le(b, o) + u16le(b, o + 2) * 0x10000;
const i32le = (b: Uint8Array, o: number) => u32le(b, o) | 0;

export function decodeBmp(b: Uint8Array): RawImage {
  if (b.length < 26 || b[0] !== 0x42 || b[1] !== 0x4d) throw new Error('not a BMP');
  const pixelOffset = u32le(b, 10);
  const dib = u32le(b, 14);
  const core = dib === 12;
  const width = core ? u16le(b, 18) : i32le(b, 18);
  const rawHeight = core ? u16le(b, 20) : i32le(b, 22);
  const bpp = core ? u16le(b, 24) : u16le(b, 28);
  const compression = core ? 0 : u32le(b, 30);
  if (compression !== 0) throw new BmpUnsupported(`compression ${compression}`);
  if (![1, 4, 8, 24, 32].includes(bpp)) throw new BmpUnsupported(`${bpp} bits per pixel`);
  const topDown = rawHeight < 0;
  const height = Math.abs(rawHeight);
  if (width <= 0 || height === 0) throw new Error('bad dimensions');

  const stride = Math.ceil((width * bpp) / 32) * 4;
  if (pixelOffset + stride * height > b.length) throw new Error('pixel data truncated');

  let palette: Uint8Array = new Uint8Array(0);
  let entrySize = 4;
  if (bpp <= 8) {
    entrySize = core ? 3 : 4;
    const used = core ? 0 : u32le(b, 46);
    const entries = Math.min(used === 0 ? 1 << bpp : used, 1 << bpp);
    const start = 14 + dib;
    if (start + entries * entrySize > Math.min(b.length, pixelOffset)) throw new Error('palette truncated');
    palette = b.subarray(start, start + entries * entrySize);
  }
  const colours = palette.length / entrySize;

  const out = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    const row = pixelOffset + (topDown ? y : height - 1 - y) * stride;
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      if (bpp <= 8) {
        const bit = x * bpp;
        const byte = b[row + (bit >> 3)] ?? 0;
        const index = (byte >> (8 - bpp - (bit & 7))) & ((1 << bpp) - 1);
        if (index < colours) {
          out[o] = palette[index * entrySize + 2] ?? 0;
          out[o + 1] = palette[index * entrySize + 1] ?? 0;
          out[o + 2] = palette[index * entrySize] ?? 0;
        }
      } else {
        const p = row + x * (bpp / 8);
        out[o] = b[p + 2] ?? 0;
        out[o + 1] = b[p + 1] ?? 0;
        out[o + 2] = b[p] ?? 0;
      }
      // The alpha byte of 32-bit BI_RGB bitmaps is undefined: the preview is opaque.
      out[o + 3] = 255;
    }
  }
  return { width, height, data: out };
}
