// The encrypted blob store for attachments, beside the database. Each blob is sealed on its own
// (blob-seal.ts). Small blobs written between two syncs go one after another into one pack file,
// so a batch of small bundles costs one file and one flush instead of two per attachment; larger
// blobs get a file of their own, named by an HMAC of their content hash. Pack names are random.
// The database records where each blob is (BlobRef); neither names nor bytes reveal anything
// without the VMK.
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import type { BlobLocation, BlobRef } from '../../db/blob-ref';
import { fsyncDir } from '../fs/atomic-write';
import { BlobError, Sealer, blobName, openSealed } from './blob-seal';

export { BLOB_CHUNK, BlobError } from './blob-seal';
export type { BlobLocation, BlobRef } from '../../db/blob-ref';

/** Blobs up to this size go into the pack of the current batch. */
export const PACK_MAX_BLOB = 1024 * 1024;
/** Sealed bytes are written in pieces of about this size. */
const WRITE_BUFFER = 1024 * 1024;
const PACK_NAME = /^[0-9a-f]{32}$/;


/** The store's state at one moment, to undo the writes of a bundle that is then refused. */
export type BlobMark = { readonly generation: number; readonly pack: string | null; readonly packLength: number; readonly files: number };

export interface BlobWriter {
  readonly size: number;
  write(chunk: Uint8Array): void;
  /** Seals the last chunk; the blob is in place but not yet flushed (see syncPending). */
  commit(): BlobLocation;
  /** Drops what this writer wrote. */
  abort(): void;
}

type OpenPack = { name: string; path: string; fd: number; length: number };

export class BlobStore {
  private dirsMade = false;
  private readonly dataDir: string;
  private readonly packsDir: string;
  private readonly tmpDir: string;
  /** The pack of the current batch, created by its first small blob. */
  private pack: OpenPack | null = null;
  /** Blob files moved into place since the last sync, with their open descriptors. */
  private files: { path: string; fd: number }[] = [];
  private active: BlobWriter | null = null;
  /** Counts syncs: a mark from before the last sync can no longer be rolled back to. */
  private generation = 0;

  constructor(
    readonly dir: string,
    private readonly key: Buffer,
  ) {
    // Flat folders: ext4/NTFS index large folders well, and a fan-out costs a mkdir and a folder
    // flush per new sub-folder.
    this.dataDir = join(dir, 'data');
    this.packsDir = join(dir, 'packs');
    this.tmpDir = join(dir, 'tmp');
  }

  private ensureDirs(): void {
    if (this.dirsMade) return;
    for (const d of [this.dataDir, this.packsDir, this.tmpDir]) mkdirSync(d, { recursive: true, mode: 0o700 });
    this.dirsMade = true;
  }

  /** The file name for a content hash: an HMAC, so names cannot be matched to known files. */
  nameFor(sha256hex: string): string {
    return blobName(this.key, sha256hex);
  }

  /** Starts writing the blob for a claimed content hash of `size` bytes; one writer at a time. */
  createWriter(sha256hex: string, size: number): BlobWriter {
    if (this.active) throw new BlobError('another blob is still being written');
    this.ensureDirs();
    const name = this.nameFor(sha256hex);
    const done = () => {
      this.active = null;
    };
    const writer = size <= PACK_MAX_BLOB ? new PackEntryWriter(this.openPack(), this.key, name, done) : this.fileWriter(name, done);
    this.active = writer;
    return writer;
  }

  /**
   * Stores a blob sealed elsewhere (sealBytes, in the bundle reader thread) for a content hash
   * whose plaintext is `size` bytes: into the pack, or a file of its own, as createWriter would.
   */
  putSealed(sha256hex: string, size: number, sealed: Uint8Array): BlobLocation {
    if (this.active) throw new BlobError('another blob is still being written');
    this.ensureDirs();
    if (size <= PACK_MAX_BLOB) {
      const pack = this.openPack();
      writeAll(pack.fd, sealed, pack.length);
      const location: BlobLocation = { kind: 'pack', pack: pack.name, offset: pack.length, length: sealed.length };
      pack.length += sealed.length;
      return location;
    }
    const name = this.nameFor(sha256hex);
    const tmpPath = join(this.tmpDir, `${name}.${randomBytes(6).toString('hex')}`);
    const finalPath = join(this.dataDir, name);
    const fd = openSync(tmpPath, 'wx', 0o600);
    try {
      writeAll(fd, sealed, null);
      renameSync(tmpPath, finalPath);
    } catch (error) {
      closeSync(fd);
      rmSync(tmpPath, { force: true });
      throw error;
    }
    this.files.push({ path: finalPath, fd });
    return { kind: 'file' };
  }

  private openPack(): OpenPack {
    if (!this.pack) {
      const name = randomBytes(16).toString('hex');
      const path = join(this.packsDir, name);
      this.pack = { name, path, fd: openSync(path, 'wx', 0o600), length: 0 };
    }
    return this.pack;
  }

  private fileWriter(name: string, done: () => void): BlobWriter {
    const finalPath = join(this.dataDir, name);
    return new FileBlobWriter(join(this.tmpDir, `${name}.${randomBytes(6).toString('hex')}`), finalPath, this.key, name, (fd) => {
      this.files.push({ path: finalPath, fd });
      done();
    }, done);
  }

  mark(): BlobMark {
    if (this.active) throw new BlobError('cannot mark while a blob is being written');
    return { generation: this.generation, pack: this.pack?.name ?? null, packLength: this.pack?.length ?? 0, files: this.files.length };
  }

  /** Removes every blob written since `mark` (not yet synced): a refused bundle leaves nothing. */
  rollbackTo(mark: BlobMark): void {
    if (mark.generation !== this.generation) throw new BlobError('the blobs of that mark are already synced');
    this.active?.abort();
    if (this.pack) {
      if (this.pack.name === mark.pack) {
        ftruncateSync(this.pack.fd, mark.packLength);
        this.pack.length = mark.packLength;
      } else {
        this.dropPack();
      }
    }
    for (const f of this.files.splice(mark.files)) {
      closeSync(f.fd);
      rmSync(f.path, { force: true });
    }
  }

  private dropPack(): void {
    if (!this.pack) return;
    closeSync(this.pack.fd);
    rmSync(this.pack.path, { force: true });
    this.pack = null;
  }

  /**
   * Flushes every blob written since the last call, and their folders, and closes the pack. Call
   * before the database transaction that refers to them commits: a record never points at bytes
   * that are not on disk.
   */
  syncPending(): void {
    if (this.active) throw new BlobError('cannot sync while a blob is being written');
    this.generation++;
    const pack = this.pack;
    const files = this.files;
    this.pack = null;
    this.files = [];
    try {
      if (pack && pack.length === 0) {
        closeSync(pack.fd);
        rmSync(pack.path, { force: true });
      } else if (pack) {
        try {
          fsyncSync(pack.fd);
        } finally {
          closeSync(pack.fd);
        }
        fsyncDir(this.packsDir);
      }
      for (const f of files) fsyncSync(f.fd);
      if (files.length > 0) fsyncDir(this.dataDir);
    } finally {
      for (const f of files) closeSync(f.fd);
    }
  }

  /** Streams the plaintext of a blob, each chunk authenticated before it is yielded. */
  async *read(ref: BlobRef): AsyncGenerator<Buffer> {
    const name = this.nameFor(ref.sha256);
    const loc = ref.location;
    if (loc.kind === 'pack' && (!PACK_NAME.test(loc.pack) || !Number.isSafeInteger(loc.offset) || loc.offset < 0 || !Number.isSafeInteger(loc.length))) {
      throw new BlobError('blob location damaged');
    }
    const file = await open(loc.kind === 'pack' ? join(this.packsDir, loc.pack) : join(this.dataDir, name), 'r');
    try {
      const [start, end] = loc.kind === 'pack' ? [loc.offset, loc.offset + loc.length] : [0, (await file.stat()).size];
      yield* openSealed(file, this.key, name, start, end);
    } finally {
      await file.close();
    }
  }

  async readAll(ref: BlobRef): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const p of this.read(ref)) parts.push(p);
    return Buffer.concat(parts);
  }

  /**
   * Deletes unfinished writes, and blob files and packs no record points at (left by a crash
   * before a commit). Only while no import runs: an import's unsynced blobs look the same.
   */
  sweep(referenced: Iterable<BlobRef>): { removed: number } {
    if (!existsSync(this.dir)) return { removed: 0 };
    const keepFiles = new Set<string>();
    const keepPacks = new Set<string>();
    for (const r of referenced) {
      if (r.location.kind === 'pack') keepPacks.add(r.location.pack);
      else keepFiles.add(this.nameFor(r.sha256));
    }
    let removed = 0;
    for (const [dir, keep] of [[this.dataDir, keepFiles], [this.packsDir, keepPacks], [this.tmpDir, null]] as const) {
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)) {
        if (keep?.has(f)) continue;
        rmSync(join(dir, f), { force: true });
        removed++;
      }
    }
    return { removed };
  }
}

/** Collects sealed pieces and writes them in about 1 MiB at a time. */
class SealedOutput {
  private parts: Buffer[] = [];
  private length = 0;

  constructor(private readonly put: (data: Buffer) => void) {}

  add = (parts: Buffer[]): void => {
    for (const p of parts) {
      this.parts.push(p);
      this.length += p.length;
    }
    if (this.length >= WRITE_BUFFER) this.flush();
  };

  flush(): void {
    if (this.length === 0) return;
    const data = Buffer.concat(this.parts, this.length);
    this.parts = [];
    this.length = 0;
    this.put(data);
  }
}

export function writeAll(fd: number, data: Uint8Array, position: number | null): void {
  let off = 0;
  while (off < data.length) off += writeSync(fd, data, off, data.length - off, position === null ? null : position + off);
}

/** Appends one sealed blob at the end of the batch's pack; the pack's length moves on commit. */
class PackEntryWriter implements BlobWriter {
  private readonly sealer: Sealer;
  private readonly out: SealedOutput;
  private readonly start: number;
  private written = 0;
  private closed = false;

  constructor(
    private readonly pack: OpenPack,
    key: Buffer,
    name: string,
    private readonly done: () => void,
  ) {
    this.start = pack.length;
    this.out = new SealedOutput((data) => {
      writeAll(pack.fd, data, this.start + this.written);
      this.written += data.length;
    });
    this.sealer = new Sealer(key, name, this.out.add);
  }

  get size(): number {
    return this.sealer.size;
  }

  write(chunk: Uint8Array): void {
    if (this.closed) throw new BlobError('blob writer already closed');
    this.sealer.write(chunk);
  }

  commit(): BlobLocation {
    if (this.closed) throw new BlobError('blob writer already closed');
    this.sealer.finish();
    this.out.flush();
    this.closed = true;
    this.pack.length = this.start + this.written;
    this.done();
    return { kind: 'pack', pack: this.pack.name, offset: this.start, length: this.written };
  }

  abort(): void {
    if (this.closed) return;
    this.closed = true;
    ftruncateSync(this.pack.fd, this.start);
    this.done();
  }
}

/** Writes a large blob to a temporary file and moves it into place on commit. */
class FileBlobWriter implements BlobWriter {
  private fd: number | null;
  private readonly sealer: Sealer;
  private readonly out: SealedOutput;

  constructor(
    private readonly tmpPath: string,
    private readonly finalPath: string,
    key: Buffer,
    name: string,
    private readonly onCommitted: (fd: number) => void,
    private readonly onAborted: () => void,
  ) {
    this.fd = openSync(tmpPath, 'wx', 0o600);
    this.out = new SealedOutput((data) => writeAll(this.requireFd(), data, null));
    this.sealer = new Sealer(key, name, this.out.add);
  }

  get size(): number {
    return this.sealer.size;
  }

  write(chunk: Uint8Array): void {
    this.requireFd();
    this.sealer.write(chunk);
  }

  commit(): BlobLocation {
    this.sealer.finish();
    this.out.flush();
    const fd = this.requireFd();
    renameSync(this.tmpPath, this.finalPath);
    // The open file goes to the store, which flushes and closes it with the batch (no re-open).
    this.fd = null;
    this.onCommitted(fd);
    return { kind: 'file' };
  }

  abort(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    rmSync(this.tmpPath, { force: true });
    this.onAborted();
  }

  private requireFd(): number {
    if (this.fd === null) throw new BlobError('blob writer already closed');
    return this.fd;
  }
}
