// The bundle tar reader and writer (main/bundle/tar.ts) against GNU tar, both ways: what GNU tar
// writes in ustar and pax format reads back byte for byte, what it writes that §2 forbids is
// rejected with the right detail, and what writeTar writes GNU tar lists and extracts unchanged.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, createReadStream, linkSync, mkdirSync, openSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readTar, TarError, writeTar } from '../../main/bundle/tar';
import { tempDir } from '../support/temp';

const temp = tempDir('baken-tar-');
const src = join(temp.path, 'src');
afterAll(() => temp.cleanup());

/** Runs GNU tar and returns its stderr, so tests can insist it had nothing to complain about. */
function gnuTar(args: string[], cwd = src): string {
  const result = spawnSync('tar', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`tar ${args.join(' ')} failed: ${result.stderr}`);
  return result.stderr;
}

function put(path: string, data: Uint8Array): void {
  mkdirSync(dirname(join(src, path)), { recursive: true });
  writeFileSync(join(src, path), data);
}

const hex = (n: number): string => randomBytes(n).toString('hex');
const SIZES = [0, 1, 511, 512, 513, 10_240, 1024 * 1024 + 3];
/** Fits ustar only through the prefix field: 183 bytes, split at the inner '/'. */
const PREFIXED = `attachments/${'d'.repeat(80)}/${'e'.repeat(90)}`;
/** No prefix/name split exists: a 150-byte last segment needs a pax path. */
const PAX_ONLY = `attachments/${'h'.repeat(150)}`;
const files = new Map<string, Buffer>();

beforeAll(() => {
  const add = (path: string, data: Buffer): void => {
    files.set(path, data);
    put(path, data);
  };
  add('manifest.json', Buffer.from('{"format":"baken-bundle/1"}\n'));
  add('manifest.json.minisig', randomBytes(300));
  add(`reports/${hex(16)}.json`, randomBytes(2000));
  for (const size of SIZES) add(`attachments/${hex(32)}`, randomBytes(size));
  add(PREFIXED, randomBytes(777));
  add(PAX_ONLY, randomBytes(1500));
});

const ustarPaths = (): string[] => [...files.keys()].filter((p) => p !== PAX_ONLY);

type Entry = { path: string; data: Buffer };

async function readEntries(source: AsyncIterable<Uint8Array>): Promise<Entry[]> {
  const out: Entry[] = [];
  let parts: Buffer[] = [];
  let path = '';
  for await (const ev of readTar(source)) {
    if (ev.kind === 'entry') [path, parts] = [ev.path, []];
    else if (ev.kind === 'data') parts.push(Buffer.from(ev.chunk));
    else if (ev.kind === 'entry-end') out.push({ path, data: Buffer.concat(parts) });
  }
  return out;
}

const readFile = (file: string, highWaterMark = 64 * 1024): Promise<Entry[]> => readEntries(createReadStream(file, { highWaterMark }));

async function rejection(file: string): Promise<{ code: string; detail: string; before: string[] }> {
  const before: string[] = [];
  try {
    for await (const ev of readTar(createReadStream(file))) if (ev.kind === 'entry') before.push(ev.path);
  } catch (error) {
    if (error instanceof TarError) return { code: error.code, detail: error.detail, before };
    throw error;
  }
  throw new Error(`${file} was accepted`);
}

function expectSameFiles(entries: Entry[], paths: string[]): void {
  expect(entries.map((e) => e.path)).toEqual(paths);
  for (const e of entries) expect(e.data.equals(files.get(e.path)!), e.path).toBe(true);
}

describe('archives made by GNU tar', () => {
  it.each(['ustar', 'pax'])('--format=%s reads back with identical names and bytes, however the input is cut', async (format) => {
    const paths = format === 'ustar' ? ustarPaths() : [...files.keys()];
    const archive = join(temp.path, `gnu-${format}.tar`);
    expect(gnuTar([`--format=${format}`, '-cf', archive, ...paths])).toBe('');
    for (const highWaterMark of [1000, 512, 64 * 1024, 1 << 20]) expectSameFiles(await readFile(archive, highWaterMark), paths);
  });

  it('GNU tar stores the long ustar path in the prefix field, and the unsplittable one as a pax path', () => {
    const ustar = readFileSync(join(temp.path, 'gnu-ustar.tar'));
    const pax = readFileSync(join(temp.path, 'gnu-pax.tar'));
    expect(ustar.includes(Buffer.from(`${'d'.repeat(80)}\0`))).toBe(true); // the prefix, NUL-terminated
    expect(pax.includes(Buffer.from(` path=${PAX_ONLY}\n`))).toBe(true);
  });

  it('GNU tar checksums are unsigned, also over non-ASCII owner names', async () => {
    const archive = join(temp.path, 'owner.tar');
    gnuTar(['--format=ustar', '--owner=bäcker:1000', '--group=grüppé:1000', '-cf', archive, 'manifest.json']);
    expect(readFileSync(archive).includes(Buffer.from('bäcker'))).toBe(true);
    expectSameFiles(await readFile(archive), ['manifest.json']);
  });

  it('GNU tar --format=posix gives a size ≥ 8 GiB a pax record, not base-256', async () => {
    const big = join(temp.path, 'big-sparse');
    const fd = openSync(big, 'w');
    writeSync(fd, Buffer.from('x'), 0, 1, 8 * 1024 ** 3); // sparse: one byte past 8 GiB
    closeSync(fd);
    const child = spawn('tar', ['--format=posix', '-cf', '-', 'big-sparse'], { cwd: temp.path, stdio: ['ignore', 'pipe', 'ignore'] });
    const exited = new Promise((resolve) => child.on('close', resolve));
    let size = -1;
    for await (const ev of readTar(child.stdout)) {
      if (ev.kind === 'entry') {
        size = ev.size;
        break; // stop pulling: tar is left writing into a closed pipe
      }
    }
    child.kill();
    await exited;
    expect(size).toBe(8 * 1024 ** 3 + 1);
  });
});

describe('what GNU tar writes that a bundle may not hold', () => {
  const archive = (name: string): string => join(temp.path, name);

  it.each(['ustar', 'pax'])('a symlink, a directory, a hard link, a FIFO and a device (--format=%s)', async (format) => {
    const dir = join(temp.path, `kinds-${format}`);
    mkdirSync(join(dir, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'a'), 'a');
    symlinkSync('a', join(dir, 'link'));
    linkSync(join(dir, 'a'), join(dir, 'hard'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    const make = (name: string, ...members: string[]): string => {
      gnuTar([`--format=${format}`, '-cf', archive(`${format}-${name}.tar`), ...members], dir);
      return archive(`${format}-${name}.tar`);
    };
    expect(await rejection(make('symlink', 'a', 'link'))).toEqual({ code: 'unsafe-entry', detail: 'symlink', before: ['a'] });
    expect(await rejection(make('dir', 'sub'))).toEqual({ code: 'unsafe-entry', detail: 'directory', before: [] });
    expect(await rejection(make('hard', 'a', 'hard'))).toEqual({ code: 'unsafe-entry', detail: 'hard-link', before: ['a'] });
    expect(await rejection(make('fifo', 'fifo'))).toEqual({ code: 'unsafe-entry', detail: 'fifo', before: [] });
    gnuTar([`--format=${format}`, '-cf', archive(`${format}-dev.tar`), 'dev/null'], '/');
    expect(await rejection(archive(`${format}-dev.tar`))).toEqual({ code: 'unsafe-entry', detail: 'device', before: [] });
  });

  // BUNDLE-FORMAT.md §7's recipe names the folders 'reports' and 'attachments', which makes GNU tar
  // write directory entries that §2 forbids; examples/make-sample-bundle.sh names the files instead.
  it('a folder named on the command line, as the §7 recipe does', async () => {
    gnuTar(['--format=ustar', '-cf', archive('recipe-dirs.tar'), 'manifest.json', 'manifest.json.minisig', 'reports']);
    expect(await rejection(archive('recipe-dirs.tar'))).toEqual({
      code: 'unsafe-entry',
      detail: 'directory',
      before: ['manifest.json', 'manifest.json.minisig'],
    });
  });

  it('--format=gnu: a long name as gnu-long-name, and any plain file as the non-POSIX dialect it is', async () => {
    gnuTar(['--format=gnu', '-cf', archive('gnu-long.tar'), PAX_ONLY]);
    expect(await rejection(archive('gnu-long.tar'))).toEqual({ code: 'unsafe-entry', detail: 'gnu-long-name', before: [] });
    gnuTar(['--format=gnu', '-cf', archive('gnu-short.tar'), 'manifest.json']);
    expect(await rejection(archive('gnu-short.tar'))).toEqual({ code: 'bad-archive', detail: 'gnu-magic', before: [] });
    gnuTar(['--format=v7', '-cf', archive('v7.tar'), 'manifest.json']);
    expect(await rejection(archive('v7.tar'))).toEqual({ code: 'bad-archive', detail: 'bad-magic', before: [] });
  });

  it.each([
    ['gnu', []], // typeflag 'S'
    ['pax', ['--sparse-version=0.0']], // GNU.sparse.offset/numbytes records
    ['pax', ['--sparse-version=0.1']], // a GNU.sparse.map record
    ['pax', ['--sparse-version=1.0']], // GNU.sparse.name renames a '0' entry whose data starts with a sparse map
  ])('a sparse file (--format=%s %j)', async (format, extra) => {
    const sparse = join(temp.path, 'sparse');
    const fd = openSync(sparse, 'w');
    writeSync(fd, Buffer.from('end'), 0, 3, 4 * 1024 * 1024);
    closeSync(fd);
    const name = `sparse-${format}-${extra.join('')}.tar`;
    gnuTar([`--format=${format}`, '--sparse', ...extra, '-cf', archive(name), 'sparse'], temp.path);
    expect(await rejection(archive(name))).toEqual({ code: 'unsafe-entry', detail: 'sparse', before: [] });
  });
});

describe('archives made by writeTar, read by GNU tar', () => {
  it('lists and extracts them with identical names and bytes, without a complaint', async () => {
    const archive = join(temp.path, 'baken.tar');
    const paths = [...files.keys()];
    const chunks: Uint8Array[] = [];
    const entries = paths.map((path) => ({ path, size: files.get(path)!.length, data: files.get(path)!, mtime: new Date('2026-11-28T09:30:00Z') }));
    for await (const chunk of writeTar(entries)) chunks.push(chunk);
    writeFileSync(archive, Buffer.concat(chunks));

    const listing = execFileSync('tar', ['-tvf', archive], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim().split('\n');
    expect(listing.map((line) => line.split(/\s+/).slice(5).join(' '))).toEqual(paths);
    for (const [i, line] of listing.entries()) {
      expect(line).toMatch(/^-rw-r--r-- 0\/0 +\d+ \d{4}-\d\d-\d\d \d\d:\d\d /);
      expect(Number(line.split(/\s+/)[2])).toBe(files.get(paths[i]!)!.length);
    }

    const out = join(temp.path, 'extracted');
    mkdirSync(out);
    expect(gnuTar(['-xf', archive, '--no-same-owner'], out)).toBe('');
    const found: string[] = [];
    const walk = (dir: string, rel: string): void => {
      for (const name of readdirSync(dir)) {
        const path = rel ? `${rel}/${name}` : name;
        if (statSync(join(dir, name)).isDirectory()) walk(join(dir, name), path);
        else found.push(path);
      }
    };
    walk(out, '');
    expect(found.sort()).toEqual([...paths].sort());
    for (const path of paths) expect(readFileSync(join(out, path)).equals(files.get(path)!), path).toBe(true);
    expect(statSync(join(out, 'manifest.json')).mtime.toISOString()).toBe('2026-11-28T09:30:00.000Z');
  });

  it('GNU tar reads a writeTar stream from a pipe', async () => {
    const child = spawn('tar', ['-tf', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', resolve));
    for await (const chunk of writeTar([{ path: PAX_ONLY, size: 3, data: Buffer.from('abc') }])) {
      if (!child.stdin.write(chunk)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end();
    expect(await exited).toBe(0);
    expect({ stdout, stderr }).toEqual({ stdout: `${PAX_ONLY}\n`, stderr: '' });
  });
});
