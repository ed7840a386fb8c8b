// The bundle tar reader and writer (main/bundle/tar.ts): round trips, chunking independence, every
// rejection of BUNDLE-FORMAT.md §2 on hand-made headers, and that the reader pulls no more than it needs.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  readTar,
  TarError,
  type TarEvent,
  type TarInputEntry,
  type TarReadLimits,
  validateBundlePath,
  writeTar,
} from '../../main/bundle/tar';

// ---- helpers ----------------------------------------------------------------------------------

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let off = 0;
  for (const p of parts) {
    out.set(p, off);
    off += p.length;
  }
  return out;
}

async function bytesOf(gen: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const p of gen) parts.push(p.slice());
  return concat(parts);
}

/** Feeds bytes in chunks whose sizes come from next(); counts pulls. */
function chunked(data: Uint8Array, next: () => number = () => data.length): AsyncIterable<Uint8Array> & { pulls: number; closed: boolean } {
  const state = {
    pulls: 0,
    closed: false,
    async *[Symbol.asyncIterator](): AsyncGenerator<Uint8Array> {
      try {
        for (let off = 0; off < data.length; ) {
          const n = Math.max(1, next());
          state.pulls++;
          yield data.subarray(off, off + n);
          off += n;
        }
      } finally {
        state.closed = true;
      }
    },
  };
  return state;
}

type Read = { path: string; size: number; index: number; data: Uint8Array };

/** Reads a whole archive, checking the event grammar, and joins each entry's data. */
async function readAll(source: AsyncIterable<Uint8Array>, limits?: TarReadLimits): Promise<Read[]> {
  // Plain checks, not expect(): this runs once per byte in the 1-byte-chunk tests.
  const grammar = (ok: boolean): void => {
    if (!ok) throw new Error('readTar broke the event grammar');
  };
  const out: Read[] = [];
  let current: { entry: Extract<TarEvent, { kind: 'entry' }>; parts: Uint8Array[] } | null = null;
  let ended = false;
  for await (const ev of readTar(source, limits)) {
    grammar(!ended);
    switch (ev.kind) {
      case 'entry':
        grammar(current === null);
        current = { entry: ev, parts: [] };
        break;
      case 'data':
        grammar(current !== null && ev.chunk.length > 0);
        current!.parts.push(ev.chunk.slice());
        break;
      case 'entry-end': {
        grammar(current !== null);
        const { entry, parts } = current!;
        const data = concat(parts);
        grammar(data.length === entry.size);
        out.push({ path: entry.path, size: entry.size, index: entry.index, data });
        current = null;
        break;
      }
      case 'archive-end':
        grammar(current === null);
        ended = true;
        break;
    }
  }
  grammar(ended);
  return out;
}

async function expectReject(data: Uint8Array, code: string, detail: string, limits?: TarReadLimits): Promise<void> {
  // Whole, and byte by byte: the verdict must not depend on how the input is cut.
  for (const source of [chunked(data), chunked(data, () => 1)]) {
    const error = await readAll(source, limits).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TarError);
    expect({ code: (error as TarError).code, detail: (error as TarError).detail }).toEqual({ code, detail });
  }
}

const pad = (data: Uint8Array): Uint8Array => concat([data, new Uint8Array((512 - (data.length % 512)) % 512)]);
const END = new Uint8Array(1024);

type HeaderOptions = {
  name?: string | Uint8Array;
  prefix?: string;
  type?: string;
  size?: number;
  magic?: string; // 8 bytes: magic + version
  /** Raw field writes [offset, bytes], applied before the checksum. */
  fields?: Array<[number, string | Uint8Array]>;
  checksum?: 'unsigned' | 'signed' | 'wrong';
};

/** One ustar header block made by hand, so that the tests do not depend on the writer under test. */
function header(o: HeaderOptions = {}): Uint8Array {
  const h = new Uint8Array(512);
  const put = (off: number, v: string | Uint8Array): void => h.set(typeof v === 'string' ? ascii(v) : v, off);
  put(0, o.name ?? 'file.txt');
  put(100, '0000644\0');
  put(108, '0000000\0');
  put(116, '0000000\0');
  put(124, `${(o.size ?? 0).toString(8).padStart(11, '0')}\0`);
  put(136, '14707054020\0');
  put(156, o.type ?? '0');
  put(257, o.magic ?? 'ustar\u000000');
  put(329, '0000000\0');
  put(337, '0000000\0');
  put(345, o.prefix ?? '');
  for (const [off, v] of o.fields ?? []) put(off, v);
  h.fill(0x20, 148, 156);
  let sum = 0;
  for (const b of h) sum += o.checksum === 'signed' && b > 127 ? b - 256 : b;
  if (o.checksum === 'wrong') sum += 1;
  put(148, `${sum.toString(8).padStart(6, '0')}\0`);
  return h;
}

/** A regular file entry: header and padded data. */
const file = (name: string, data: Uint8Array = new Uint8Array(0), o: HeaderOptions = {}): Uint8Array =>
  concat([header({ name, size: data.length, ...o }), pad(data)]);

function paxRecord(keyword: string, value: string): string {
  const rest = utf8(`${keyword}=${value}`).length + 2;
  let len = rest + 1;
  while (len !== rest + String(len).length) len = rest + String(len).length;
  return `${len} ${keyword}=${value}\n`;
}

/** A pax header entry ('x' or 'g') with the given body. */
const pax = (body: string | Uint8Array, type = 'x'): Uint8Array => {
  const data = typeof body === 'string' ? utf8(body) : body;
  return concat([header({ name: 'PaxHeaders/x', type, size: data.length }), pad(data)]);
};

const tar = (...parts: Uint8Array[]): Uint8Array => concat([...parts, END]);

async function roundTrip(entries: TarInputEntry[]): Promise<{ archive: Uint8Array; read: Read[] }> {
  const archive = await bytesOf(writeTar(entries));
  return { archive, read: await readAll(chunked(archive)) };
}

// ---- round trips ------------------------------------------------------------------------------

describe('writeTar → readTar', () => {
  it('keeps files of every size around the block edges, and a 5 MiB one', async () => {
    const sizes = [0, 1, 511, 512, 513, 1024, 5 * 1024 * 1024];
    const entries = sizes.map((n, i) => ({ path: `attachments/f${i}-${n}`, size: n, data: randomBytes(n) }));
    const { archive, read } = await roundTrip(entries);
    expect(archive.length % 512).toBe(0);
    expect(read.map((r) => [r.path, r.size, r.index])).toEqual(entries.map((e, i) => [e.path, e.size, i]));
    read.forEach((r, i) => expect(Buffer.from(r.data).equals(entries[i]!.data as Buffer)).toBe(true));
  });

  it('streams AsyncIterable data and gives deterministic bytes', async () => {
    const data = randomBytes(3000);
    async function* parts(): AsyncGenerator<Uint8Array> {
      yield data.subarray(0, 1);
      yield data.subarray(1, 1);
      yield data.subarray(1);
    }
    const a = await bytesOf(writeTar([{ path: 'manifest.json', size: 3000, data: parts() }]));
    const b = await bytesOf(writeTar([{ path: 'manifest.json', size: 3000, data }]));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect((await readAll(chunked(a)))[0]!.data).toEqual(new Uint8Array(data));
  });

  it('splits a long path into prefix and name, and uses a pax path only when no split fits', async () => {
    const split = `reports/${'d'.repeat(90)}/${'n'.repeat(95)}`; // 194 bytes, splits at the second '/'
    const unsplittable = `attachments/${'h'.repeat(150)}`; // name part alone exceeds 100 bytes
    const exact200 = `ab/${'b'.repeat(98)}/${'c'.repeat(98)}`;
    for (const path of [split, unsplittable, exact200]) {
      const { archive, read } = await roundTrip([{ path, size: 3, data: ascii('abc') }]);
      expect(read.map((r) => r.path)).toEqual([path]);
      expect(String.fromCharCode(archive[156]!)).toBe(path === unsplittable ? 'x' : '0');
    }
    expect(exact200.length).toBe(200);
  });

  it('round-trips many entries with their indexes', async () => {
    const entries = Array.from({ length: 1500 }, (_, i) => ({ path: `reports/r${i}.json`, size: i % 700, data: randomBytes(i % 700) }));
    const { read } = await roundTrip(entries);
    expect(read.length).toBe(1500);
    expect(read.every((r, i) => r.index === i && r.path === entries[i]!.path && Buffer.from(r.data).equals(entries[i]!.data))).toBe(true);
  });

  it('gives identical events for 1-byte chunks, random chunks and one chunk', async () => {
    const entries = [0, 1, 511, 512, 513, 70_000].map((n, i) => ({ path: `attachments/${'x'.repeat(120)}${i}`, size: n, data: randomBytes(n) }));
    const archive = await bytesOf(writeTar(entries));
    const whole = await readAll(chunked(archive));
    expect(await readAll(chunked(archive, () => 1))).toEqual(whole);
    for (let round = 0; round < 5; round++) {
      expect(await readAll(chunked(archive, () => 1 + Math.floor(Math.random() * 2000)))).toEqual(whole);
    }
  });

  it('hands out data as views of the input, without copying', async () => {
    const archive = tar(file('a.bin', randomBytes(2000)));
    const chunks: Uint8Array[] = [];
    for await (const ev of readTar(chunked(archive))) if (ev.kind === 'data') chunks.push(ev.chunk);
    expect(chunks.length).toBe(1);
    expect(chunks[0]!.buffer).toBe(archive.buffer);
  });

  it('writes a ustar header GNU-style: mode 0644, owner 0, empty names, unsigned checksum', async () => {
    const archive = await bytesOf(writeTar([{ path: 'manifest.json', size: 1, data: ascii('x'), mtime: new Date(1_700_000_000_500) }]));
    const h = archive.subarray(0, 512);
    const field = (off: number, len: number): string => String.fromCharCode(...h.subarray(off, off + len));
    expect(field(100, 8)).toBe('0000644\0');
    expect(field(108, 16)).toBe('0000000\u00000000000\0');
    expect(field(136, 12)).toBe(`${(1_700_000_000).toString(8)}\0`);
    expect(field(257, 8)).toBe('ustar\u000000');
    expect(field(265, 64)).toBe('\0'.repeat(64));
    expect(archive.length).toBe(512 + 512 + 1024);
  });
});

describe('writeTar refuses what the reader would refuse', () => {
  const write = (entries: TarInputEntry[]): Promise<Uint8Array> => bytesOf(writeTar(entries));
  it.each([
    ['/etc/passwd', 'absolute-path'],
    ['../x', 'traversal'],
    ['a//b', 'bad-path'],
    ['a\\b', 'bad-path'],
    [`a/${'b'.repeat(199)}`, 'path-too-long'],
  ])('path %j → %s', async (path, detail) => {
    await expect(write([{ path, size: 0, data: new Uint8Array(0) }])).rejects.toMatchObject({ code: 'unsafe-entry', detail });
  });

  it('refuses a duplicate path, a wrong size and a bad mtime', async () => {
    const e = { path: 'a', size: 1, data: ascii('x') };
    await expect(write([e, e])).rejects.toMatchObject({ code: 'unsafe-entry', detail: 'duplicate-path' });
    await expect(write([{ ...e, size: 2 }])).rejects.toThrow(RangeError);
    await expect(write([{ ...e, size: 0 }])).rejects.toThrow(RangeError);
    await expect(write([{ ...e, size: -1 }])).rejects.toThrow(RangeError);
    await expect(write([{ ...e, mtime: new Date(-1000) }])).rejects.toThrow(RangeError);
  });
});

describe('validateBundlePath', () => {
  it.each([
    ['manifest.json', null],
    ['attachments/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08', null],
    ['a/b_c-d.e', null],
    ['', 'bad-path'],
    ['/etc/passwd', 'absolute-path'],
    ['a/../b', 'traversal'],
    ['..', 'traversal'],
    ['./a', 'bad-path'],
    ['a/.', 'bad-path'],
    ['a/', 'bad-path'],
    ['a//b', 'bad-path'],
    ['a\\b', 'bad-path'],
    ['a\0b', 'bad-path'],
    ['a b', 'bad-path'],
    ['C:x', 'bad-path'],
    ['caf\u00e9', 'bad-path'],
    ['evil\u202Etxt.exe', 'bad-path'],
    ['x'.repeat(200), null],
    ['x'.repeat(201), 'path-too-long'],
  ])('%j', (path, detail) => {
    expect(validateBundlePath(path)).toEqual(detail === null ? { ok: true } : { ok: false, detail });
  });
});

// ---- the reader on hand-made archives -----------------------------------------------------------

describe('readTar accepts', () => {
  it('ustar with a prefix, a pax path and a pax size', async () => {
    const read = await readAll(
      chunked(
        tar(
          file('n.txt', ascii('1'), { prefix: 'reports/deep' }),
          pax(paxRecord('mtime', '1.5') + paxRecord('path', 'attachments/long')),
          file('ignored-ustar-name', ascii('22')),
          pax(paxRecord('size', '3')),
          concat([header({ name: 'sized', size: 0 }), pad(ascii('333'))]),
          file('old-style', ascii('4'), { type: '\0' }),
        ),
      ),
    );
    expect(read.map((r) => [r.path, new TextDecoder().decode(r.data)])).toEqual([
      ['reports/deep/n.txt', '1'],
      ['attachments/long', '22'],
      ['sized', '333'],
      ['old-style', '4'],
    ]);
  });

  it('a global header without path or size, which it ignores', async () => {
    const read = await readAll(chunked(tar(pax(paxRecord('comment', 'hi = there\n'), 'g'), file('a', ascii('x')))));
    expect(read.map((r) => r.path)).toEqual(['a']);
  });

  it('an end at a block boundary without zero blocks, an empty archive, and a lone zero block', async () => {
    expect((await readAll(chunked(file('a', ascii('x'))))).map((r) => r.path)).toEqual(['a']);
    expect(await readAll(chunked(new Uint8Array(0)))).toEqual([]);
    expect(await readAll(chunked(END))).toEqual([]);
    expect((await readAll(chunked(concat([file('a'), new Uint8Array(512)])))).length).toBe(1);
  });

  it('ignores anything after the first zero block, without reading it', async () => {
    const garbage = concat([new Uint8Array(512), header({ name: '/etc/passwd', type: '2' }), ascii('junk')]);
    const archive = concat([file('a', ascii('x')), garbage]);
    const source = chunked(archive, () => 512);
    expect((await readAll(source)).map((r) => r.path)).toEqual(['a']);
    expect(source.pulls).toBe(3); // header, data block, zero block
    expect(source.closed).toBe(true);
  });

  it('the forms writers use for numbers it never uses: empty, full-width, leading spaces, base-256', async () => {
    const base256 = Uint8Array.from([0x80, 0, 0, 0, 0, 0, 0, 0, 0x7f, 0xff, 0xff, 0xff]);
    const forms: Array<[number, string | Uint8Array]> = [
      [329, '\0'.repeat(8)],
      [337, '        '],
      [108, '12345670'],
      [116, '   1750 '],
      [136, base256],
    ];
    expect((await readAll(chunked(tar(file('a', ascii('x'), { fields: forms }))))).length).toBe(1);
  });

  it('an unsigned checksum over high bytes, as GNU tar writes it', async () => {
    const fields: Array<[number, Uint8Array]> = [[265, utf8('bäcker')]];
    expect((await readAll(chunked(tar(file('a', ascii('x'), { fields, checksum: 'unsigned' }))))).length).toBe(1);
  });
});

describe('readTar rejects', () => {
  it.each([
    ['1', 'hard-link'],
    ['2', 'symlink'],
    ['3', 'device'],
    ['4', 'device'],
    ['5', 'directory'],
    ['6', 'fifo'],
    ['7', 'contiguous'],
    ['L', 'gnu-long-name'],
    ['K', 'gnu-long-link'],
    ['N', 'gnu-old-long-name'],
    ['S', 'sparse'],
    ['D', 'gnu-dumpdir'],
    ['M', 'gnu-multivolume'],
    ['V', 'gnu-volume-label'],
    ['X', 'unknown-type:X'],
    ['A', 'unknown-type:A'],
    ['\u0007', 'unknown-type:0x07'],
    [' ', 'unknown-type:0x20'],
  ])('typeflag %j as unsafe-entry %s', async (type, detail) => {
    await expectReject(tar(file('a', ascii('x')), header({ name: 'b', type })), 'unsafe-entry', detail);
  });

  it('a GNU long name in GNU dialect as the long name it is', async () => {
    const long = 'a'.repeat(150);
    const gnu = concat([header({ name: '././@LongLink', type: 'L', size: 151, magic: 'ustar  \0' }), pad(ascii(`${long}\0`))]);
    await expectReject(tar(gnu, file(long.slice(0, 100), ascii('x'), { magic: 'ustar  \0' })), 'unsafe-entry', 'gnu-long-name');
  });

  it.each([
    ['/etc/passwd', 'absolute-path'],
    ['../etc/passwd', 'traversal'],
    ['a/../../b', 'traversal'],
    ['a\\b', 'bad-path'],
    ['a//b', 'bad-path'],
    ['./a', 'bad-path'],
    ['a/./b', 'bad-path'],
    ['dir/', 'bad-path'],
    ['caf\u00e9', 'bad-path'],
  ])('ustar name %j as unsafe-entry %s', async (name, detail) => {
    await expectReject(tar(file(name, ascii('x'))), 'unsafe-entry', detail);
  });

  it('a path over 200 bytes (prefix + name), and over a configured limit', async () => {
    await expectReject(tar(file('n'.repeat(100), ascii('x'), { prefix: 'p'.repeat(100) })), 'unsafe-entry', 'path-too-long');
    expect((await readAll(chunked(tar(file('n'.repeat(99), ascii('x'), { prefix: 'p'.repeat(100) }))))).length).toBe(1);
    await expectReject(tar(file('abcdef', ascii('x'))), 'unsafe-entry', 'path-too-long', { maxPathBytes: 5 });
  });

  it('a NUL inside the ustar name, or an empty name', async () => {
    await expectReject(tar(file('', ascii('x'), { name: ascii('safe\0/../../x') })), 'unsafe-entry', 'bad-path');
    await expectReject(tar(file('', ascii('x'), { name: '' })), 'unsafe-entry', 'bad-path');
  });

  it.each([
    ['bidi override U+202E', 'attachments/evil\u202Egpj.exe', 'bad-path'],
    ['non-ASCII', 'reports/é.json', 'bad-path'],
    ['NUL', 'a\0b', 'bad-path'],
    ['backslash', 'a\\b', 'bad-path'],
    ['absolute', '/etc/passwd', 'absolute-path'],
    ['traversal', 'a/../b', 'traversal'],
    ['201 bytes', `a/${'b'.repeat(199)}`, 'path-too-long'],
    ['empty', '', 'bad-path'],
  ])('a pax path with %s', async (_what, path, detail) => {
    await expectReject(tar(pax(paxRecord('path', path)), file('innocent', ascii('x'))), 'unsafe-entry', detail);
  });

  it('invalid UTF-8 in a pax path', async () => {
    const body = concat([ascii('13 path=a'), Uint8Array.from([0xc3, 0x28]), ascii('b\n')]);
    await expectReject(tar(pax(body), file('innocent')), 'unsafe-entry', 'bad-path');
  });

  it('a duplicate path, also when spelled once by ustar and once by pax', async () => {
    await expectReject(tar(file('a', ascii('1')), file('a', ascii('2'))), 'unsafe-entry', 'duplicate-path');
    await expectReject(tar(file('r/a', ascii('1')), pax(paxRecord('path', 'r/a')), file('other')), 'unsafe-entry', 'duplicate-path');
    await expectReject(tar(file('a', ascii('1'), { prefix: 'r' }), file('r/a')), 'unsafe-entry', 'duplicate-path');
  });

  it('global headers that would rename or resize later entries, as GNU tar applies them', async () => {
    await expectReject(tar(pax(paxRecord('path', 'evil'), 'g'), file('a')), 'unsafe-entry', 'global-path');
    await expectReject(tar(pax(paxRecord('size', '0'), 'g'), file('a')), 'unsafe-entry', 'global-size');
  });

  it('GNU sparse and multi-volume pax keywords, which GNU tar uses to rename or reshape a file', async () => {
    await expectReject(tar(pax(paxRecord('GNU.sparse.name', 'x') + paxRecord('GNU.sparse.major', '1')), file('a')), 'unsafe-entry', 'sparse');
    await expectReject(tar(pax(paxRecord('GNU.sparse.offset', '0') + paxRecord('GNU.sparse.offset', '1')), file('a')), 'unsafe-entry', 'sparse');
    await expectReject(tar(pax(paxRecord('GNU.volume.offset', '5')), file('a')), 'unsafe-entry', 'gnu-multivolume');
  });

  it('a bad checksum, including the signed variant', async () => {
    await expectReject(tar(file('a', ascii('x'), { checksum: 'wrong' })), 'bad-archive', 'bad-checksum');
    const fields: Array<[number, Uint8Array]> = [[265, utf8('bäcker')]];
    await expectReject(tar(file('a', ascii('x'), { fields, checksum: 'signed' })), 'bad-archive', 'bad-checksum');
    // A corrupt checksum field: patched after the sum, so the field itself is what fails.
    const h = header({ name: 'a' });
    h.set(ascii('        '), 148);
    await expectReject(tar(h), 'bad-archive', 'bad-checksum');
  });

  it.each([
    ['POSIX magic with a wrong version', 'ustar\u000001', 'bad-magic'],
    ['old GNU magic', 'ustar  \0', 'gnu-magic'],
    ['no magic (v7)', '\0'.repeat(8), 'bad-magic'],
    ['garbage', 'USTAR\u000000', 'bad-magic'],
  ])('%s as bad-archive', async (_what, magic, detail) => {
    await expectReject(tar(file('a', ascii('x'), { magic })), 'bad-archive', detail);
  });

  it.each([
    ['a non-octal digit', [124, '0000000008\0\0'], 'bad-size'],
    ['no digits', [124, '\0'.repeat(12)], 'bad-size'],
    ['a leading space', [124, ' 0000000001\0'], 'bad-size'],
    ['12 digits without terminator', [124, '000000000001'], 'bad-size'],
    ['a digit after the terminator', [124, '0000000001\u00001'], 'bad-size'],
    ['base-256', [124, Uint8Array.from([0x80, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])], 'bad-size'],
    ['a bad mode', [100, '000064x\0'], 'bad-mode'],
    ['a bad uid', [108, '-000001\0'], 'bad-uid'],
    ['a bad mtime', [136, '1470705402a\0'], 'bad-mtime'],
    ['a bad base-256 marker', [116, Uint8Array.from([0x81, 0, 0, 0, 0, 0, 0, 1])], 'bad-gid'],
    ['a bad devmajor', [329, '0 0\0\0\0\0\0'], 'bad-devmajor'],
  ] as Array<[string, [number, string | Uint8Array], string]>)('a numeric field with %s', async (_what, field, detail) => {
    await expectReject(tar(file('a', ascii('x'), { fields: [field] })), 'bad-archive', detail);
  });

  it.each([
    ['a wrong length', '11 path=abc\n'],
    ['a length past the data', '99 path=abc\n'],
    ['a leading zero in the length', '012 path=ab\n'],
    ['no space after the length', '11path=abc\n'],
    ['no length', ' path=abc\n'],
    ['no =', '10 pathab\n'],
    ['an empty keyword', '7 =abc\n'],
    ['no newline at the end', '12 path=abc '],
    ['trailing NUL padding', '12 path=abc\n\0\0'],
    ['a keyword with a space', '13 pa th=abc\n'],
  ])('a pax record with %s', async (_what, body) => {
    await expectReject(tar(pax(body), file('a')), 'bad-archive', 'bad-pax-record');
  });

  it('a duplicate pax keyword, and in a global header too', async () => {
    await expectReject(tar(pax(paxRecord('path', 'a') + paxRecord('path', 'b')), file('c')), 'bad-archive', 'duplicate-pax-keyword');
    await expectReject(tar(pax(paxRecord('mtime', '1') + paxRecord('mtime', '2'), 'g'), file('c')), 'bad-archive', 'duplicate-pax-keyword');
  });

  it.each(['', 'abc', '-1', '+1', '01', '1.0', '1e3', ' 1', '0x10'])('a pax size %j', async (size) => {
    await expectReject(tar(pax(paxRecord('size', size)), file('a')), 'bad-archive', 'bad-pax-size');
  });

  it('a pax size beyond exact integers as too-large', async () => {
    await expectReject(tar(pax(paxRecord('size', '9007199254740993')), file('a')), 'too-large', 'entry-size');
  });

  it('an oversized pax header as too-large, before reading its data', async () => {
    const body = paxRecord('comment', 'c'.repeat(64 * 1024));
    await expectReject(tar(pax(body), file('a')), 'too-large', 'pax-header');
    await expectReject(tar(pax(paxRecord('path', 'abc')), file('a')), 'too-large', 'pax-header', { maxPaxBytes: 10 });
    // The limit is judged on the header alone: the data need not even be there.
    const source = chunked(header({ name: 'P', type: 'x', size: 10_000_000 }));
    await expect(readAll(source)).rejects.toMatchObject({ code: 'too-large' });
    const ok = tar(pax(paxRecord('comment', 'c'.repeat(64 * 1024 - 20))), file('a'));
    expect((await readAll(chunked(ok))).length).toBe(1);
  });

  it('pax headers in the wrong place', async () => {
    await expectReject(tar(pax(paxRecord('path', 'a')), pax(paxRecord('path', 'b')), file('c')), 'bad-archive', 'misplaced-pax-header');
    await expectReject(tar(pax(paxRecord('path', 'a')), pax(paxRecord('mtime', '1'), 'g'), file('c')), 'bad-archive', 'misplaced-pax-header');
    await expectReject(tar(pax(paxRecord('path', 'a'))), 'bad-archive', 'dangling-pax-header');
    await expectReject(pax(paxRecord('path', 'a')), 'bad-archive', 'dangling-pax-header');
    await expectReject(tar(pax(paxRecord('path', 'a')), header({ name: 'l', type: '2' })), 'unsafe-entry', 'symlink');
  });

  describe('truncation', () => {
    const whole = tar(file('a', randomBytes(700)), pax(paxRecord('path', 'b')), file('x', randomBytes(10)));
    it.each([
      ['mid-header', 100, 'truncated-header'],
      ['after the header, before data', 512, 'truncated-data'],
      ['mid-data', 1000, 'truncated-data'],
      ['in the padding', 512 + 700 + 1, 'truncated-padding'],
      ['mid-pax header', 1536 + 100, 'truncated-header'],
      ['mid-pax data', 1536 + 512 + 5, 'truncated-pax'],
      ['before pax data', 1536 + 512, 'truncated-pax'],
      ['after a pax header, before its entry', 1536 + 1024, 'dangling-pax-header'],
      ['mid-header after pax', 1536 + 1024 + 3, 'truncated-header'],
    ])('%s', async (_what, at, detail) => {
      await expectReject(whole.subarray(0, at), 'bad-archive', detail);
    });
  });
});

describe('readTar pulls only what it needs', () => {
  const archive = tar(file('a', randomBytes(100_000)), file('b', randomBytes(10)));

  it('a consumer that returns on an entry event stops the input', async () => {
    const source = chunked(archive, () => 512);
    for await (const ev of readTar(source)) if (ev.kind === 'entry') break;
    expect(source.pulls).toBe(1);
    expect(source.closed).toBe(true);
  });

  it('a consumer that throws on an entry event stops the input', async () => {
    const source = chunked(archive, () => 512);
    const read = async (): Promise<void> => {
      for await (const ev of readTar(source)) if (ev.kind === 'entry' && ev.size > 1000) throw new Error('too-large for this consumer');
    };
    await expect(read()).rejects.toThrow('too-large for this consumer');
    expect(source.pulls).toBe(1);
    expect(source.closed).toBe(true);
  });

  it('a rejection stops the input at the offending header', async () => {
    const bad = tar(file('a', ascii('x')), header({ name: 'l', type: '2' }), file('c', randomBytes(100_000)));
    const source = chunked(bad, () => 512);
    await expect(readAll(source)).rejects.toMatchObject({ detail: 'symlink' });
    expect(source.pulls).toBe(3);
    expect(source.closed).toBe(true);
  });

  it('passes on the input’s own error unchanged', async () => {
    async function* failing(): AsyncGenerator<Uint8Array> {
      yield archive.subarray(0, 600);
      throw new Error('decrypt-failed');
    }
    await expect(readAll(failing())).rejects.toThrow('decrypt-failed');
  });

  it('refuses input chunks that are not bytes', async () => {
    async function* strings(): AsyncGenerator<unknown> {
      yield 'not bytes';
    }
    await expect(readAll(strings() as AsyncIterable<Uint8Array>)).rejects.toThrow(TypeError);
  });
});
