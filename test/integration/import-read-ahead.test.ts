// Reading ahead in a second thread (bundle-prefetch.ts) changes nothing but speed: the same files
// give the same results, reports and blobs as reading in one thread; duplicates are still found
// after the signature; a signer revoked after the reader's snapshot is still refused.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { importFiles } from '../../main/import/import-files';
import { auditBlobStore } from '../support/blob-audit';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';

let tmp: ReturnType<typeof tempDir>;
let a: Awaited<ReturnType<typeof intakeVault>>;
let b: Awaited<ReturnType<typeof intakeVault>>;

beforeEach(async () => {
  tmp = tempDir();
  a = await intakeVault(join(tmp.path, 'a'));
  b = await intakeVault(join(tmp.path, 'b'));
  // Vault b trusts a's intake station, and every bundle is made for both workstations.
  await b.t.ok('trust.add', { publicKey: a.intake.publicKeyText, label: 'intake-a' });
});
afterEach(() => {
  a.t.dispatcher.sessions.lock('shutdown');
  b.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

const to = () => ({ recipients: [a.recipients.x25519, b.recipients.x25519] });
// Waiting for the reader makes it read every small file even in a short test.
const readAhead = () => ({ cancelFlag: new SharedArrayBuffer(4), waitUntilReady: true });

/** Twelve files: valid ones sharing attachments, a duplicate, a tampered one, a conflict, junk. */
async function mixedFiles(): Promise<string[]> {
  const shared = Buffer.from('gedeelde bijlage\n'.repeat(30));
  const bundles = [];
  for (let i = 0; i < 6; i++) {
    const own = Buffer.from(`bijlage ${i}\n`.repeat(10 + i));
    const atts = i % 2 === 0 ? [own, shared] : [own];
    bundles.push(await buildBundle({ reports: [jsonBytes(reportObject({ attachments: atts })), jsonBytes(reportObject())], attachments: atts, signer: a.intake, to: to() }));
  }
  const tamperedAtt = Buffer.from('origineel');
  const tampered = await buildBundle({
    reports: [jsonBytes(reportObject({ attachments: [tamperedAtt] }))],
    attachments: [tamperedAtt],
    signer: a.intake,
    to: to(),
    entries: (es) => es.map((e) => (e.path.startsWith('attachments/') ? { ...e, data: Buffer.from('vervalst!') } : e)),
  });
  const conflictReport = reportObject({ reportId: reportIdOf(bundles[1]!.manifest) });
  const conflict = await buildBundle({ reports: [jsonBytes({ ...conflictReport, intakeNotes: 'andere inhoud' })], signer: a.intake, to: to() });
  const dir = join(tmp.path, 'stick');
  mkdirSync(join(dir, 'a-directory.baken'), { recursive: true });
  const files = [
    ...bundles.map((x) => x.bytes),
    bundles[0]!.bytes,
    tampered.bytes,
    conflict.bytes,
    Buffer.from('geen age-bestand'),
    await buildBundle({ reports: [jsonBytes(reportObject({ attachments: [shared] }))], attachments: [shared], signer: a.intake, to: to() }).then((x) => x.bytes),
  ];
  const paths = files.map((bytes, i) => a.put(bytes, `f-${String(i).padStart(2, '0')}.baken`));
  paths.splice(9, 0, join(dir, 'a-directory.baken'));
  return paths;
}

function reportIdOf(manifest: Buffer): string {
  const files = (JSON.parse(manifest.toString('utf8')) as { files: { path: string }[] }).files;
  const id = /^reports\/(.+)\.json$/.exec(files.find((f) => f.path.startsWith('reports/'))?.path ?? '')?.[1];
  if (!id) throw new Error('no report in manifest');
  return id;
}

describe('reading ahead', () => {
  it('gives the same results, reports and blobs as reading in one thread', async () => {
    const paths = await mixedFiles();
    const envA = a.env();
    const sealed = vi.spyOn(envA.blobs, 'putSealed');
    const ahead = await importFiles(envA, paths.map((path) => ({ path, medium: 'USB' })), { readAhead: readAhead() });
    const inline = await importFiles(b.env(), paths.map((path) => ({ path, medium: 'USB' })));
    // The reader did take part: blobs it sealed were stored.
    expect(sealed).toHaveBeenCalled();
    const summary = (rs: typeof ahead) => rs.map((r) => `${r.status}:${r.code ?? ''}:${r.reports}`);
    expect(summary(ahead)).toEqual(summary(inline));
    expect(summary(ahead)).toEqual([
      ...Array(6).fill('imported::2'),
      'duplicate::0',
      'rejected:hash-mismatch:0',
      'rejected:conflict:0',
      'rejected:not-age:0',
      'rejected:not-age:0',
      'imported::1',
    ]);
    const rows = (v: typeof a, sql: string) => JSON.stringify(v.t.dispatcher.sessions.require().vault.db.prepare(sql).all());
    for (const sql of ['SELECT report_id, sha256 FROM reports ORDER BY 1', 'SELECT sha256, size FROM attachments ORDER BY 1', 'SELECT report_id, position, sha256 FROM report_attachments ORDER BY 1, 2']) {
      expect(rows(a, sql)).toBe(rows(b, sql));
    }
    for (const v of [a, b]) {
      const { vault } = v.t.dispatcher.sessions.require();
      expect(await auditBlobStore(vault.paths.blobs, vault.db, vault.blobKey())).toEqual([]);
    }
  });

  it('refuses bundles of a signer revoked after the reader took its snapshot', async () => {
    const paths = [];
    for (let i = 0; i < 10; i++) {
      const att = Buffer.from(`bijlage ${i}`);
      paths.push(a.put((await buildBundle({ reports: [jsonBytes(reportObject({ attachments: [att] }))], attachments: [att], signer: a.intake, to: to() })).bytes));
    }
    const env = a.env();
    const sealed = vi.spyOn(env.blobs, 'putSealed');
    const before = env.listSigners();
    expect(before.every((s) => !s.revoked)).toBe(true);
    await a.t.ok('trust.revoke', { keyId: a.intake.keyIdHex });
    const results = await importFiles({ ...env, listSigners: () => before }, paths.map((path) => ({ path, medium: 'USB' })), { readAhead: readAhead() });
    expect(results.map((r) => r.code)).toEqual(Array(10).fill('revoked-signer'));
    expect(sealed).not.toHaveBeenCalled();
    expect(a.t.dispatcher.sessions.require().vault.db.prepare('SELECT count(*) FROM reports').pluck().get()).toBe(0);
    const { vault } = a.t.dispatcher.sessions.require();
    expect(await auditBlobStore(vault.paths.blobs, vault.db, vault.blobKey())).toEqual([]);
  });
});
