// Imports bundle files one after another: read (one pass), then commit or quarantine. Used by the
// import worker; it never writes to the medium (files are opened read-only).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportResult, ImportProgress } from '../../core/import-types';
import type { BundleLimits } from '../../core/bundle/limits';
import type { BlobStore } from '../blobs/blob-store';
import type { AgeKeys } from '../bundle/age-stream';
import { type CommitEnv, type FileFacts, auditDuplicate, commitBundle, quarantineBundle } from './commit-bundle';
import { type SignerLookup, type StoredAttachment, readBundle } from './read-bundle';
import { BundleRejected, ImportCancelled } from './rejection';

export type ImportEnv = CommitEnv & {
  blobs: BlobStore;
  ageKeys: AgeKeys;
  lookupSigner: SignerLookup;
  isKnownBundle: (bundleId: string) => boolean;
  hasAttachment: (sha256: string) => boolean;
  limits: BundleLimits;
};

/**
 * Bundles are committed in batches: one transaction (each bundle in its own savepoint, so each is
 * still all or nothing) and one flush of the new blobs before it commits. A batch closes after
 * this many bundles or milliseconds, and before a large file, so the write lock is held briefly.
 */
const BATCH_MAX_BUNDLES = 64;
const BATCH_MAX_MS = 250;
const BATCH_LARGE_FILE = 8 * 1024 * 1024;

export type ImportFile = { path: string; medium: string | null };

const READ_CHUNK = 1024 * 1024;

/** Files up to this size are read in one call: cheaper than a stream for the many small bundles. */
const SMALL_FILE = 4 * 1024 * 1024;

/** Streams the file, counting bytes and hashing the ciphertext on the way through. */
async function* tee(path: string, size: number, hash: ReturnType<typeof createHash>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
  // Only regular files are read in one call: a FIFO or device could block the thread.
  if (size <= SMALL_FILE && statSync(path).isFile()) {
    const data = readFileSync(path);
    hash.update(data);
    onBytes(data.length);
    yield data;
    return;
  }
  const stream = createReadStream(path, { flags: 'r', highWaterMark: READ_CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash.update(chunk);
      onBytes(chunk.length);
      yield chunk;
    }
  } finally {
    stream.destroy();
  }
}

async function hashWholeFile(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK }) as AsyncIterable<Buffer>) h.update(chunk);
  return h.digest('hex');
}

export async function importFiles(
  env: ImportEnv,
  files: ImportFile[],
  opts: { signal?: { readonly aborted: boolean }; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  const sizes = files.map((f) => safeSize(f.path));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const batch = new Batch(env);
  let bytesBefore = 0;
  try {
    for (const [i, file] of files.entries()) {
      if (opts.signal?.aborted) throw new ImportCancelled();
      const fileName = basename(file.path);
      const fileSize = sizes[i] ?? 0;
      if (fileSize >= BATCH_LARGE_FILE || batch.due()) results.push(...batch.commit());
      let done = 0;
      const report = () => opts.onProgress?.({ bundleIndex: i, bundleCount: files.length, fileName, bytesDone: bytesBefore + done, bytesTotal });
      report();
      const hash = createHash('sha256');
      let lastReport = 0;
      const source = tee(file.path, fileSize, hash, (n) => {
        done += n;
        if (done - lastReport >= 8 * READ_CHUNK) {
          lastReport = done;
          report();
        }
      });
      const facts = (sha: string): FileFacts => ({ fileName, fileSize, fileSha256: sha, medium: file.medium });
      try {
        const outcome = await readBundle(source, { ...env, ...(opts.signal ? { signal: opts.signal } : {}) });
        batch.open();
        if (outcome.kind === 'duplicate') {
          auditDuplicate(env, outcome.bundleId, facts(await hashWholeFile(file.path)));
          batch.add({ file: file.path, status: 'duplicate', bundleId: outcome.bundleId, reports: 0, code: null, detail: null });
        } else {
          try {
            const { imported } = commitBundle(env, outcome, facts(hash.digest('hex')));
            batch.add({ file: file.path, status: 'imported', bundleId: outcome.manifest.bundleId, reports: imported, code: null, detail: null }, outcome.attachments);
          } catch (error) {
            // A conflict found at commit: its savepoint rolled back; drop the blobs this bundle added.
            for (const a of outcome.attachments) if (a.newlyStored) env.blobs.remove(a.sha256);
            throw error;
          }
        }
      } catch (error) {
        if (error instanceof ImportCancelled) throw error;
        const rejection = error instanceof BundleRejected ? error : unreadable(error);
        const sha = await hashWholeFile(file.path).catch(() => '');
        batch.open();
        quarantineBundle(env, facts(sha), rejection);
        batch.add({ file: file.path, status: 'rejected', bundleId: null, reports: 0, code: rejection.code, detail: rejection.detail });
      }
      bytesBefore += fileSize;
      done = 0;
      report();
    }
    results.push(...batch.commit());
    return results;
  } catch (error) {
    // Cancelled: what was finished is kept. Anything else unexpected: the open batch is undone.
    if (error instanceof ImportCancelled) results.push(...batch.commit());
    else batch.abandon();
    throw error;
  }
}

class Batch {
  private openedAt = 0;
  private pending: ImportResult[] = [];
  private stored: StoredAttachment[] = [];

  constructor(private readonly env: ImportEnv) {}

  open(): void {
    if (this.env.db.inTransaction) return;
    this.env.db.exec('BEGIN IMMEDIATE');
    this.openedAt = Date.now();
  }

  add(result: ImportResult, attachments: StoredAttachment[] = []): void {
    this.pending.push(result);
    this.stored.push(...attachments);
  }

  due(): boolean {
    return this.env.db.inTransaction && (this.pending.length >= BATCH_MAX_BUNDLES || Date.now() - this.openedAt >= BATCH_MAX_MS);
  }

  /** New blobs to disk first, then the transaction that refers to them. */
  commit(): ImportResult[] {
    if (this.env.db.inTransaction) {
      this.env.blobs.syncPending();
      this.env.db.exec('COMMIT');
    }
    const out = this.pending;
    this.pending = [];
    this.stored = [];
    return out;
  }

  abandon(): void {
    if (this.env.db.inTransaction) this.env.db.exec('ROLLBACK');
    for (const a of this.stored) if (a.newlyStored) this.env.blobs.remove(a.sha256);
    this.pending = [];
    this.stored = [];
  }
}

function safeSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** A file that cannot even be read is rejected as not-age, with the OS error's code only. */
function unreadable(error: unknown): BundleRejected {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return new BundleRejected('not-age', `cannot read the file (${code})`);
  throw error;
}
