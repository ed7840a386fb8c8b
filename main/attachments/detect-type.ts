// The real type of an attachment from its first bytes (magic numbers), never from the declared
// media type or the file name. A small table of the formats that matter here: the images we
// decode, the ones we don't, documents, archives, executables, audio and video, and text.
import { decodeText } from './text-preview';

/** Bytes from the start of a file that detection looks at (one blob chunk). */
export const SNIFF_BYTES = 64 * 1024;

export type ImageFormat = 'png' | 'jpeg' | 'gif' | 'bmp';

export type Detected =
  /** An image format decoded here. */
  | { family: 'image'; format: ImageFormat; realType: string }
  /** Plain text (or a text format shown as its source: HTML, SVG, XML, a script). */
  | { family: 'text'; realType: string }
  | { family: 'binary'; realType: string };

const u16le = (b: Uint8Array, o: number) => (b[o] ?? 0) | ((b[o + 1] ?? 0) << 8);
const u32le = (b: Uint8Array, o: number) => (u16le(b, o) + u16le(b, o + 2) * 0x10000);
const u32be = (b: Uint8Array, o: number) => ((b[o] ?? 0) * 0x1000000 + (((b[o + 1] ?? 0) << 16) | ((b[o + 2] ?? 0) << 8) | (b[o + 3] ?? 0)));

function bytesAt(b: Uint8Array, offset: number, expected: readonly number[]): boolean {
  if (b.length < offset + expected.length) return false;
  return expected.every((v, i) => b[offset + i] === v);
}

function asciiAt(b: Uint8Array, offset: number, text: string): boolean {
  if (b.length < offset + text.length) return false;
  for (let i = 0; i < text.length; i++) if (b[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}

function latin1(b: Uint8Array, start: number, end: number): string {
  return Buffer.from(b.buffer, b.byteOffset + start, Math.max(0, Math.min(end, b.length) - start)).toString('latin1');
}

function hasNul(b: Uint8Array): boolean {
  return b.includes(0);
}

const BMP_DIB_SIZES = new Set([12, 40, 52, 56, 64, 108, 124]);

/** Names of the first entries of a ZIP file, walking local headers inside `b` only. */
function zipEntries(b: Uint8Array): { name: string; stored: Uint8Array | null }[] {
  const out: { name: string; stored: Uint8Array | null }[] = [];
  let p = 0;
  while (out.length < 64 && bytesAt(b, p, [0x50, 0x4b, 0x03, 0x04]) && p + 30 <= b.length) {
    const flags = u16le(b, p + 6);
    const method = u16le(b, p + 8);
    const compressed = u32le(b, p + 18);
    const nameLen = u16le(b, p + 26);
    const extraLen = u16le(b, p + 28);
    const dataStart = p + 30 + nameLen + extraLen;
    if (dataStart > b.length) break;
    const stored = method === 0 && dataStart + compressed <= b.length ? b.subarray(dataStart, dataStart + compressed) : null;
    out.push({ name: latin1(b, p + 30, p + 30 + nameLen), stored });
    // With a data descriptor the size follows the data: the next header cannot be found cheaply.
    if ((flags & 0x08) !== 0 && compressed === 0) break;
    p = dataStart + compressed;
  }
  return out;
}

function zipType(b: Uint8Array): string {
  const entries = zipEntries(b);
  const first = entries[0];
  if (first?.name === 'mimetype' && first.stored) {
    const mime = latin1(first.stored, 0, Math.min(first.stored.length, 100));
    if (/^application\/(vnd\.oasis\.opendocument\.[a-z.-]+|epub\+zip)$/.test(mime)) return mime;
  }
  const names = entries.map((e) => e.name);
  if (names.some((n) => n.startsWith('word/'))) return 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
  if (names.some((n) => n.startsWith('xl/'))) return 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  if (names.some((n) => n.startsWith('ppt/'))) return 'application/vnd.openxmlformats-officedocument.presentationml.presentation';
  if (names.some((n) => n === 'AndroidManifest.xml' || n === 'classes.dex')) return 'application/vnd.android.package-archive';
  if (names.some((n) => n === 'META-INF/MANIFEST.MF')) return 'application/java-archive';
  return 'application/zip';
}

function isoMediaType(b: Uint8Array): string {
  const brand = latin1(b, 8, 12);
  if (['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'mif1', 'msf1'].includes(brand)) return 'image/heic';
  if (brand === 'avif' || brand === 'avis') return 'image/avif';
  if (brand === 'M4A ' || brand === 'M4B ') return 'audio/mp4';
  if (brand === 'qt  ') return 'video/quicktime';
  if (brand.startsWith('3g')) return 'video/3gpp';
  return 'video/mp4';
}

/** Binary formats by signature; null when none matches. */
function binaryType(b: Uint8Array): Detected | null {
  const image = (format: ImageFormat, realType: string): Detected => ({ family: 'image', format, realType });
  const binary = (realType: string): Detected => ({ family: 'binary', realType });

  if (bytesAt(b, 0, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return image('png', 'image/png');
  if (bytesAt(b, 0, [0xff, 0xd8, 0xff])) return image('jpeg', 'image/jpeg');
  if (asciiAt(b, 0, 'GIF87a') || asciiAt(b, 0, 'GIF89a')) return image('gif', 'image/gif');
  if (asciiAt(b, 0, 'BM') && b.length >= 18 && BMP_DIB_SIZES.has(u32le(b, 14))) return image('bmp', 'image/bmp');
  if (asciiAt(b, 0, 'RIFF')) {
    const form = latin1(b, 8, 12);
    if (form === 'WEBP') return binary('image/webp');
    if (form === 'WAVE') return binary('audio/wav');
    if (form === 'AVI ') return binary('video/x-msvideo');
    return binary('application/x-riff');
  }
  if (asciiAt(b, 0, 'II*\0') || asciiAt(b, 0, 'MM\0*')) return binary('image/tiff');
  if (asciiAt(b, 4, 'ftyp')) return binary(isoMediaType(b));
  if (bytesAt(b, 0, [0x00, 0x00, 0x01, 0x00]) && b.length >= 6 && u16le(b, 4) > 0 && u16le(b, 4) < 256 && hasNul(b.subarray(0, 22))) return binary('image/x-icon');

  const pdfAt = latin1(b, 0, 1024).indexOf('%PDF-');
  if (pdfAt !== -1) return binary('application/pdf');
  if (asciiAt(b, 0, '%!PS')) return binary('application/postscript');
  if (asciiAt(b, 0, '{\\rtf')) return binary('application/rtf');
  if (bytesAt(b, 0, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return binary('application/x-cfb');
  if (asciiAt(b, 0, 'PK\x03\x04')) return binary(zipType(b));
  if (asciiAt(b, 0, 'PK\x05\x06') || asciiAt(b, 0, 'PK\x07\x08')) return binary('application/zip');
  if (asciiAt(b, 0, 'Rar!\x1a\x07')) return binary('application/vnd.rar');
  if (bytesAt(b, 0, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return binary('application/x-7z-compressed');
  if (bytesAt(b, 0, [0x1f, 0x8b])) return binary('application/gzip');
  if (/^BZh[1-9]1AY&SY/.test(latin1(b, 0, 10))) return binary('application/x-bzip2');
  if (bytesAt(b, 0, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return binary('application/x-xz');
  if (bytesAt(b, 0, [0x28, 0xb5, 0x2f, 0xfd])) return binary('application/zstd');
  if (asciiAt(b, 257, 'ustar')) return binary('application/x-tar');

  if (asciiAt(b, 0, 'MZ')) {
    const pe = b.length >= 0x40 ? u32le(b, 0x3c) : -1;
    if (pe >= 0x40 && asciiAt(b, pe, 'PE\0\0')) return binary('application/x-msdownload');
    if (hasNul(b)) return binary('application/x-dosexec');
  }
  if (bytesAt(b, 0, [0x7f, 0x45, 0x4c, 0x46])) return binary('application/x-elf');
  for (const magic of [[0xfe, 0xed, 0xfa, 0xce], [0xfe, 0xed, 0xfa, 0xcf], [0xce, 0xfa, 0xed, 0xfe], [0xcf, 0xfa, 0xed, 0xfe]]) {
    if (bytesAt(b, 0, magic)) return binary('application/x-mach-binary');
  }
  // 0xCAFEBABE: a universal Mach-O binary (a few architectures) or a Java class (version ≥ 45).
  if (bytesAt(b, 0, [0xca, 0xfe, 0xba, 0xbe]) && b.length >= 8) return binary(u32be(b, 4) < 30 ? 'application/x-mach-binary' : 'application/java-vm');
  if (asciiAt(b, 0, '\0asm')) return binary('application/wasm');
  if (bytesAt(b, 0, [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00])) return binary('application/x-ms-shortcut');
  if (asciiAt(b, 0, 'dex\n')) return binary('application/vnd.android.dex');

  if (asciiAt(b, 0, 'ID3') || (b.length >= 2 && b[0] === 0xff && ((b[1] ?? 0) & 0xe6) === 0xe2)) return binary('audio/mpeg');
  if (asciiAt(b, 0, 'OggS')) return binary('audio/ogg');
  if (asciiAt(b, 0, 'fLaC')) return binary('audio/flac');
  if (asciiAt(b, 0, '#!AMR')) return binary('audio/amr');
  if (bytesAt(b, 0, [0x1a, 0x45, 0xdf, 0xa3])) return binary(latin1(b, 0, 64).includes('webm') ? 'video/webm' : 'video/x-matroska');
  return null;
}

/** The kind of text: markup and scripts keep their own type, but are shown as source text. */
function textType(text: string): string {
  const start = text.trimStart().slice(0, 1024).toLowerCase();
  if (start.startsWith('#!')) return 'text/x-script';
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'text/html';
  if (start.startsWith('<svg') || (start.startsWith('<?xml') && start.includes('<svg'))) return 'image/svg+xml';
  if (start.startsWith('<?xml')) return 'application/xml';
  return 'text/plain';
}

/**
 * The real type of a file from `head`, its first bytes (all of them when `complete`). Text is
 * judged on those bytes only; the text preview checks the bytes it shows again.
 */
export function detectType(head: Uint8Array, complete: boolean): Detected {
  if (head.length === 0) return { family: 'text', realType: 'text/plain' };
  const known = binaryType(head);
  if (known) return known;
  const text = decodeText(head, complete);
  if (text) return { family: 'text', realType: textType(text.text) };
  if (asciiAt(head, 0, '#!')) return { family: 'binary', realType: 'application/x-executable-script' };
  return { family: 'binary', realType: 'application/octet-stream' };
}
