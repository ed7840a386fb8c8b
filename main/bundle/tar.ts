// POSIX tar for report bundles (BUNDLE-FORMAT.md §2, §5): a strict, streaming, pull-based reader and a
// ustar/pax writer. Bundles are untrusted input, so the reader accepts only regular files with plain
// relative paths and rejects everything else before any entry data is read. Nothing here touches disk.

export type TarErrorCode = 'bad-archive' | 'unsafe-entry' | 'too-large';

export class TarError extends Error {
  constructor(
    readonly code: TarErrorCode,
    readonly detail: string,
    message?: string,
  ) {
    super(message ?? `${code}: ${detail}`);
    this.name = 'TarError';
  }
}

export type TarEvent =
  | { kind: 'entry'; path: string; size: number; index: number /* 0-based among file entries */ }
  | { kind: 'data'; chunk: Uint8Array /* a view: valid until the next pull; consumer copies if it keeps it */ }
  | { kind: 'entry-end' }
  | { kind: 'archive-end' };

export type TarReadLimits = { maxPaxBytes?: number; maxPathBytes?: number };
export type TarInputEntry = { path: string; size: number; data: Uint8Array | AsyncIterable<Uint8Array>; mtime?: Date };
export type TarWriteOptions = { maxPathBytes?: number };

export const DEFAULT_MAX_PAX_BYTES = 64 * 1024;
export const DEFAULT_MAX_PATH_BYTES = 200;

const BLOCK = 512;
/** Largest value of an 11-digit octal field (8 GiB − 1); beyond it a size needs a pax record. */
const MAX_OCTAL_11 = 0o77777777777;

// ustar header layout (POSIX pax, "ustar Interchange Format"): [offset, length].
const F = {
  name: [0, 100],
  mode: [100, 8],
  uid: [108, 8],
  gid: [116, 8],
  size: [124, 12],
  mtime: [136, 12],
  chksum: [148, 8],
  typeflag: [156, 1],
  magic: [257, 8], // "ustar\0" + version "00"
  devmajor: [329, 8],
  devminor: [337, 8],
  prefix: [345, 155],
} as const satisfies Record<string, readonly [number, number]>;

const TYPE_REGULAR = 0x30; // '0'
const TYPE_REGULAR_OLD = 0x00; // NUL, pre-POSIX spelling of a regular file
const TYPE_PAX = 0x78; // 'x'
const TYPE_PAX_GLOBAL = 0x67; // 'g'

/** Every type a tar writer may emit that is not a regular file or pax header, named for the rejection detail. */
const UNSAFE_TYPES = new Map<number, string>(
  Object.entries({
    '1': 'hard-link',
    '2': 'symlink',
    '3': 'device',
    '4': 'device',
    '5': 'directory',
    '6': 'fifo',
    '7': 'contiguous',
    L: 'gnu-long-name',
    K: 'gnu-long-link',
    N: 'gnu-old-long-name',
    S: 'sparse',
    D: 'gnu-dumpdir',
    M: 'gnu-multivolume',
    V: 'gnu-volume-label',
  }).map(([k, v]) => [k.charCodeAt(0), v]),
);

const POSIX_MAGIC = bytes('ustar\u000000');
const GNU_MAGIC = bytes('ustar  \u0000');
const EMPTY = new Uint8Array(0);
const utf8 = new TextDecoder('utf-8'); // non-fatal: invalid bytes become U+FFFD, which the path rule rejects

// ---------------------------------------------------------------------------------------------
// Paths

const PATH_CHARS = /^[A-Za-z0-9._/-]+$/;

/** The bundle path rule (§2), shared by reader, writer and the bundle reader. */
export function validateBundlePath(
  path: string,
  maxBytes = DEFAULT_MAX_PATH_BYTES,
): { ok: true } | { ok: false; detail: string } {
  if (path.startsWith('/')) return { ok: false, detail: 'absolute-path' };
  // One character class covers empty, NUL, backslash, controls, bidi overrides and all non-ASCII.
  if (!PATH_CHARS.test(path)) return { ok: false, detail: 'bad-path' };
  for (const segment of path.split('/')) {
    if (segment === '..') return { ok: false, detail: 'traversal' };
    if (segment === '' || segment === '.') return { ok: false, detail: 'bad-path' };
  }
  // ASCII only by now, so characters are bytes.
  if (path.length > maxBytes) return { ok: false, detail: 'path-too-long' };
  return { ok: true };
}

function checkPath(path: string, maxBytes: number): void {
  const result = validateBundlePath(path, maxBytes);
  if (!result.ok) throw new TarError('unsafe-entry', result.detail, `unsafe-entry: ${result.detail}: ${JSON.stringify(path)}`);
}

// ---------------------------------------------------------------------------------------------
// Reader

/** Pull-based: the consumer drives it with for-await, so a consumer that throws/returns on an 'entry' event stops reading immediately (no further input pulled). */
export async function* readTar(source: AsyncIterable<Uint8Array>, limits: TarReadLimits = {}): AsyncGenerator<TarEvent> {
  const maxPax = limits.maxPaxBytes ?? DEFAULT_MAX_PAX_BYTES;
  const maxPath = limits.maxPathBytes ?? DEFAULT_MAX_PATH_BYTES;
  const input = new Input(source[Symbol.asyncIterator]());
  const seen = new Set<string>();
  let index = 0;
  let pax: PaxOverrides | null = null; // from an 'x' header; applies to the next header only
  try {
    for (;;) {
      const header = await input.exact(BLOCK, 'truncated-header');
      // A zero block ends the archive; so does a clean end of input at a block boundary (§2: the
      // trailing zero blocks are optional, nothing before them may be missing).
      if (header === null || isZeroBlock(header)) {
        if (pax) throw new TarError('bad-archive', 'dangling-pax-header');
        yield { kind: 'archive-end' };
        return;
      }
      const type = checkHeader(header);
      const size = strictOctal(header, F.size, 'bad-size');

      if (type === TYPE_PAX || type === TYPE_PAX_GLOBAL) {
        if (pax) throw new TarError('bad-archive', 'misplaced-pax-header');
        // Checked before reading: the header data is buffered whole to be parsed.
        if (size > maxPax) throw new TarError('too-large', 'pax-header', `too-large: pax header of ${size} bytes`);
        const data = size === 0 ? EMPTY : await input.exact(size, 'truncated-pax');
        if (data === null) throw new TarError('bad-archive', 'truncated-pax');
        const records = parsePax(data);
        await input.skip(padding(size));
        if (type === TYPE_PAX) {
          pax = records;
        } else if (records.path !== undefined || records.size !== undefined) {
          // GNU tar applies a global path/size to every later entry; ignoring it here would make the
          // same bytes mean two different archives.
          throw new TarError('unsafe-entry', records.path !== undefined ? 'global-path' : 'global-size');
        }
        continue;
      }

      const path = pax?.path ?? ustarPath(header);
      const entrySize = pax?.size ?? size;
      pax = null;
      checkPath(path, maxPath);
      if (seen.has(path)) throw new TarError('unsafe-entry', 'duplicate-path', `unsafe-entry: duplicate-path: ${path}`);
      seen.add(path);

      yield { kind: 'entry', path, size: entrySize, index: index++ };
      for (let left = entrySize; left > 0; ) {
        const chunk = await input.some(left);
        if (chunk === null) throw new TarError('bad-archive', 'truncated-data');
        left -= chunk.length;
        yield { kind: 'data', chunk };
      }
      await input.skip(padding(entrySize));
      yield { kind: 'entry-end' };
    }
  } finally {
    await input.close();
  }
}

/** Validates everything about a non-zero header block except its size; returns the typeflag. */
function checkHeader(h: Uint8Array): number {
  // POSIX: the unsigned sum of all header bytes with the chksum field taken as spaces. GNU tar writes
  // it unsigned too (tested), so the historical signed variant is not accepted.
  const stored = strictOctal(h, F.chksum, 'bad-checksum');
  let sum = 8 * 0x20;
  for (let i = 0; i < F.chksum[0]; i++) sum += h[i]!;
  for (let i = F.chksum[0] + F.chksum[1]; i < BLOCK; i++) sum += h[i]!;
  if (sum !== stored) throw new TarError('bad-archive', 'bad-checksum');

  // The type is judged before the dialect, so that e.g. a GNU long name reads as what it is.
  const type = h[F.typeflag[0]]!;
  const unsafe = UNSAFE_TYPES.get(type);
  if (unsafe !== undefined) throw new TarError('unsafe-entry', unsafe);
  if (type !== TYPE_REGULAR && type !== TYPE_REGULAR_OLD && type !== TYPE_PAX && type !== TYPE_PAX_GLOBAL) {
    const shown = type > 0x20 && type < 0x7f ? String.fromCharCode(type) : `0x${type.toString(16).padStart(2, '0')}`;
    throw new TarError('unsafe-entry', `unknown-type:${shown}`);
  }

  if (!startsWith(h, F.magic[0], POSIX_MAGIC)) {
    throw new TarError('bad-archive', startsWith(h, F.magic[0], GNU_MAGIC) ? 'gnu-magic' : 'bad-magic');
  }
  for (const field of ['mode', 'uid', 'gid', 'mtime', 'devmajor', 'devminor'] as const) ignoredNumeric(h, F[field], `bad-${field}`);
  return type;
}

/**
 * A numeric field whose value is used (size, chksum): octal digits, then at least one NUL/space and
 * only NUL/space after, as POSIX specifies. No base-256: GNU tar in ustar/posix format never writes
 * it (a size ≥ 8 GiB gets a pax 'size' record instead; tested), and bundle files stay far below that.
 */
function strictOctal(h: Uint8Array, [off, len]: readonly [number, number], detail: string): number {
  const end = off + len;
  let i = off;
  let value = 0;
  for (; i < end && isOctalDigit(h[i]!); i++) value = value * 8 + (h[i]! - 0x30);
  if (i === off || i === end) throw new TarError('bad-archive', detail);
  for (; i < end; i++) if (!isPad(h[i]!)) throw new TarError('bad-archive', detail);
  return value;
}

/**
 * A numeric field whose value is never used (mode, uid, gid, mtime, devmajor, devminor) must still be
 * well formed, but in any encoding common writers produce: empty (GNU tar's pax headers leave
 * devmajor/devminor NUL), digits filling the whole field or base-256 (libarchive/bsdtar, e.g. for
 * the large uids of directory-service accounts). Rejecting those would protect nothing.
 */
function ignoredNumeric(h: Uint8Array, [off, len]: readonly [number, number], detail: string): void {
  if (h[off] === 0x80 || h[off] === 0xff) return; // base-256, positive or negative
  const end = off + len;
  let i = off;
  while (i < end && h[i] === 0x20) i++;
  while (i < end && isOctalDigit(h[i]!)) i++;
  while (i < end && isPad(h[i]!)) i++;
  if (i !== end) throw new TarError('bad-archive', detail);
}

/** prefix + '/' + name when prefix is non-empty (POSIX ustar). */
function ustarPath(h: Uint8Array): string {
  const name = cString(h, F.name);
  const prefix = cString(h, F.prefix);
  return prefix === '' ? name : `${prefix}/${name}`;
}

/** A NUL-terminated text field. Bytes after the NUL must be NUL too: anything else is a name with a NUL inside. */
function cString(h: Uint8Array, [off, len]: readonly [number, number]): string {
  const end = off + len;
  let nul = h.indexOf(0, off);
  if (nul === -1 || nul > end) nul = end;
  for (let i = nul; i < end; i++) if (h[i] !== 0) throw new TarError('unsafe-entry', 'bad-path');
  return utf8.decode(h.subarray(off, nul));
}

type PaxOverrides = { path?: string; size?: number };

/** Strict "%d %s=%s\n" records, the length counting itself, filling the data exactly. */
function parsePax(data: Uint8Array): PaxOverrides {
  const bad = (detail = 'bad-pax-record'): TarError => new TarError('bad-archive', detail);
  const out: PaxOverrides = {};
  const keywords = new Set<string>();
  let pos = 0;
  while (pos < data.length) {
    let i = pos;
    let length = 0;
    for (; i < data.length && isDecimalDigit(data[i]!) && i - pos < 10; i++) length = length * 10 + (data[i]! - 0x30);
    if (i === pos || data[pos] === 0x30 || data[i] !== 0x20) throw bad();
    const end = pos + length;
    if (end > data.length || data[end - 1] !== 0x0a) throw bad();
    const eq = data.indexOf(0x3d, i + 1);
    if (eq <= i + 1 || eq >= end) throw bad(); // no '=' in the record, or an empty keyword
    for (let k = i + 1; k < eq; k++) if (data[k]! <= 0x20 || data[k]! >= 0x7f) throw bad();
    const keyword = utf8.decode(data.subarray(i + 1, eq)); // printable ASCII by now
    const value = data.subarray(eq + 1, end - 1);
    // GNU tar reads these as a sparse map or volume continuation that renames or reshapes the entry.
    if (keyword.startsWith('GNU.sparse.')) throw new TarError('unsafe-entry', 'sparse');
    if (keyword.startsWith('GNU.volume.')) throw new TarError('unsafe-entry', 'gnu-multivolume');
    // Readers disagree on which of two records wins; no writer emits both.
    if (keywords.has(keyword)) throw bad('duplicate-pax-keyword');
    keywords.add(keyword);
    if (keyword === 'path') out.path = utf8.decode(value);
    else if (keyword === 'size') out.size = parseDecimalSize(value);
    pos = end;
  }
  return out;
}

function parseDecimalSize(value: Uint8Array): number {
  const text = value.length <= 32 ? utf8.decode(value) : '';
  if (!/^(0|[1-9][0-9]*)$/.test(text)) throw new TarError('bad-archive', 'bad-pax-size');
  const size = Number(text);
  if (!Number.isSafeInteger(size)) throw new TarError('too-large', 'entry-size');
  return size;
}

/** Input chunks of any size behind exact/partial reads; data is handed out as views, never copied. */
class Input {
  private chunk: Uint8Array = EMPTY;
  private pos = 0;
  private done = false;

  constructor(private readonly it: AsyncIterator<Uint8Array>) {}

  /** False at end of input; pulls only when the current chunk is used up. */
  private async fill(): Promise<boolean> {
    while (this.pos === this.chunk.length) {
      if (this.done) return false;
      const next = await this.it.next();
      if (next.done) {
        this.done = true;
        return false;
      }
      const value: unknown = next.value;
      if (!(value instanceof Uint8Array)) throw new TypeError('readTar: input chunks must be Uint8Array');
      this.chunk = value;
      this.pos = 0;
    }
    return true;
  }

  /** Up to max bytes as a view of one input chunk; null at end of input. */
  async some(max: number): Promise<Uint8Array | null> {
    if (!(await this.fill())) return null;
    const n = Math.min(max, this.chunk.length - this.pos);
    const view = this.chunk.subarray(this.pos, this.pos + n);
    this.pos += n;
    return view;
  }

  /** Exactly n > 0 bytes (a view if they lie in one chunk, else a copy); null if the input had already ended. */
  async exact(n: number, truncated: string): Promise<Uint8Array | null> {
    if (!(await this.fill())) return null;
    if (this.chunk.length - this.pos >= n) return (await this.some(n))!;
    const out = new Uint8Array(n);
    for (let got = 0; got < n; ) {
      const part = await this.some(n - got);
      if (part === null) throw new TarError('bad-archive', truncated);
      out.set(part, got);
      got += part.length;
    }
    return out;
  }

  async skip(n: number): Promise<void> {
    for (let left = n; left > 0; ) {
      const part = await this.some(left);
      if (part === null) throw new TarError('bad-archive', 'truncated-padding');
      left -= part.length;
    }
  }

  async close(): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      await this.it.return?.();
    } catch {
      // Releasing an input we are abandoning; its failure must not hide the reason we stopped.
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Writer

/**
 * Writes ustar (pax 'x' header only when a path does not fit prefix+name, or size ≥ 8 GiB), mode 0644,
 * uid/gid 0, uname/gname empty, then two zero blocks. Validates paths with the same rules as the
 * reader. mtime defaults to the epoch, so the same input gives the same bytes.
 */
export async function* writeTar(
  entries: Iterable<TarInputEntry> | AsyncIterable<TarInputEntry>,
  options: TarWriteOptions = {},
): AsyncGenerator<Uint8Array> {
  const maxPath = options.maxPathBytes ?? DEFAULT_MAX_PATH_BYTES;
  const seen = new Set<string>();
  for await (const entry of entries) {
    const { path, size } = entry;
    checkPath(path, maxPath);
    if (seen.has(path)) throw new TarError('unsafe-entry', 'duplicate-path', `unsafe-entry: duplicate-path: ${path}`);
    seen.add(path);
    if (!Number.isSafeInteger(size) || size < 0) throw new RangeError(`writeTar: ${path}: invalid size ${size}`);
    const mtime = Math.floor((entry.mtime?.getTime() ?? 0) / 1000);
    if (!(mtime >= 0 && mtime <= MAX_OCTAL_11)) throw new RangeError(`writeTar: ${path}: mtime out of ustar range`);

    const split = splitUstarPath(path);
    const paxSize = size > MAX_OCTAL_11;
    if (split === null || paxSize) {
      let records = '';
      if (split === null) records += paxRecord('path', path);
      if (paxSize) records += paxRecord('size', String(size));
      const base = path.slice(path.lastIndexOf('/') + 1);
      yield encodeHeader({ name: `PaxHeaders/${base}`.slice(0, 100), prefix: '', type: TYPE_PAX, size: records.length, mtime });
      const body = new Uint8Array(records.length + padding(records.length));
      body.set(bytes(records));
      yield body;
    }
    // With a pax path, the ustar fields carry the base name only, for readers that ignore pax.
    const ustar = split ?? { prefix: '', name: path.slice(path.lastIndexOf('/') + 1).slice(0, 100) };
    yield encodeHeader({ ...ustar, type: TYPE_REGULAR, size: paxSize ? 0 : size, mtime });

    let written = 0;
    for await (const chunk of entry.data instanceof Uint8Array ? [entry.data] : entry.data) {
      if (!(chunk instanceof Uint8Array)) throw new TypeError(`writeTar: ${path}: data chunks must be Uint8Array`);
      written += chunk.length;
      // Checked before yielding: a longer entry would corrupt every later header.
      if (written > size) throw new RangeError(`writeTar: ${path}: data is longer than its size ${size}`);
      if (chunk.length > 0) yield chunk;
    }
    if (written !== size) throw new RangeError(`writeTar: ${path}: data is ${written} bytes, size says ${size}`);
    if (padding(size) > 0) yield new Uint8Array(padding(size));
  }
  yield new Uint8Array(2 * BLOCK);
}

/** A split at a '/' with prefix ≤ 155 and name ≤ 100 bytes (both non-empty), or null when there is none. */
function splitUstarPath(path: string): { prefix: string; name: string } | null {
  if (path.length <= 100) return { prefix: '', name: path };
  for (let i = path.indexOf('/'); i !== -1 && i <= 155; i = path.indexOf('/', i + 1)) {
    if (path.length - i - 1 <= 100) return { prefix: path.slice(0, i), name: path.slice(i + 1) };
  }
  return null;
}

/** "%d %s=%s\n" where %d counts the whole record, itself included. ASCII only, so length = bytes. */
function paxRecord(keyword: string, value: string): string {
  const rest = keyword.length + value.length + 3; // ' ', '=', '\n'
  let length = rest + 1;
  while (length !== rest + String(length).length) length = rest + String(length).length;
  return `${length} ${keyword}=${value}\n`;
}

function encodeHeader(f: { name: string; prefix: string; type: number; size: number; mtime: number }): Uint8Array {
  const h = new Uint8Array(BLOCK);
  h.set(bytes(f.name), F.name[0]);
  putOctal(h, F.mode, 0o644);
  putOctal(h, F.uid, 0);
  putOctal(h, F.gid, 0);
  putOctal(h, F.size, f.size);
  putOctal(h, F.mtime, f.mtime);
  h.fill(0x20, F.chksum[0], F.chksum[0] + F.chksum[1]);
  h[F.typeflag[0]] = f.type;
  h.set(POSIX_MAGIC, F.magic[0]);
  putOctal(h, F.devmajor, 0);
  putOctal(h, F.devminor, 0);
  h.set(bytes(f.prefix), F.prefix[0]);
  let sum = 0;
  for (const b of h) sum += b;
  putOctal(h, [F.chksum[0], 7], sum); // six digits and NUL; the eighth byte stays a space, as GNU tar writes it
  return h;
}

/** Zero-padded octal, NUL-terminated, filling the field. */
function putOctal(h: Uint8Array, [off, len]: readonly [number, number], value: number): void {
  const digits = value.toString(8).padStart(len - 1, '0');
  if (digits.length > len - 1) throw new RangeError(`tar: ${value} does not fit a ${len}-byte field`);
  h.set(bytes(digits), off);
  h[off + len - 1] = 0;
}

// ---------------------------------------------------------------------------------------------
// Helpers

function padding(size: number): number {
  return (BLOCK - (size % BLOCK)) % BLOCK;
}

function isZeroBlock(h: Uint8Array): boolean {
  for (let i = 0; i < BLOCK; i++) if (h[i] !== 0) return false;
  return true;
}

function startsWith(h: Uint8Array, off: number, expected: Uint8Array): boolean {
  for (let i = 0; i < expected.length; i++) if (h[off + i] !== expected[i]) return false;
  return true;
}

function isOctalDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x37;
}

function isDecimalDigit(b: number): boolean {
  return b >= 0x30 && b <= 0x39;
}

function isPad(b: number): boolean {
  return b === 0x00 || b === 0x20;
}

/** Latin-1 bytes of an ASCII string (callers only pass ASCII). */
function bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}
