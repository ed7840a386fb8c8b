// Reads what an image announces about itself before anything is decoded: width and height (to
// refuse huge images without allocating), PNG pixel-data size, and a JPEG's EXIF orientation.
// Every read is bounds-checked; a header that cannot be read makes the image 'undecodable'.
import type { ImageFormat } from './detect-type';

export type ImageHeader = {
  width: number;
  height: number;
  /** Bytes of decompressed (filtered) PNG pixel data the header implies; 0 for other formats. */
  rawBytes: number;
  /** An interlaced (Adam7) PNG: pngjs inflates those without a size cap, so we check first. */
  interlaced: boolean;
  /** EXIF orientation 1–8 (JPEG only); 1 when absent. */
  orientation: number;
};

const u16be = (b: Uint8Array, o: number) => ((b[o] ?? 0) << 8) | (b[o + 1] ?? 0);
const u16le = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32be = (b: Uint8Array, o: number) => (b[o] ?? 0) * 0x1000000 + (((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0));
const u32le = (b: Uint8Array, o: number) => u16le(b, o) + u16le(b, o + 2) * 0x10000;
const i32le = (b: Uint8Array, o: number) => u32le(b, o) | 0;

/** Channels per PNG colour type, and the bit depths each allows. */
const PNG_COLOUR: Record<number, { channels: number; depths: readonly number[] }> = {
  0: { channels: 1, depths: [1, 2, 4, 8, 16] },
  2: { channels: 3, depths: [8, 16] },
  3: { channels: 1, depths: [1, 2, 4, 8] },
  4: { channels: 2, depths: [8, 16] },
  6: { channels: 4, depths: [8, 16] },
};

/** Filtered bytes of the 7 Adam7 passes (each row has its own filter byte). */
function adam7Bytes(width: number, height: number, bitsPerPixel: number): number {
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ] as const;
  let total = 0;
  for (const [x0, y0, dx, dy] of passes) {
    const w = Math.ceil((width - x0) / dx);
    const h = Math.ceil((height - y0) / dy);
    if (w > 0 && h > 0) total += (Math.ceil((w * bitsPerPixel) / 8) + 1) * h;
  }
  return total;
}

function pngHeader(b: Uint8Array): ImageHeader | null {
  // Signature (8), then IHDR: length 13, type, width, height, depth, colour, compression, filter, interlace.
  if (b.length < 33 || u32be(b, 8) !== 13 || String.fromCharCode(b[12] ?? 0, b[13] ?? 0, b[14] ?? 0, b[15] ?? 0) !== 'IHDR') return null;
  const width = u32be(b, 16);
  const height = u32be(b, 20);
  const depth = b[24] ?? 0;
  const colour = PNG_COLOUR[b[25] ?? 255];
  const interlace = b[28] ?? 255;
  if (!colour || !colour.depths.includes(depth) || interlace > 1 || width === 0 || height === 0) return null;
  const bpp = colour.channels * depth;
  const rawBytes = interlace === 1 ? adam7Bytes(width, height, bpp) : (Math.ceil((width * bpp) / 8) + 1) * height;
  return { width, height, rawBytes, interlaced: interlace === 1, orientation: 1 };
}

/** Orientation tag (0x0112) of IFD0 in an EXIF APP1 payload starting at `p` ('Exif\0\0'). */
function exifOrientation(b: Uint8Array, start: number, end: number): number {
  const tiff = start + 6;
  if (tiff + 8 > end) return 1;
  const little = b[tiff] === 0x49 && b[tiff + 1] === 0x49;
  if (!little && !(b[tiff] === 0x4d && b[tiff + 1] === 0x4d)) return 1;
  const r16 = (o: number) => (little ? u16le(b, o) : u16be(b, o));
  const r32 = (o: number) => (little ? u32le(b, o) : u32be(b, o));
  if (r16(tiff + 2) !== 42) return 1;
  const ifd = tiff + r32(tiff + 4);
  if (ifd + 2 > end) return 1;
  const count = r16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > end) return 1;
    if (r16(entry) === 0x0112 && r16(entry + 2) === 3) {
      const value = r16(entry + 8);
      return value >= 1 && value <= 8 ? value : 1;
    }
  }
  return 1;
}

const SOF_MARKERS = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

function jpegHeader(b: Uint8Array): ImageHeader | null {
  let p = 2;
  let orientation = 1;
  while (p + 4 <= b.length) {
    if (b[p] !== 0xff) return null;
    const marker = b[p + 1] ?? 0;
    if (marker === 0xff) {
      p++; // fill byte
      continue;
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      p += 2;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image or scan data before any frame header
    const len = u16be(b, p + 2);
    const segEnd = p + 2 + len;
    if (len < 2 || segEnd > b.length) return null;
    if (marker === 0xe1 && len >= 8 && String.fromCharCode(...b.subarray(p + 4, p + 10)) === 'Exif\0\0') {
      orientation = exifOrientation(b, p + 4, segEnd);
    }
    if (SOF_MARKERS.has(marker)) {
      if (len < 8) return null;
      const height = u16be(b, p + 5);
      const width = u16be(b, p + 7);
      if (width === 0 || height === 0) return null;
      return { width, height, rawBytes: 0, interlaced: false, orientation };
    }
    p = segEnd;
  }
  return null;
}

function gifHeader(b: Uint8Array): ImageHeader | null {
  if (b.length < 13) return null;
  const width = u16le(b, 6);
  const height = u16le(b, 8);
  return width === 0 || height === 0 ? null : { width, height, rawBytes: 0, interlaced: false, orientation: 1 };
}

function bmpHeader(b: Uint8Array): ImageHeader | null {
  if (b.length < 26) return null;
  const dib = u32le(b, 14);
  const core = dib === 12;
  if (!core && b.length < 30) return null;
  const width = core ? u16le(b, 18) : i32le(b, 18);
  const height = Math.abs(core ? u16le(b, 20) : i32le(b, 22));
  return width <= 0 || height === 0 ? null : { width, height, rawBytes: 0, interlaced: false, orientation: 1 };
}

/** What the image says about itself; null when its header is damaged. */
export function readImageHeader(format: ImageFormat, bytes: Uint8Array): ImageHeader | null {
  switch (format) {
    case 'png':
      return pngHeader(bytes);
    case 'jpeg':
      return jpegHeader(bytes);
    case 'gif':
      return gifHeader(bytes);
    case 'bmp':
      return bmpHeader(bytes);
    default: {
      const never: never = format;
      throw new Error(`unknown image format ${String(never)}`);
    }
  }
}
