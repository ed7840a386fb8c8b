// Checks the blob store against the database: every recorded blob reads back to its hash, every
// file and pack on disk is recorded, packs hold exactly their recorded entries (no garbage left
// by a refused bundle), and no unfinished write is left. Returns what it found wrong.
import { createHash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { allBlobRefs } from '../../db/queries/intake';
import type { Db } from '../../db/open';
import { BlobStore } from '../../main/blobs/blob-store';

export async function auditBlobStore(blobsDir: string, db: Db, blobKey: Buffer): Promise<string[]> {
  const problems: string[] = [];
  const store = new BlobStore(blobsDir, blobKey);
  const refs = allBlobRefs(db);
  const list = (sub: string) => {
    try {
      return readdirSync(join(blobsDir, sub));
    } catch {
      return [];
    }
  };
  for (const r of refs) {
    try {
      if (createHash('sha256').update(await store.readAll(r)).digest('hex') !== r.sha256) problems.push(`${r.sha256}: wrong content`);
    } catch (error) {
      problems.push(`${r.sha256}: ${String(error)}`);
    }
  }
  const files = new Set(refs.filter((r) => r.location.kind === 'file').map((r) => store.nameFor(r.sha256)));
  for (const f of list('data')) if (!files.delete(f)) problems.push(`data/${f}: not recorded`);
  const packs = new Map<string, { offset: number; length: number }[]>();
  for (const r of refs) if (r.location.kind === 'pack') packs.set(r.location.pack, [...(packs.get(r.location.pack) ?? []), r.location]);
  for (const p of list('packs')) {
    const entries = packs.get(p);
    if (!entries) {
      problems.push(`packs/${p}: not recorded`);
      continue;
    }
    packs.delete(p);
    entries.sort((a, b) => a.offset - b.offset);
    let end = 0;
    for (const e of entries) {
      if (e.offset !== end) problems.push(`packs/${p}: gap or overlap at ${end}`);
      end = e.offset + e.length;
    }
    const size = statSync(join(blobsDir, 'packs', p)).size;
    if (size !== end) problems.push(`packs/${p}: ${size} bytes, entries end at ${end}`);
  }
  for (const f of files) problems.push(`blob file ${f}: missing`);
  for (const p of packs.keys()) problems.push(`pack ${p}: missing`);
  for (const f of list('tmp')) problems.push(`tmp/${f}: unfinished write left`);
  return problems;
}
