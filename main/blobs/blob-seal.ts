// The sealed form of one blob, the same in a blob file and in a pack: "BKB1" ‖ 16-byte nonce ‖
// 64 KiB AES-256-GCM chunks (counter nonce, last-chunk flag, like age's STREAM) under a key
// derived for that blob from the store key, the nonce and the blob's name. The name binds the
// bytes to one content hash, so an entry moved or swapped fails authentication.
// AES-GCM because Electron's BoringSSL has no ChaCha20-Poly1305 in node:crypto; with a fresh key
// per blob the counter nonces never repeat under one key.
import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';

export const BLOB_CHUNK = 64 * 1024;
const MAGIC = Buffer.from('BKB1', 'ascii');
const NONCE_BYTES = 16;
const TAG = 16;
export const SEAL_HEADER_BYTES = MAGIC.length + NONCE_BYTES;

export class BlobError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BlobError';
  }
}

/** A blob's name for its content hash: an HMAC, so names cannot be matched to known files. */
export function blobName(storeKey: Buffer, sha256hex: string): string {
  return createHmac('sha256', storeKey).update(`baken/v1/blob-name/${sha256hex}`).digest('hex');
}

function blobKey(storeKey: Buffer, name: string, nonce: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', storeKey, nonce, `baken/v1/blob/${name}`, 32));
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

/**
 * Seals a stream of plaintext: a full chunk is sealed only once more data arrives, because the
 * last chunk carries its flag. Sealed bytes go to `emit` in order, header first.
 */
export class Sealer {
  private readonly key: Buffer;
  private pending = Buffer.alloc(BLOB_CHUNK);
  private pendingLen = 0;
  private counter = 0;
  /** Plaintext bytes taken so far. */
  size = 0;

  constructor(
    storeKey: Buffer,
    name: string,
    private readonly emit: (parts: Buffer[]) => void,
  ) {
    const nonce = randomBytes(NONCE_BYTES);
    this.key = blobKey(storeKey, name, nonce);
    emit([MAGIC, nonce]);
  }

  write(chunk: Uint8Array): void {
    let off = 0;
    this.size += chunk.length;
    while (off < chunk.length) {
      if (this.pendingLen === BLOB_CHUNK) {
        this.emit(sealChunk(this.key, this.counter++, false, this.pending));
        this.pendingLen = 0;
      }
      const n = Math.min(BLOB_CHUNK - this.pendingLen, chunk.length - off);
      this.pending.set(chunk.subarray(off, off + n), this.pendingLen);
      this.pendingLen += n;
      off += n;
    }
  }

  finish(): void {
    this.emit(sealChunk(this.key, this.counter++, true, this.pending.subarray(0, this.pendingLen)));
    this.key.fill(0);
  }
}

/** The whole sealed form of a blob held in memory, in a buffer of its own (it may be transferred). */
export function sealBytes(storeKey: Buffer, name: string, plain: Uint8Array): Uint8Array {
  const out = new Uint8Array(sealedSize(plain.length));
  let at = 0;
  const sealer = new Sealer(storeKey, name, (parts) => {
    for (const p of parts) {
      out.set(p, at);
      at += p.length;
    }
  });
  sealer.write(plain);
  sealer.finish();
  if (at !== out.length) throw new BlobError('sealed size mismatch');
  return out;
}

/** Sealed bytes for `plainSize` bytes of plaintext: header, then a tag per chunk (at least one). */
export function sealedSize(plainSize: number): number {
  return SEAL_HEADER_BYTES + plainSize + TAG * Math.max(1, Math.ceil(plainSize / BLOB_CHUNK));
}

/**
 * Streams the plaintext of the sealed blob at [start, end) of an open file, each chunk
 * authenticated before it is yielded; a cut or extended blob fails on its last-chunk flag.
 */
export async function* openSealed(file: FileHandle, storeKey: Buffer, name: string, start: number, end: number): AsyncGenerator<Buffer> {
  const header = Buffer.alloc(SEAL_HEADER_BYTES);
  const { bytesRead } = await file.read(header, 0, SEAL_HEADER_BYTES, start);
  if (bytesRead !== SEAL_HEADER_BYTES || end - start < SEAL_HEADER_BYTES || !header.subarray(0, MAGIC.length).equals(MAGIC)) {
    throw new BlobError('blob header damaged');
  }
  const key = blobKey(storeKey, name, header.subarray(MAGIC.length));
  try {
    let pos = start + SEAL_HEADER_BYTES;
    let counter = 0;
    const buf = Buffer.alloc(BLOB_CHUNK + TAG);
    while (pos < end) {
      const len = Math.min(BLOB_CHUNK + TAG, end - pos);
      const r = await file.read(buf, 0, len, pos);
      if (r.bytesRead !== len || len < TAG) throw new BlobError('blob truncated');
      pos += len;
      yield openChunk(key, counter++, pos === end, buf.subarray(0, len));
    }
    if (counter === 0) throw new BlobError('blob truncated');
  } finally {
    key.fill(0);
  }
}
