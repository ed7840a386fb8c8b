// Hostile and ordinary attachments made in the test: PNGs with text chunks, JPEGs with a
// hand-made EXIF segment (GPS position, camera model, orientation), GIF, BMP, a renamed
// executable, a PDF, texts in several scripts, and headers that promise far too much.
import jpeg from 'jpeg-js';
import omggif from 'omggif';
import { PNG } from 'pngjs';

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

export function crc32(b: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of b) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export function pngChunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([len, typeAndData, crc]);
}

/** Deterministic pixels with some structure (so JPEG keeps colours) and some noise (so PNGs are not tiny). */
export function pixels(width: number, height: number, seed = 1): Buffer {
  const data = Buffer.alloc(width * height * 4);
  let s = seed;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      s = (s * 1103515245 + 12345) & 0x7fffffff;
      const o = (y * width + x) * 4;
      data[o] = (x * 255) / Math.max(1, width - 1);
      data[o + 1] = (y * 255) / Math.max(1, height - 1);
      data[o + 2] = s & 0x3f;
      data[o + 3] = 255;
    }
  }
  return data;
}

export function encodePngFixture(width: number, height: number, data: Buffer = pixels(width, height), options: { colorType?: 0 | 2 | 4 | 6; bitDepth?: 8 | 16 } = {}): Buffer {
  const png = new PNG({ width, height });
  png.data = data;
  return PNG.sync.write(png, { colorType: options.colorType ?? 6, bitDepth: options.bitDepth ?? 8 });
}

/** Inserts chunks right after IHDR (signature 8 + IHDR 25 bytes). */
export function withChunks(png: Buffer, ...chunks: Buffer[]): Buffer {
  return Buffer.concat([png.subarray(0, 33), ...chunks, png.subarray(33)]);
}

export function textChunk(keyword: string, text: string): Buffer {
  return pngChunk('tEXt', Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')]));
}

/** A PNG that is only a signature, an IHDR and IEND: it promises width × height pixels. */
export function pngHeaderOnly(width: number, height: number, colourType = 6, depth = 8, interlace = 0): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = depth;
  ihdr[9] = colourType;
  ihdr[12] = interlace;
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), pngChunk('IHDR', ihdr), pngChunk('IEND', Buffer.alloc(0))]);
}

/** The chunk types of a PNG, in order. */
export function pngChunkTypes(png: Uint8Array): string[] {
  const b = Buffer.from(png.buffer, png.byteOffset, png.length);
  const types: string[] = [];
  let p = 8;
  while (p + 8 <= b.length) {
    const len = b.readUInt32BE(p);
    types.push(b.subarray(p + 4, p + 8).toString('latin1'));
    p += 12 + len;
  }
  return types;
}

export const CAMERA_MODEL = 'SecretCam-Model-X9';
/** 52°22'12.34" N, 4°53'43.21" E as EXIF rationals (big-endian), unmistakable in a byte search. */
export const GPS_LATITUDE = Buffer.from([0, 0, 0, 52, 0, 0, 0, 1, 0, 0, 0, 22, 0, 0, 0, 1, 0, 0, 0x04, 0xd2, 0, 0, 0, 100]);
export const GPS_LONGITUDE = Buffer.from([0, 0, 0, 4, 0, 0, 0, 1, 0, 0, 0, 53, 0, 0, 0, 1, 0, 0, 0x10, 0xe1, 0, 0, 0, 100]);

/**
 * An APP1 segment by hand: 'Exif\0\0', a big-endian TIFF header, IFD0 with Make, Model,
 * Orientation and a GPS IFD pointer, and a GPS IFD with latitude and longitude.
 */
export function exifSegment(orientation = 1): Buffer {
  type Entry = { tag: number; type: number; count: number; value: Buffer };
  const make = Buffer.from('SecretMaker\0', 'latin1');
  const model = Buffer.from(`${CAMERA_MODEL}\0`, 'latin1');
  const ifd0: Entry[] = [
    { tag: 0x010f, type: 2, count: make.length, value: make },
    { tag: 0x0110, type: 2, count: model.length, value: model },
    { tag: 0x0112, type: 3, count: 1, value: Buffer.from([0, orientation, 0, 0]) },
    { tag: 0x8825, type: 4, count: 1, value: Buffer.alloc(4) }, // GPS IFD offset, filled in below
  ];
  const gps: Entry[] = [
    { tag: 0x0001, type: 2, count: 2, value: Buffer.from('N\0\0\0', 'latin1') },
    { tag: 0x0002, type: 5, count: 3, value: GPS_LATITUDE },
    { tag: 0x0003, type: 2, count: 2, value: Buffer.from('E\0\0\0', 'latin1') },
    { tag: 0x0004, type: 5, count: 3, value: GPS_LONGITUDE },
  ];
  const ifdSize = (n: number) => 2 + n * 12 + 4;
  const extraSize = (entries: Entry[]) => entries.reduce((s, e) => s + (e.value.length > 4 ? e.value.length : 0), 0);
  const ifd0At = 8;
  const ifd0DataAt = ifd0At + ifdSize(ifd0.length);
  const gpsAt = ifd0DataAt + extraSize(ifd0);
  const gpsDataAt = gpsAt + ifdSize(gps.length);
  const total = gpsDataAt + extraSize(gps);
  const tiff = Buffer.alloc(total);
  tiff.write('MM', 0, 'latin1');
  tiff.writeUInt16BE(42, 2);
  tiff.writeUInt32BE(ifd0At, 4);
  ifd0[3]?.value.writeUInt32BE(gpsAt);
  const writeIfd = (at: number, dataAt: number, entries: Entry[]) => {
    tiff.writeUInt16BE(entries.length, at);
    let data = dataAt;
    entries.forEach((e, i) => {
      const p = at + 2 + i * 12;
      tiff.writeUInt16BE(e.tag, p);
      tiff.writeUInt16BE(e.type, p + 2);
      tiff.writeUInt32BE(e.count, p + 4);
      if (e.value.length > 4) {
        tiff.writeUInt32BE(data, p + 8);
        e.value.copy(tiff, data);
        data += e.value.length;
      } else {
        e.value.copy(tiff, p + 8);
      }
    });
    tiff.writeUInt32BE(0, at + 2 + entries.length * 12);
  };
  writeIfd(ifd0At, ifd0DataAt, ifd0);
  writeIfd(gpsAt, gpsDataAt, gps);
  const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
  const head = Buffer.alloc(4);
  head[0] = 0xff;
  head[1] = 0xe1;
  head.writeUInt16BE(payload.length + 2, 2);
  return Buffer.concat([head, payload]);
}

export function encodeJpegFixture(width: number, height: number, data: Buffer = pixels(width, height), quality = 90): Buffer {
  return jpeg.encode({ width, height, data }, quality).data;
}

/** A JPEG with the EXIF segment right after SOI (where cameras put it). */
export function jpegWithExif(width: number, height: number, orientation = 1, data?: Buffer): Buffer {
  const plain = encodeJpegFixture(width, height, data);
  return Buffer.concat([plain.subarray(0, 2), exifSegment(orientation), plain.subarray(2)]);
}

/** Left half red, right half blue: shows which way a rotation went. */
export function halves(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const left = x < width / 2;
      data[o] = left ? 255 : 0;
      data[o + 2] = left ? 0 : 255;
      data[o + 3] = 255;
    }
  }
  return data;
}

export function gifFixture(width: number, height: number): Buffer {
  const buf = Buffer.alloc(1024 + width * height * 2);
  const writer = new omggif.GifWriter(buf, width, height, { palette: [0xff0000, 0x00ff00, 0x0000ff, 0xffffff] });
  const indices = Array.from({ length: width * height }, (_, i) => (i % width < width / 2 ? 0 : 2));
  writer.addFrame(0, 0, width, height, indices);
  // A second frame that must not show up in the preview.
  writer.addFrame(0, 0, width, height, indices.map(() => 1));
  return buf.subarray(0, writer.end());
}

/** A 24-bit bottom-up BMP: left half red, right half blue. */
export function bmpFixture(width: number, height: number): Buffer {
  const stride = Math.ceil((width * 3) / 4) * 4;
  const b = Buffer.alloc(54 + stride * height);
  b.write('BM', 0, 'latin1');
  b.writeUInt32LE(b.length, 2);
  b.writeUInt32LE(54, 10);
  b.writeUInt32LE(40, 14);
  b.writeInt32LE(width, 18);
  b.writeInt32LE(height, 22);
  b.writeUInt16LE(1, 26);
  b.writeUInt16LE(24, 28);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const p = 54 + (height - 1 - y) * stride + x * 3;
      const left = x < width / 2;
      b[p] = left ? 0 : 255; // blue
      b[p + 2] = left ? 255 : 0; // red
    }
  }
  return b;
}

/** What a Windows executable starts with: MZ, a DOS stub, e_lfanew → 'PE\0\0', a COFF header. */
export function fakeExecutable(): Buffer {
  const b = Buffer.alloc(512);
  b.write('MZ', 0, 'latin1');
  b.writeUInt16LE(0x90, 2);
  b.writeUInt32LE(0x80, 0x3c);
  b.write('This program cannot be run in DOS mode.\r\r\n$', 0x4e, 'latin1');
  b.write('PE\0\0', 0x80, 'latin1');
  b.writeUInt16LE(0x8664, 0x84);
  return b;
}

export function fakePdf(): Buffer {
  return Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
}

export const MULTILINGUAL_TEXT =
  'Konsolosluktan biri aradı; ailemin gözaltına alınacağını söyledi. Şişli, İstanbul.\n' +
  'اتصل بي شخص من القنصلية وقال إن عائلتي ستُعتقل.\n' +
  'Меня преследуют у посольства. 🚨 — “quotes” & <b>not bold</b>\n';
