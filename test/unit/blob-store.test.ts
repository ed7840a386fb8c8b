// The blob store on a real folder: small blobs share the batch's pack, large ones get a file;
// everything reads back authenticated; a refused bundle's blobs are undone to the byte; a sweep
// removes what no record points at; damage and swaps are caught.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BlobError, type BlobRef, BlobStore, PACK_MAX_BLOB } from '../../main/blobs/blob-store';
import { sealBytes } from '../../main/blobs/blob-seal';
import { tempDir } from '../support/temp';

let tmp: ReturnType<typeof tempDir>;
let key: Buffer;
let store: BlobStore;

beforeEach(() => {
  tmp = tempDir();
  key = randomBytes(32);
  store = new BlobStore(tmp.path, key);
});
afterEach(() => tmp.cleanup());

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

/** Writes `bytes` in uneven pieces and returns its ref. */
function put(bytes: Buffer): BlobRef {
  const w = store.createWriter(sha(bytes), bytes.length);
  for (let i = 0; i < bytes.length; i += 70_001) w.write(bytes.subarray(i, i + 70_001));
  return { sha256: sha(bytes), location: w.commit() };
}

const files = (sub: string) => {
  try {
    return readdirSync(join(tmp.path, sub));
  } catch {
    return [];
  }
};

describe('BlobStore', () => {
  it('packs small blobs of one batch into one file and gives large ones their own', async () => {
    const small = [Buffer.from('eerste bijlage'), Buffer.alloc(0), randomBytes(PACK_MAX_BLOB)];
    const large = randomBytes(PACK_MAX_BLOB + 1);
    const refs = [...small.map(put), put(large)];
    store.syncPending();
    expect(refs.map((r) => r.location.kind)).toEqual(['pack', 'pack', 'pack', 'file']);
    expect(files('packs')).toHaveLength(1);
    expect(files('data')).toEqual([store.nameFor(sha(large))]);
    for (const [i, bytes] of [...small, large].entries()) expect((await store.readAll(refs[i]!)).equals(bytes)).toBe(true);
    // The next batch gets a new pack; the first is never appended to again.
    const next = put(Buffer.from('volgende batch'));
    store.syncPending();
    expect(files('packs')).toHaveLength(2);
    expect(next.location.kind === 'pack' && refs[0]!.location.kind === 'pack' && next.location.pack !== refs[0]!.location.pack).toBe(true);
  });

  it('keeps no plaintext and no hash in names or bytes', () => {
    const secret = Buffer.from('GEHEIM-MARKER '.repeat(50));
    put(secret);
    put(randomBytes(PACK_MAX_BLOB + 10));
    store.syncPending();
    for (const sub of ['packs', 'data']) {
      for (const f of files(sub)) {
        expect(f).not.toContain(sha(secret));
        expect(readFileSync(join(tmp.path, sub, f)).includes(Buffer.from('GEHEIM-MARKER'))).toBe(false);
      }
    }
  });

  it('rolls back to a mark: the pack is cut to its length then, later files are removed', async () => {
    const kept = put(Buffer.from('blijft'));
    const mark = store.mark();
    put(Buffer.from('van een geweigerde bundel'));
    put(randomBytes(PACK_MAX_BLOB + 5));
    // A writer still open at the rollback is dropped too.
    store.createWriter(sha(Buffer.from('half')), 4).write(Buffer.from('ha'));
    store.rollbackTo(mark);
    store.syncPending();
    expect(files('data')).toEqual([]);
    expect(files('tmp')).toEqual([]);
    const [pack] = files('packs');
    expect(kept.location.kind === 'pack' && statSync(join(tmp.path, 'packs', pack!)).size === kept.location.length).toBe(true);
    expect((await store.readAll(kept)).toString()).toBe('blijft');
  });

  it('removes a pack that ends up empty, and refuses a mark from before a sync', () => {
    const mark = store.mark();
    put(Buffer.from('weg'));
    store.rollbackTo(mark);
    store.syncPending();
    expect(files('packs')).toEqual([]);
    expect(() => store.rollbackTo(mark)).toThrow(BlobError);
  });

  it('an aborted writer leaves nothing, and only one writer may be open', () => {
    const w = store.createWriter(sha(Buffer.from('x')), 1);
    expect(() => store.createWriter(sha(Buffer.from('y')), 1)).toThrow(BlobError);
    w.write(Buffer.from('x'));
    w.abort();
    const big = store.createWriter(sha(Buffer.from('z')), PACK_MAX_BLOB + 1);
    big.write(Buffer.from('z'));
    big.abort();
    store.syncPending();
    expect([...files('packs'), ...files('data'), ...files('tmp')]).toEqual([]);
  });

  it('stores blobs sealed elsewhere exactly like written ones', async () => {
    const small = Buffer.from('in de lezer verzegeld');
    const large = randomBytes(PACK_MAX_BLOB + 3);
    const refs = [small, large].map((b) => ({ sha256: sha(b), location: store.putSealed(sha(b), b.length, sealBytes(key, store.nameFor(sha(b)), b)) }));
    store.syncPending();
    expect(refs.map((r) => r.location.kind)).toEqual(['pack', 'file']);
    expect((await store.readAll(refs[0]!)).equals(small)).toBe(true);
    expect((await store.readAll(refs[1]!)).equals(large)).toBe(true);
  });

  it('sweeps files and packs no record points at, and unfinished writes', () => {
    const a = put(Buffer.from('a'));
    const b = put(randomBytes(PACK_MAX_BLOB + 1));
    store.syncPending();
    put(Buffer.from('niet vastgelegd'));
    put(randomBytes(PACK_MAX_BLOB + 2));
    store.syncPending();
    writeFileSync(join(tmp.path, 'tmp', 'left-by-a-crash'), 'x');
    expect(store.sweep([a, b]).removed).toBe(3);
    expect(files('packs')).toHaveLength(1);
    expect(files('data')).toEqual([store.nameFor(b.sha256)]);
    expect(store.sweep([a, b]).removed).toBe(0);
  });

  it('catches a flipped bit, a cut blob, a swapped entry and a bad location', async () => {
    const one = Buffer.from('eerste '.repeat(20));
    const two = Buffer.from('tweede '.repeat(20));
    const r1 = put(one);
    const r2 = put(two);
    store.syncPending();
    if (r1.location.kind !== 'pack' || r2.location.kind !== 'pack') throw new Error('expected pack entries');
    const packPath = join(tmp.path, 'packs', r1.location.pack);
    const original = readFileSync(packPath);

    const flipped = Buffer.from(original);
    flipped[r2.location.offset + r2.location.length - 3]! ^= 1;
    writeFileSync(packPath, flipped);
    await expect(store.readAll(r2)).rejects.toThrow('blob failed authentication');
    await expect(store.readAll(r1)).resolves.toEqual(one);

    writeFileSync(packPath, original);
    // Another blob's bytes under this hash: the name is bound into the key.
    await expect(store.readAll({ sha256: r1.sha256, location: r2.location })).rejects.toThrow(BlobError);
    // One byte short: the last chunk is then not the one sealed as last.
    await expect(store.readAll({ ...r1, location: { ...r1.location, length: r1.location.length - 1 } })).rejects.toThrow(BlobError);
    await expect(store.readAll({ ...r1, location: { ...r1.location, pack: '../data' } })).rejects.toThrow('blob location damaged');
  });
});
