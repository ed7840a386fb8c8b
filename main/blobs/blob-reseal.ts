// Seals every recorded blob again under a new store key, into a new store folder, for re-keying
// the vault. Blob files get the names the new key gives them; a pack keeps its name and every
// blob its offset and length (the sealed size depends only on the plaintext size), so the
// database's records stay valid. Bytes of a pack that no record points at become random bytes.
// Plaintext exists only in memory, a chunk or a pack entry (at most 1 MiB) at a time.
import { closeSync, fsyncSync, mkdirSync, openSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BlobRef } from '../../db/blob-ref';
import { fsyncDir } from '../fs/atomic-write';
import { writeRandom } from '../fs/write-random';
import { BlobError, Sealer, blobName, sealBytes } from './blob-seal';
import { BlobStore, writeAll } from './blob-store';

export type StoreKeys = { dir: string; key: Buffer };
export type ResealProgress = (done: number, total: number) => void;
export type ResealResult = { files: number; packs: number; blobs: number };

type PackEntry = { sha256: string; offset: number; length: number };

function withNewFile(path: string, work: (fd: number) => Promise<void>): Promise<void> {
  const fd = openSync(path, 'wx', 0o600);
  return work(fd).then(
    () => {
      fsyncSync(fd);
      closeSync(fd);
    },
    (error: unknown) => {
      closeSync(fd);
      throw error;
    },
  );
}

export async function resealBlobs(refs: readonly BlobRef[], from: StoreKeys, to: StoreKeys, progress?: ResealProgress): Promise<ResealResult> {
  const source = new BlobStore(from.dir, from.key);
  const dataDir = join(to.dir, 'data');
  const packsDir = join(to.dir, 'packs');
  for (const d of [dataDir, packsDir, join(to.dir, 'tmp')]) mkdirSync(d, { recursive: true, mode: 0o700 });

  const files = new Set<string>();
  const packs = new Map<string, Map<number, PackEntry>>();
  for (const r of refs) {
    if (r.location.kind === 'file') files.add(r.sha256);
    else {
      const entries = packs.get(r.location.pack) ?? new Map<number, PackEntry>();
      entries.set(r.location.offset, { sha256: r.sha256, offset: r.location.offset, length: r.location.length });
      packs.set(r.location.pack, entries);
    }
  }
  const total = files.size + [...packs.values()].reduce((n, e) => n + e.size, 0);
  let done = 0;
  const step = () => progress?.(++done, total);

  for (const sha256 of files) {
    const name = blobName(to.key, sha256);
    await withNewFile(join(dataDir, name), async (fd) => {
      const sealer = new Sealer(to.key, name, (parts) => {
        for (const p of parts) writeAll(fd, p, null);
      });
      for await (const chunk of source.read({ sha256, location: { kind: 'file' } })) sealer.write(chunk);
      sealer.finish();
    });
    step();
  }

  for (const [pack, entries] of packs) {
    const size = statSync(join(from.dir, 'packs', pack)).size;
    await withNewFile(join(packsDir, pack), async (fd) => {
      let pos = 0;
      for (const e of [...entries.values()].sort((a, b) => a.offset - b.offset)) {
        if (e.offset < pos || e.offset + e.length > size) throw new BlobError('blob location damaged');
        writeRandom(fd, pos, e.offset);
        const plain = await source.readAll({ sha256: e.sha256, location: { kind: 'pack', pack, offset: e.offset, length: e.length } });
        const sealed = sealBytes(to.key, blobName(to.key, e.sha256), plain);
        plain.fill(0);
        if (sealed.length !== e.length) throw new BlobError('sealed size mismatch');
        writeAll(fd, sealed, e.offset);
        pos = e.offset + e.length;
        step();
      }
      writeRandom(fd, pos, size);
    });
  }
  fsyncDir(dataDir);
  fsyncDir(packsDir);
  return { files: files.size, packs: packs.size, blobs: total };
}
