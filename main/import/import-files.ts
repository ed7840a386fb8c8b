// Imports bundle files one after another: read (one pass), then commit or quarantine. Used by the
// import worker; it never writes to the medium (files are opened read-only).
import { createHash } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportResult, ImportProgress } from '../../core/import-types';
import type { BundleLimits } from '../../core/bundle/limits';
import type { BlobStore } from '../blobs/blob-store';
import type { AgeKeys } from '../bundle/age-stream';
import { type CommitEnv, type FileFacts, auditDuplicate, commitBundle, quarantineBundle } from './commit-bundle';
import { type SignerLookup, readBundle } from './read-bundle';
import { BundleRejected, ImportCancelled } from './rejection';

export type ImportEnv = CommitEnv & {
  blobs: BlobStore;
  ageKeys: AgeKeys;
  lookupSigner: SignerLookup;
  isKnownBundle: (bundleId: string) => boolean;
  limits: BundleLimits;
};

export type ImportFile = { path: string; medium: string | null };

const READ_CHUNK = 1024 * 1024;

/** Streams the file, counting bytes and hashing the ciphertext on the way through. */
async function* tee(path: string, hash: ReturnType<typeof createHash>, onBytes: (n: number) => void): AsyncGenerator<Uint8Array> {
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
  opts: { signal?: AbortSignal; onProgress?: (p: ImportProgress) => void } = {},
): Promise<ImportResult[]> {
  const results: ImportResult[] = [];
  const sizes = files.map((f) => safeSize(f.path));
  const bytesTotal = sizes.reduce((a, b) => a + b, 0);
  let bytesBefore = 0;
  for (const [i, file] of files.entries()) {
    if (opts.signal?.aborted) throw new ImportCancelled();
    const fileName = basename(file.path);
    const fileSize = sizes[i] ?? 0;
    let done = 0;
    const report = () => opts.onProgress?.({ bundleIndex: i, bundleCount: files.length, fileName, bytesDone: bytesBefore + done, bytesTotal });
    report();
    const hash = createHash('sha256');
    let lastReport = 0;
    const source = tee(file.path, hash, (n) => {
      done += n;
      if (done - lastReport >= 8 * READ_CHUNK) {
        lastReport = done;
        report();
      }
    });
    const facts = (sha: string): FileFacts => ({ fileName, fileSize, fileSha256: sha, medium: file.medium });
    try {
      const outcome = await readBundle(source, { ...env, ...(opts.signal ? { signal: opts.signal } : {}) });
      if (outcome.kind === 'duplicate') {
        auditDuplicate(env, outcome.bundleId, facts(await hashWholeFile(file.path)));
        results.push({ file: file.path, status: 'duplicate', bundleId: outcome.bundleId, reports: 0, code: null, detail: null });
      } else {
        try {
          const { imported } = commitBundle(env, outcome, facts(hash.digest('hex')));
          results.push({ file: file.path, status: 'imported', bundleId: outcome.manifest.bundleId, reports: imported, code: null, detail: null });
        } catch (error) {
          // A conflict found at commit: the transaction rolled back; remove the blobs this bundle added.
          for (const a of outcome.attachments) if (a.newlyStored) env.blobs.remove(a.sha256);
          throw error;
        }
      }
    } catch (error) {
      if (error instanceof ImportCancelled) throw error;
      const rejection = error instanceof BundleRejected ? error : unreadable(error);
      quarantineBundle(env, facts(await hashWholeFile(file.path).catch(() => '')), rejection);
      results.push({ file: file.path, status: 'rejected', bundleId: null, reports: 0, code: rejection.code, detail: rejection.detail });
    }
    bytesBefore += fileSize;
    done = 0;
    report();
  }
  return results;
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
