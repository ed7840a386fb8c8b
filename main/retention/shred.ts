// Destroys the sealed bytes of purged attachments: a blob's own file is overwritten with random
// bytes, flushed and removed; a blob inside a pack has its byte range overwritten with random
// bytes and flushed (the pack stays for its other blobs), and a pack none of whose blobs is
// recorded any more is removed. Works from retention_shred, which the purge fills in its own
// transaction, so a crash before or during this is finished by the next run (idempotent: a file
// already gone is skipped). Callers make sure no import runs meanwhile.
import { closeSync, existsSync, fstatSync, fsyncSync, openSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type ShredRow, attachmentExists, deleteShred, packReferenced, pendingShreds } from '../../db/queries/retention';
import type { Db } from '../../db/open';
import { BlobStore } from '../blobs/blob-store';
import { fsyncDir } from '../fs/atomic-write';
import { writeRandom } from '../fs/write-random';

const PACK_NAME = /^[0-9a-f]{32}$/;

/** Overwrites [offset, offset + length) of an open file with random bytes, clamped to its size. */
function overwrite(fd: number, offset: number, length: number): void {
  writeRandom(fd, offset, Math.min(offset + length, fstatSync(fd).size));
  fsyncSync(fd);
}

function withFile(path: string, work: (fd: number) => void): boolean {
  if (!existsSync(path)) return false;
  const fd = openSync(path, 'r+');
  try {
    work(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

export function shredFile(path: string): void {
  if (withFile(path, (fd) => overwrite(fd, 0, fstatSync(fd).size))) rmSync(path, { force: true });
}

export function shredPackRange(path: string, offset: number, length: number): void {
  withFile(path, (fd) => overwrite(fd, offset, length));
}

/** Destroys every pending blob; returns how many records it finished. */
export function shredPending(db: Db, blobsDir: string, blobKey: Buffer): number {
  const store = new BlobStore(blobsDir, blobKey);
  const dataDir = join(blobsDir, 'data');
  const packsDir = join(blobsDir, 'packs');
  const rows = pendingShreds(db);
  const packs = new Set<string>();
  let removedFiles = false;
  const done = (row: ShredRow) => deleteShred(db, row.id);
  for (const row of rows) {
    if (row.pack === null || row.pack_offset === null || row.pack_length === null) {
      // The same content imported again since has the same file name: those bytes are live.
      if (!attachmentExists(db, row.sha256)) {
        shredFile(join(dataDir, store.nameFor(row.sha256)));
        removedFiles = true;
      }
    } else if (PACK_NAME.test(row.pack)) {
      shredPackRange(join(packsDir, row.pack), row.pack_offset, row.pack_length);
      packs.add(row.pack);
    }
    done(row);
  }
  if (removedFiles && existsSync(dataDir)) fsyncDir(dataDir);
  let removedPack = false;
  for (const pack of packs) {
    if (packReferenced(db, pack)) continue;
    rmSync(join(packsDir, pack), { force: true });
    removedPack = true;
  }
  if (removedPack && existsSync(packsDir)) fsyncDir(packsDir);
  return rows.length;
}
