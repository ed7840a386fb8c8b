// The encrypted blob store for attachments: each blob is sealed in 64 KiB AES-256-GCM chunks
// (counter nonce, last-chunk flag, like age's STREAM) under a key derived for that blob from a
// random salt and its name, and named by an HMAC of its content hash, so neither names nor bytes
// reveal anything without the VMK. AES-GCM because Electron's BoringSSL has no ChaCha20-Poly1305
// in node:crypto; with a fresh key per blob the counter nonces never repeat under one key.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { fsyncDir } from '../fs/atomic-write';

const MAGIC = Buffer.from('BKB1', 'ascii');
const NONCE_BYTES = 16;
export const BLOB_CHUNK = 64 * 1024;
const TAG = 16;
const HEADER_BYTES = MAGIC.length + NONCE_BYTES;

export class BlobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlobError';
  }
}

export class BlobStore {
  private dirsMade = false;
  /** Blobs moved into place whose bytes are not yet known to be on disk, with their open files. */
  private pending = new Map<string, number>();
  private readonly dataDir: string;
  private readonly tmpDir: string;

  constructor(
    readonly dir: string,
    private readonly key: Buffer,
  ) {
    // One flat folder: ext4/NTFS index large folders well, and a fan-out costs a mkdir and a folder
    // flush per new sub-folder on the hot path of importing many small bundles.
    this.dataDir = join(dir, 'data');
    this.tmpDir = join(dir, 'tmp');
  }

  private ensureDirs(): void {
    if (this.dirsMade) return;
    mkdirSync(this.dataDir, { recursive: true, mode: 0o700 });
    mkdirSync(this.tmpDir, { recursive: true, mode: 0o700 });
    this.dirsMade = true;
  }

  /**
   * Flushes every blob committed since the last call, and their folders. Call before the database
   * transaction that refers to them commits: a record never points at bytes that are not on disk.
   */
  syncPending(): void {
    if (this.pending.size === 0) return;
    try {
      for (const fd of this.pending.values()) fsyncSync(fd);
      fsyncDir(this.dataDir);
    } finally {
      for (const fd of this.pending.values()) closeSync(fd);
      this.pending.clear();
    }
  }

  /** Forgets an unsynced blob whose bundle was dropped (its file is removed separately). */
  private discardPending(path: string): void {
    const fd = this.pending.get(path);
    if (fd === undefined) return;
    closeSync(fd);
    this.pending.delete(path);
  }

  /** The file name for a content hash: an HMAC, so names cannot be matched to known files. */
  nameFor(sha256hex: string): string {
    return createHmac('sha256', this.key).update(`baken/v1/blob-name/${sha256hex}`).digest('hex');
  }

  pathFor(sha256hex: string): string {
    return join(this.dataDir, this.nameFor(sha256hex));
  }

  private chunkKey(name: string, nonce: Uint8Array): Buffer {
    return Buffer.from(hkdfSync('sha256', this.key, nonce, `baken/v1/blob/${name}`, 32));
  }

  /** Starts writing the blob for a claimed content hash; nothing is visible until commit(). */
  createWriter(sha256hex: string): BlobWriter {
    const name = this.nameFor(sha256hex);
    this.ensureDirs();
    const nonce = randomBytes(NONCE_BYTES);
    const finalPath = join(this.dataDir, name);
    return new BlobWriter(join(this.tmpDir, `${name}.${randomBytes(6).toString('hex')}`), finalPath, this.chunkKey(name, nonce), nonce, (fd) => {
      // A blob of the same name left unsynced in this batch is replaced: its file is gone.
      this.discardPending(finalPath);
      this.pending.set(finalPath, fd);
    });
  }

  /** Streams the plaintext of a blob, each chunk authenticated before it is yielded. */
  async *read(sha256hex: string): AsyncGenerator<Buffer> {
    const name = this.nameFor(sha256hex);
    const file = await open(this.pathFor(sha256hex), 'r');
    try {
      const header = Buffer.alloc(HEADER_BYTES);
      const { bytesRead } = await file.read(header, 0, HEADER_BYTES, 0);
      if (bytesRead !== HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) throw new BlobError('blob header damaged');
      const key = this.chunkKey(name, header.subarray(MAGIC.length));
      const size = (await file.stat()).size;
      let pos = HEADER_BYTES;
      let counter = 0;
      const buf = Buffer.alloc(BLOB_CHUNK + TAG);
      while (pos < size) {
        const len = Math.min(BLOB_CHUNK + TAG, size - pos);
        const r = await file.read(buf, 0, len, pos);
        if (r.bytesRead !== len || len < TAG) throw new BlobError('blob truncated');
        pos += len;
        const last = pos === size;
        yield openChunk(key, counter++, last, buf.subarray(0, len));
      }
      if (counter === 0) throw new BlobError('blob truncated');
    } finally {
      await file.close();
    }
  }

  async readAll(sha256hex: string): Promise<Buffer> {
    const parts: Buffer[] = [];
    for await (const p of this.read(sha256hex)) parts.push(p);
    return Buffer.concat(parts);
  }

  remove(sha256hex: string): void {
    const path = this.pathFor(sha256hex);
    this.discardPending(path);
    rmSync(path, { force: true });
  }

  /** Deletes unfinished writes and blobs no record points at (left by a crash before commit). */
  sweep(referencedHashes: Iterable<string>): { removed: number } {
    if (!existsSync(this.dir)) return { removed: 0 };
    const keep = new Set<string>();
    for (const h of referencedHashes) keep.add(this.nameFor(h));
    let removed = 0;
    for (const [dir, keepSome] of [[this.dataDir, true], [this.tmpDir, false]] as const) {
      if (!existsSync(dir)) continue;
      for (const f of readdirSync(dir)) {
        if (keepSome && keep.has(f)) continue;
        rmSync(join(dir, f), { force: true });
        removed++;
      }
    }
    return { removed };
  }
}

function chunkNonce(counter: number, last: boolean): Buffer {
  const n = Buffer.alloc(12);
  n.writeUIntBE(counter, 5, 6);
  n[11] = last ? 1 : 0;
  return n;
}

function sealChunk(key: Buffer, counter: number, last: boolean, plain: Uint8Array): Buffer[] {
  const c = createCipheriv('aes-256-gcm', key, chunkNonce(counter, last), { authTagLength: TAG });
  return [c.update(plain), c.final(), c.getAuthTag()];
}

function openChunk(key: Buffer, counter: number, last: boolean, sealed: Uint8Array): Buffer {
  const d = createDecipheriv('aes-256-gcm', key, chunkNonce(counter, last), { authTagLength: TAG });
  d.setAuthTag(sealed.subarray(sealed.length - TAG));
  try {
    return Buffer.concat([d.update(sealed.subarray(0, sealed.length - TAG)), d.final()]);
  } catch {
    throw new BlobError('blob failed authentication');
  }
}

/** Buffers up to one chunk of plaintext, seals full chunks, and writes to a temporary file. */
export class BlobWriter {
  private fd: number | null;
  private pending = Buffer.alloc(BLOB_CHUNK);
  private pendingLen = 0;
  private counter = 0;
  private out: Buffer[] = [];
  private outLen = 0;
  size = 0;

  constructor(
    private readonly tmpPath: string,
    private readonly finalPath: string,
    private readonly key: Buffer,
    nonce: Buffer,
    private readonly onCommitted: (fd: number) => void,
  ) {
    this.fd = openSync(tmpPath, 'wx', 0o600);
    this.queue([MAGIC, nonce]);
  }

  write(chunk: Uint8Array): void {
    let off = 0;
    this.size += chunk.length;
    while (off < chunk.length) {
      // A full pending chunk is sealed only once more data arrives: the last chunk needs its flag.
      if (this.pendingLen === BLOB_CHUNK) {
        this.queue(sealChunk(this.key, this.counter++, false, this.pending));
        this.pendingLen = 0;
      }
      const n = Math.min(BLOB_CHUNK - this.pendingLen, chunk.length - off);
      this.pending.set(chunk.subarray(off, off + n), this.pendingLen);
      this.pendingLen += n;
      off += n;
    }
    if (this.outLen >= 1 << 20) this.flush();
  }

  /**
   * Seals the last chunk and moves the blob into place. Not yet flushed to disk: the store's
   * syncPending() does that for a whole batch before the database commits.
   */
  commit(): string {
    this.queue(sealChunk(this.key, this.counter++, true, this.pending.subarray(0, this.pendingLen)));
    this.flush();
    const fd = this.requireFd();
    renameSync(this.tmpPath, this.finalPath);
    // The open file goes to the store, which flushes and closes it with the batch (no re-open).
    this.fd = null;
    this.onCommitted(fd);
    return this.finalPath;
  }

  abort(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    rmSync(this.tmpPath, { force: true });
  }

  private queue(parts: Buffer[]): void {
    for (const p of parts) {
      this.out.push(p);
      this.outLen += p.length;
    }
  }

  private flush(): void {
    const fd = this.requireFd();
    const data = Buffer.concat(this.out, this.outLen);
    let off = 0;
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
    this.out = [];
    this.outLen = 0;
  }

  private requireFd(): number {
    if (this.fd === null) throw new BlobError('blob writer already closed');
    return this.fd;
  }
}
