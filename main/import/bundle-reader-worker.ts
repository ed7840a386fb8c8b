// The bundle reader thread: reads small bundles whole into memory (decrypt, unpack, verify,
// hash, validate) while the import worker commits the bundle before. It has no database and
// writes nothing: attachment bytes go back to the import worker, which stores and commits them.
// Its keys (the vault's age identities, the blob store key) are held only in memory and dropped
// with the thread.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import type { AttachmentWriter, SignerLookup } from './read-bundle';
import { readBundle } from './read-bundle';
import type { ReaderInput, ReaderMessage, ReaderReply, ReaderRequest, SealedAttachment } from './reader-protocol';
import { blobName, sealBytes } from '../blobs/blob-seal';
import { BundleRejected, ImportCancelled, rejectionForReadError } from './rejection';

const input = workerData as ReaderInput;
const blobKey = Buffer.from(input.blobKey);
input.blobKey.fill(0);
const cancel = new Int32Array(input.cancelFlag);
const signal = {
  get aborted() {
    return Atomics.load(cancel, 0) === 1;
  },
};
const signers = new Map(input.signers.map((s) => [s.keyIdHex, s]));
const lookupSigner: SignerLookup = (keyIdHex) => {
  const s = signers.get(keyIdHex);
  // minisign prints the 8 key-ID bytes as a little-endian number: reverse the hex to get them back.
  return s ? { key: { keyId: Buffer.from(s.keyIdHex, 'hex').reverse(), keyIdHex: s.keyIdHex, publicKey: s.publicKey }, revoked: s.revoked } : null;
};

/** Collects one attachment's bytes, then seals them as the blob store would (sealBytes: a buffer of its own, transferable). */
class MemoryWriter implements AttachmentWriter<SealedAttachment> {
  private readonly bytes: Uint8Array;
  private filled = 0;

  constructor(
    private readonly name: string,
    size: number,
  ) {
    this.bytes = new Uint8Array(size);
  }

  write(chunk: Uint8Array): void {
    // The tar reader enforces the declared size; this guards the buffer regardless.
    if (this.filled + chunk.length > this.bytes.length) throw new BundleRejected('bad-archive', 'entry longer than its header says');
    this.bytes.set(chunk, this.filled);
    this.filled += chunk.length;
  }

  commit(): SealedAttachment {
    const sealed = sealBytes(blobKey, this.name, this.bytes.subarray(0, this.filled));
    this.bytes.fill(0);
    return { sealed };
  }

  abort(): void {
    this.bytes.fill(0);
  }
}

async function read(req: ReaderRequest): Promise<{ reply: ReaderReply; transfer: ArrayBuffer[] }> {
  let verifiedBundleId: string | null = null;
  let data: Buffer;
  try {
    data = readFileSync(req.path);
  } catch (error) {
    const r = rejectionForReadError(error);
    return { reply: { id: req.id, fileSha256: '', fileSize: 0, verifiedBundleId, kind: 'rejected', code: r.code, detail: r.detail }, transfer: [] };
  }
  const base = { id: req.id, fileSha256: createHash('sha256').update(data).digest('hex'), fileSize: data.length };
  try {
    const outcome = await readBundle(
      (async function* () {
        yield data;
      })(),
      {
        ageKeys: input.ageKeys,
        lookupSigner,
        // Called once the manifest's signature is verified; the import worker decides on duplicates.
        isKnownBundle: (bundleId) => {
          verifiedBundleId = bundleId;
          return false;
        },
        // No entry can hold more plaintext than the file has bytes: a header claiming more fails as truncated.
        openAttachment: (sha256, size) => new MemoryWriter(blobName(blobKey, sha256), Math.min(size, data.length)),
        limits: input.limits,
        signal,
      },
    );
    if (outcome.kind !== 'complete') throw new Error('a bundle reader never reports duplicates');
    const transfer = outcome.attachments.flatMap((a) => (a.stored ? [a.stored.sealed.buffer as ArrayBuffer] : []));
    return { reply: { ...base, verifiedBundleId, kind: 'complete', outcome }, transfer };
  } catch (error) {
    if (error instanceof ImportCancelled) return { reply: { ...base, verifiedBundleId, kind: 'cancelled' }, transfer: [] };
    if (error instanceof BundleRejected) return { reply: { ...base, verifiedBundleId, kind: 'rejected', code: error.code, detail: error.detail }, transfer: [] };
    return { reply: { ...base, verifiedBundleId, kind: 'failed', name: error instanceof Error ? error.name : 'unknown' }, transfer: [] };
  }
}

// One request at a time, in order: the import worker keeps at most a few in flight.
let queue = Promise.resolve();
parentPort?.on('message', (req: ReaderRequest) => {
  queue = queue.then(async () => {
    const { reply, transfer } = await read(req);
    parentPort?.postMessage({ kind: 'reply', reply } satisfies ReaderMessage, transfer);
  });
});
parentPort?.postMessage({ kind: 'ready' } satisfies ReaderMessage);
