// Imports bundle files one after another: read (one pass), then commit or quarantine. Used by the
// import worker; it never writes to the medium (files are opened read-only). With readAhead, a
// second thread reads the next small bundles while this one commits (bundle-prefetch.ts).
import { createHash } from 'node:crypto';
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportResult, ImportProgress } from '../../core/import-types';
import type { BundleLimits } from '../../core/bundle/limits';
import type { BlobLocation, BlobMark, BlobStore } from '../blobs/blob-store';
import type { AgeKeys } from '../bundle/age-stream';
import { type CommitEnv, type FileFacts, commitBundle, quarantineBundle, recordDuplicate } from './commit-bundle';
import { BundlePrefetch } from './bundle-prefetch';
import { type CompleteOutcome, type SignerLookup, readBundle } from './read-bundle';
import type { ReaderReply, SignerSnapshot } from './reader-protocol';
import { BundleRejected, ImportCancelled, rejectionForReadError } from './rejection';

export type ImportEnv = CommitEnv & {
  blobs: BlobStore;
  ageKeys: AgeKeys;
  lookupSigner: SignerLookup;
  /** Keys the review's contact match keys (computed after the commits, see follow-up.ts). */
  contactKey: Buffer;
  /** The blob store key (a copy) and the trust store now, for the reader thread. */
  blobKey: () => Uint8Array;
  listSigners: () => SignerSnapshot[];
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

/** A bundle read, by this thread or the reader thread, and what it came to. */
type Attempt =
  | { kind: 'duplicate'; bundleId: string; fileSha256: string }
  | { kind: 'complete'; outcome: CompleteOutcome<BlobLocation>; fileSha256: string }
  | { kind: 'rejected'; rejection: BundleRejected; fileSha256: string };

export type ImportOptions = {
  signal?: { readonly aborted: boolean };
  onProgress?: (p: ImportProgress) => void;
  /**
   * Read small bundles ahead in a second thread (the import's cancel flag goes with it). Files are
   * read here until that thread has started, unless `waitUntilReady` (tests, to use it for all).
   */
  readAhead?: { cancelFlag: SharedArrayBuffer; waitUntilReady?: boolean };
};

const PROGRESS_INTERVAL_MS = 100;

/** Below this many small files a second thread costs more than it saves. */
const READ_AHEAD_MIN_FILES = 8;

export async function importFiles(env: ImportEnv, files: ImportFile[], opts: ImportOptions = {}): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  const stats = files.map((f) => fileFacts(f.path));
  const sizes = stats.map((f) => f.size);
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  const small = stats.map((f) => f.regular && f.size <= SMALL_FILE);
  const prefetch =
    opts.readAhead && small.filter(Boolean).length >= READ_AHEAD_MIN_FILES
      ? new BundlePrefetch(
          { ageKeys: env.ageKeys, blobKey: env.blobKey(), signers: env.listSigners(), limits: env.limits, cancelFlag: opts.readAhead.cancelFlag },
          files.map((f) => f.path),
          (i) => small[i] === true,
        )
      : null;
  if (prefetch && opts.readAhead?.waitUntilReady) await prefetch.started;
  const batch = new Batch(env);
  let bytesBefore = 0;
  // A message per small bundle would cost more than the bundle: a few per second are enough.
  let lastProgress = 0;
  const progress = (p: ImportProgress, force: boolean) => {
    const now = Date.now();
    if (!force && now - lastProgress < PROGRESS_INTERVAL_MS) return;
    lastProgress = now;
    opts.onProgress?.(p);
  };
  try {
    for (const [i, file] of files.entries()) {
      if (opts.signal?.aborted) throw new ImportCancelled();
      const fileName = basename(file.path);
      const fileSize = sizes[i] ?? 0;
      if (fileSize >= BATCH_LARGE_FILE || batch.due()) results.push(...batch.commit());
      const report = (done: number, force = false) => progress({ bundleIndex: i, bundleCount: files.length, fileName, bytesDone: bytesBefore + done, bytesTotal }, force);
      report(0);
      if (prefetch) {
        // Small bundles are read without a single event-loop turn: give the reader's messages one.
        await new Promise((resolve) => setImmediate(resolve));
        prefetch.fill(i);
      }
      const ahead = prefetch?.take(i) ?? null;
      // Whatever this bundle writes to the blob store is undone if it is refused.
      const mark = env.blobs.mark();
      let attempt: Attempt;
      try {
        attempt = ahead ? fromReader(env, await ahead) : await readHere(env, file.path, fileSize, report, opts.signal);
      } catch (error) {
        env.blobs.rollbackTo(mark);
        throw error;
      }
      const facts: FileFacts = { fileName, fileSize, fileSha256: attempt.fileSha256, medium: file.medium };
      batch.open();
      if (attempt.kind === 'complete') {
        try {
          const { imported } = commitBundle(env, attempt.outcome, facts);
          batch.add({ file: file.path, status: 'imported', bundleId: attempt.outcome.manifest.bundleId, reports: imported, code: null, detail: null });
        } catch (error) {
          // A conflict found at commit: its savepoint rolled back; its blobs go too.
          if (!(error instanceof BundleRejected)) throw error;
          attempt = { kind: 'rejected', rejection: error, fileSha256: attempt.fileSha256 };
        }
      }
      if (attempt.kind === 'duplicate') {
        recordDuplicate(env, attempt.bundleId, facts);
        batch.add({ file: file.path, status: 'duplicate', bundleId: attempt.bundleId, reports: 0, code: null, detail: null });
      } else if (attempt.kind === 'rejected') {
        env.blobs.rollbackTo(mark);
        quarantineBundle(env, facts, attempt.rejection);
        batch.add({ file: file.path, status: 'rejected', bundleId: null, reports: 0, code: attempt.rejection.code, detail: attempt.rejection.detail });
      }
      bytesBefore += fileSize;
      report(0, i === files.length - 1);
    }
    results.push(...batch.commit());
    return results;
  } catch (error) {
    // Cancelled: what was finished is kept. Anything else unexpected: the open batch is undone.
    if (error instanceof ImportCancelled) results.push(...batch.commit());
    else batch.abandon();
    throw error;
  } finally {
    await prefetch?.close();
  }
}

/** Reads a bundle in this thread, streaming its attachments into the blob store. */
async function readHere(
  env: ImportEnv,
  path: string,
  fileSize: number,
  report: (done: number, force: boolean) => void,
  signal: { readonly aborted: boolean } | undefined,
): Promise<Attempt> {
  const hash = createHash('sha256');
  let done = 0;
  let lastReport = 0;
  const source = tee(path, fileSize, hash, (n) => {
    done += n;
    if (done - lastReport >= 8 * READ_CHUNK) {
      lastReport = done;
      report(done, true);
    }
  });
  try {
    const outcome = await readBundle(source, {
      ...env,
      openAttachment: (sha256, size) => (env.hasAttachment(sha256) ? null : env.blobs.createWriter(sha256, size)),
      ...(signal ? { signal } : {}),
    });
    if (outcome.kind === 'duplicate') return { kind: 'duplicate', bundleId: outcome.bundleId, fileSha256: await hashWholeFile(path) };
    return { kind: 'complete', outcome, fileSha256: hash.digest('hex') };
  } catch (error) {
    if (error instanceof ImportCancelled) throw error;
    const rejection = error instanceof BundleRejected ? error : rejectionForReadError(error);
    return { kind: 'rejected', rejection, fileSha256: await hashWholeFile(path).catch(() => '') };
  }
}

/**
 * Takes a bundle the reader thread read: decides duplicates (the reader has no database), checks
 * the signer again (it may have been revoked since the import started), and stores the blobs.
 */
function fromReader(env: ImportEnv, reply: ReaderReply): Attempt {
  const { fileSha256 } = reply;
  switch (reply.kind) {
    case 'cancelled':
      throw new ImportCancelled();
    case 'failed':
      throw new Error(`bundle reader failed (${reply.name})`);
    case 'rejected':
    case 'complete':
      break;
    default: {
      const never: never = reply;
      throw new Error(`unexpected reader reply ${String(never)}`);
    }
  }
  if (reply.verifiedBundleId !== null && env.isKnownBundle(reply.verifiedBundleId)) return { kind: 'duplicate', bundleId: reply.verifiedBundleId, fileSha256 };
  if (reply.kind === 'rejected') return { kind: 'rejected', rejection: new BundleRejected(reply.code, reply.detail), fileSha256 };
  const read = reply.outcome;
  const signer = env.lookupSigner(read.signerKeyId);
  if (!signer) return { kind: 'rejected', rejection: new BundleRejected('untrusted-signer', `key ${read.signerKeyId} is not in the trust store`), fileSha256 };
  if (signer.revoked) return { kind: 'rejected', rejection: new BundleRejected('revoked-signer', `key ${read.signerKeyId} has been revoked`), fileSha256 };
  const attachments = read.attachments.map((a) => {
    if (!a.stored || env.hasAttachment(a.sha256)) return { ...a, stored: null };
    return { ...a, stored: env.blobs.putSealed(a.sha256, a.size, a.stored.sealed) };
  });
  // Buffers arrive as plain Uint8Arrays from the other thread.
  const outcome: CompleteOutcome<BlobLocation> = {
    ...read,
    manifestBytes: asBuffer(read.manifestBytes),
    reports: read.reports.map((r) => ({ ...r, bytes: asBuffer(r.bytes) })),
    attachments,
  };
  return { kind: 'complete', outcome, fileSha256 };
}

function asBuffer(u: Uint8Array): Buffer {
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

class Batch {
  private openedAt = 0;
  private pending: ImportResult[] = [];
  /** The blob store before this batch's first bundle, to undo the whole batch. */
  private start: BlobMark;

  constructor(private readonly env: ImportEnv) {
    this.start = env.blobs.mark();
  }

  open(): void {
    if (this.env.db.inTransaction) return;
    this.env.db.exec('BEGIN IMMEDIATE');
    this.openedAt = Date.now();
  }

  add(result: ImportResult): void {
    this.pending.push(result);
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
    this.start = this.env.blobs.mark();
    return out;
  }

  abandon(): void {
    if (this.env.db.inTransaction) this.env.db.exec('ROLLBACK');
    this.env.blobs.rollbackTo(this.start);
    this.pending = [];
  }
}

/** Size and whether it is a regular file, from one stat; a file that cannot be read counts as empty and not regular. */
function fileFacts(path: string): { size: number; regular: boolean } {
  try {
    const st = statSync(path);
    return { size: st.size, regular: st.isFile() };
  } catch {
    return { size: 0, regular: false };
  }
}
