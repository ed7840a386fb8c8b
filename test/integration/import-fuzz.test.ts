// Fuzz: thousands of mutated bundles. None may crash or hang the importer; each is imported whole
// or rejected with a stable code; afterwards the vault's invariants hold.
import { createHash, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REJECTION_CODES } from '../../core/bundle/rejections';
import { collect, encryptAge } from '../../main/bundle/age-stream';
import { verifyAudit } from '../../main/audit/chain';
import { importFiles } from '../../main/import/import-files';
import { auditBlobStore } from '../support/blob-audit';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';

const COUNT = Number(process.env.BAKEN_FUZZ_COUNT ?? 2000);

// A small seeded PRNG: the same run every time, so a failure can be replayed.
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
});
afterAll(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

type Json = Record<string, unknown>;

function mutateJson(value: unknown, rnd: () => number): unknown {
  if (Array.isArray(value)) {
    const copy = value.map((x) => (rnd() < 0.3 ? mutateJson(x, rnd) : x));
    if (rnd() < 0.2) copy.pop();
    if (rnd() < 0.1) copy.push(copy[0] ?? null);
    return copy;
  }
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [k, x] of Object.entries(value)) {
      const r = rnd();
      if (r < 0.05) continue; // drop the field
      out[k] = r < 0.25 ? mutateJson(x, rnd) : x;
    }
    if (rnd() < 0.05) out[`extra${Math.floor(rnd() * 10)}`] = 'x';
    return out;
  }
  const r = rnd();
  if (typeof value === 'string') return r < 0.3 ? '' : r < 0.5 ? value + '\u202e' : r < 0.6 ? 42 : r < 0.8 ? value.slice(0, Math.floor(rnd() * value.length)) : 'ş'.repeat(Math.floor(rnd() * 700));
  if (typeof value === 'number') return r < 0.3 ? -1 : r < 0.6 ? value + 1 : r < 0.8 ? 1e20 : '7';
  if (typeof value === 'boolean') return r < 0.5 ? !value : 'true';
  return r < 0.5 ? {} : null;
}

describe('import fuzz', () => {
  it(`survives ${COUNT} mutated bundles, each imported whole or rejected with a code`, async () => {
    const rnd = prng(20261128);
    const env = v.env();
    const statuses = new Map<string, number>();
    const attA = Buffer.from('bijlage A\n');
    const attB = Buffer.alloc(70_000, 0x61); // spans two age chunks and many tar blocks
    for (let i = 0; i < COUNT; i++) {
      const kind = rnd();
      const r1 = reportObject({ attachments: [attA] });
      const r2 = reportObject({ attachments: [attB] });
      let bytes: Buffer;
      if (kind < 0.4) {
        // Bytes of the plaintext tar: flips, truncation, insertion, a copied block.
        const base = await buildBundle({ reports: [jsonBytes(r1), jsonBytes(r2)], attachments: [attA, attB], signer: v.intake, to: v.to });
        const tar = Buffer.from(base.tar);
        const op = rnd();
        let mutated: Buffer;
        if (op < 0.5) {
          for (let n = 1 + Math.floor(rnd() * 4); n > 0; n--) {
            const at = Math.floor(rnd() * tar.length);
            tar[at] = (tar[at] ?? 0) ^ (1 << Math.floor(rnd() * 8));
          }
          mutated = tar;
        } else if (op < 0.7) mutated = tar.subarray(0, Math.floor(rnd() * tar.length));
        else if (op < 0.85) {
          const at = Math.floor(rnd() * tar.length);
          mutated = Buffer.concat([tar.subarray(0, at), Buffer.from(Array.from({ length: 1 + Math.floor(rnd() * 600) }, () => Math.floor(rnd() * 256))), tar.subarray(at)]);
        } else {
          const block = Math.floor(rnd() * (tar.length / 512)) * 512;
          const at = Math.floor(rnd() * (tar.length / 512)) * 512;
          mutated = Buffer.concat([tar.subarray(0, at), tar.subarray(block, block + 512), tar.subarray(at)]);
        }
        bytes = await collect(encryptAge((async function* () { yield mutated; })(), v.to));
      } else if (kind < 0.65) {
        // The manifest, re-signed so the reader gets past the signature.
        bytes = (await buildBundle({ reports: [jsonBytes(r1), jsonBytes(r2)], attachments: [attA, attB], signer: v.intake, to: v.to, manifest: (m) => mutateJson(m, rnd) })).bytes;
      } else if (kind < 0.9) {
        // A report, with a manifest that matches it: the report schema is what stands. The file
        // keeps its valid name (a mutated id then differs from it).
        const mutated = mutateJson(r1, rnd);
        const name = `reports/${String(r1.reportId)}.json`;
        bytes = (
          await buildBundle({
            reports: [jsonBytes(r1), jsonBytes(r2)],
            attachments: [attA, attB],
            signer: v.intake,
            to: v.to,
            entries: (list) => list.map((e) => (e.path === name ? { ...e, data: jsonBytes(mutated), size: jsonBytes(mutated).length } : e)),
            manifest: (m) => ({ ...m, files: m.files.map((f) => (f.path === name ? { ...f, sha256: createHash('sha256').update(jsonBytes(mutated)).digest('hex'), size: jsonBytes(mutated).length } : f)) }),
          })
        ).bytes;
      } else {
        const base = (await buildBundle({ reports: [jsonBytes(r1)], attachments: [attA], signer: v.intake, to: v.to, bundleId: randomUUID() })).bytes;
        const at = Math.floor(rnd() * base.length);
        base[at] = (base[at] ?? 0) ^ 0x80;
        bytes = base;
      }
      const path = v.put(bytes, `fuzz-${i}.baken`);
      const timer = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`bundle ${i} hung`)), 20_000).unref());
      const [res] = await Promise.race([importFiles(env, [{ path, medium: 'fuzz' }]), timer]);
      expect(res).toBeDefined();
      if (!res) continue;
      expect(['imported', 'duplicate', 'rejected']).toContain(res.status);
      if (res.status === 'rejected') expect(REJECTION_CODES).toContain(res.code);
      const key = res.status === 'rejected' ? `rejected:${res.code}` : res.status;
      statuses.set(key, (statuses.get(key) ?? 0) + 1);
    }
    // The mutations reached every layer, not only the first check.
    for (const k of ['imported', 'rejected:bad-archive', 'rejected:manifest-invalid', 'rejected:report-invalid', 'rejected:hash-mismatch']) {
      expect(statuses.get(k) ?? 0, `${k} in ${JSON.stringify([...statuses])}`).toBeGreaterThan(0);
    }

    // Invariants: every linked attachment is in the blob store and authentic; no leftovers; audit whole.
    const { vault } = v.t.dispatcher.sessions.require();
    expect(await auditBlobStore(join(v.t.vaultDir, 'blobs'), vault.db, vault.blobKey())).toEqual([]);
    const linked = vault.db.prepare('SELECT count(*) FROM report_attachments ra LEFT JOIN attachments a USING (sha256) WHERE a.sha256 IS NULL').pluck().get();
    expect(linked).toBe(0);
    const orphans = vault.db.prepare('SELECT count(*) FROM reports r WHERE NOT EXISTS (SELECT 1 FROM bundles b WHERE b.bundle_id = r.bundle_id)').pluck().get();
    expect(orphans).toBe(0);
    expect(verifyAudit(vault.db, vault.auditMacKey()).ok).toBe(true);
  }, 600_000);
});
