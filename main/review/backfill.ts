// Band keys for fingerprints that have none (those carried over by migration 0008): computed
// from the stored MinHash, at unlock, before pending signals are computed.
import type { Db } from '../../db/open';
import { stmt } from '../../db/statement-cache';
import { lshKeys } from './fingerprint';

export function backfillLshKeys(db: Db): number {
  // Band 0's keys are below 2^32: one row per fingerprint that has its keys, in one index range.
  const keyed = new Set(stmt(db, 'SELECT fingerprint FROM report_lsh WHERE key < 4294967296').pluck().all() as number[]);
  const total = Number(stmt(db, 'SELECT count(*) FROM report_fingerprints WHERE shingles > 0').pluck().get());
  if (keyed.size >= total) return 0;
  const rows = (stmt(db, 'SELECT id, minhash FROM report_fingerprints WHERE shingles > 0').all() as { id: number; minhash: Buffer }[]).filter((r) => !keyed.has(r.id));
  db.transaction(() => {
    for (const r of rows) {
      const copy = Uint8Array.from(r.minhash);
      for (const key of lshKeys(new Uint32Array(copy.buffer, 0, copy.byteLength / 4))) stmt(db, 'INSERT OR IGNORE INTO report_lsh (key, fingerprint) VALUES (?, ?)').run(key, r.id);
    }
  })();
  return rows.length;
}
