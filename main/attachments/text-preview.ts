// Plain text from the first bytes of an attachment: strict decoding (UTF-8, or UTF-16 with a
// byte-order mark), no NUL, hardly any control characters, the mark stripped, at most
// PREVIEW_LIMITS.textChars characters. Nothing is interpreted: the UI shows the string as text.
import { PREVIEW_LIMITS } from '../../core/attachments';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be';

/**
 * Bytes to read for a full text preview: UTF-8 needs at most 3 bytes per UTF-16 code unit (4-byte
 * sequences give 2 units), UTF-16 needs 2; plus a mark and a cut sequence.
 */
export const TEXT_READ_BYTES = PREVIEW_LIMITS.textChars * 3 + 8;

/** The encoding a byte-order mark announces, and the mark's length; UTF-8 without a mark otherwise. */
export function byteOrderMark(bytes: Uint8Array): { encoding: TextEncoding; length: number } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return { encoding: 'utf-8', length: 0 };
}

/** Where a prefix of a longer UTF-8 text must end so that no sequence is cut. */
function utf8CutEnd(b: Uint8Array): number {
  const n = b.length;
  for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
    const c = b[i] ?? 0;
    if ((c & 0xc0) === 0x80) continue; // continuation byte: look further back
    const len = c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 1;
    return i + len > n ? i : n;
  }
  return n;
}

/** Where a prefix of a longer UTF-16 text must end: whole code units, no lone high surrogate last. */
function utf16CutEnd(b: Uint8Array, littleEndian: boolean): number {
  let end = b.length - (b.length % 2);
  if (end >= 2) {
    const unit = littleEndian ? (b[end - 2] ?? 0) | ((b[end - 1] ?? 0) << 8) : ((b[end - 2] ?? 0) << 8) | (b[end - 1] ?? 0);
    if (unit >= 0xd800 && unit <= 0xdbff) end -= 2;
  }
  return end;
}

/** C0 controls other than tab, line feed, vertical tab, form feed and carriage return; DEL; C1. */
function isBinaryControl(code: number): boolean {
  return (code < 0x20 && (code < 0x09 || code > 0x0d)) || (code >= 0x7f && code <= 0x9f);
}

/** Text that is not a binary file in disguise: no NUL, and control characters under 1 %. */
function plausibleText(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0) return false;
    if (isBinaryControl(code)) controls++;
  }
  return controls * 100 <= text.length;
}

/**
 * Decodes `bytes` (the whole file when `complete`, else its first bytes) strictly; null when they
 * are not plausible text in that encoding. The byte-order mark is not part of the result.
 */
export function decodeText(bytes: Uint8Array, complete: boolean): { text: string; encoding: TextEncoding } | null {
  const bom = byteOrderMark(bytes);
  let body = bytes.subarray(bom.length);
  if (!complete) {
    const end = bom.encoding === 'utf-8' ? utf8CutEnd(body) : utf16CutEnd(body, bom.encoding === 'utf-16le');
    body = body.subarray(0, end);
  } else if (bom.encoding !== 'utf-8' && body.length % 2 !== 0) {
    return null;
  }
  let text: string;
  try {
    text = new TextDecoder(bom.encoding, { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    return null;
  }
  return plausibleText(text) ? { text, encoding: bom.encoding } : null;
}

/** The text shown for an attachment, cut to the limit without splitting a surrogate pair. */
export function textPreview(bytes: Uint8Array, complete: boolean): { text: string; truncated: boolean } | null {
  const decoded = decodeText(bytes, complete);
  if (!decoded) return null;
  const max = PREVIEW_LIMITS.textChars;
  let text = decoded.text;
  const truncated = !complete || text.length > max;
  if (text.length > max) {
    const last = text.charCodeAt(max - 1);
    text = text.slice(0, last >= 0xd800 && last <= 0xdbff ? max - 1 : max);
  }
  return { text, truncated };
}
