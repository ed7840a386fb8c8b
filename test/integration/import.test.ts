// Importing bundles: the happy path, duplicates and conflicts, and one hostile bundle per
// rejection code and per unsafe tar entry kind, each leaving the vault as it was.
import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../core/bundle/limits';
import { attachmentBlobRef } from '../../db/queries/intake';
import { BlobStore } from '../../main/blobs/blob-store';
import { auditBlobStore } from '../support/blob-audit';
import { signMessage } from '../../main/bundle/minisign';
import { appendRaw, buildBundle, jsonBytes, newIntake, rawEntry, reportObject, sha256 } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
beforeEach(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
});
afterEach(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

const att1 = Buffer.from('Schermafbeelding van een dreigbericht.\n');
const att2 = Buffer.from('Tweede bijlage, met een ander hash.\n');

async function good(extra: Partial<Parameters<typeof buildBundle>[0]> = {}) {
  const r1 = jsonBytes(reportObject({ attachments: [att1] }));
  const r2 = jsonBytes(reportObject({ attachments: [att1, att2] }));
  return buildBundle({ reports: [r1, r2], attachments: [att1, att2], signer: v.intake, to: v.to, ...extra });
}

describe('import', () => {
  it('imports a valid bundle whole: reports, attachments (encrypted), audit, and lists them', async () => {
    const b = await good();
    const [res] = await v.importHere([v.put(b.bytes)]);
    expect(res).toMatchObject({ status: 'imported', bundleId: b.bundleId, reports: 2, code: null });
    const list = await v.t.ok('reports.list', {});
    expect(list.total).toBe(2);
    expect(list.rows.every((r) => r.status === 'new' && r.bundleId === b.bundleId)).toBe(true);
    // Attachments are in the blob store, encrypted, under names that reveal nothing.
    const { vault } = v.t.dispatcher.sessions.require();
    const store = new BlobStore(join(v.t.vaultDir, 'blobs'), vault.blobKey());
    const ref = attachmentBlobRef(vault.db, sha256(att2));
    expect(ref?.location.kind).toBe('pack');
    expect((await store.readAll(ref!)).equals(att2)).toBe(true);
    expect(await auditBlobStore(join(v.t.vaultDir, 'blobs'), vault.db, vault.blobKey())).toEqual([]);
    // Small attachments share one pack per batch; no file is named after a hash or holds plaintext.
    const files = readdirSync(join(v.t.vaultDir, 'blobs'), { recursive: true, encoding: 'utf8' }).filter((f) => /^(data|packs)\//.test(f));
    expect(files).toHaveLength(1);
    for (const f of files) {
      expect(f).not.toContain(sha256(att1));
      expect(f).not.toContain(sha256(att2));
      const bytes = readFileSync(join(v.t.vaultDir, 'blobs', f));
      expect(bytes.includes(att1.subarray(0, 20))).toBe(false);
      expect(bytes.includes(att2.subarray(0, 20))).toBe(false);
    }
    const audit = await v.t.ok('audit.list', { limit: 5 });
    expect(audit.entries[0]).toMatchObject({ action: 'bundle.import', target: b.bundleId });
  });

  it('reports the same bundle again as a duplicate and changes nothing', async () => {
    const b = await good();
    await v.importHere([v.put(b.bytes)]);
    const before = v.snapshot();
    const [res] = await v.importHere([v.put(b.bytes)]);
    expect(res).toMatchObject({ status: 'duplicate', bundleId: b.bundleId, reports: 0 });
    expect(v.snapshot()).toEqual(before);
  });

  it('skips a report already imported with identical bytes, rejects different bytes as a conflict', async () => {
    const r = reportObject();
    const first = await buildBundle({ reports: [jsonBytes(r)], signer: v.intake, to: v.to });
    await v.importHere([v.put(first.bytes)]);
    const again = await buildBundle({ reports: [jsonBytes(r), jsonBytes(reportObject())], signer: v.intake, to: v.to });
    const [res] = await v.importHere([v.put(again.bytes)]);
    expect(res).toMatchObject({ status: 'imported', reports: 1 });
    const before = v.snapshot();
    const changed = { ...r, intakeNotes: 'gewijzigd' };
    const conflict = await buildBundle({ reports: [jsonBytes(changed)], attachments: [], signer: v.intake, to: v.to });
    const [c] = await v.importHere([v.put(conflict.bytes)]);
    expect(c).toMatchObject({ status: 'rejected', code: 'conflict' });
    expect(v.snapshot()).toEqual(before);
  });

  it('opens armored bundles and bundles for the post-quantum recipient', async () => {
    const armored = await good({ armor: true });
    const pq = await good({ to: { recipients: [v.recipients.pq] } });
    const res = await v.importHere([v.put(armored.bytes), v.put(pq.bytes)]);
    expect(res.map((r) => r.status)).toEqual(['imported', 'imported']);
  });

  it('opens a passphrase bundle with the bundle passphrase, and only with it', async () => {
    const b = await good({ to: { passphrase: 'bundle passphrase for transport', scryptLogN: 10 } });
    const path = v.put(b.bytes);
    expect((await v.importHere([path]))[0]).toMatchObject({ status: 'rejected', code: 'wrong-recipient' });
    expect((await v.importHere([path], DEFAULT_LIMITS, 'bundle passphrase for transport'))[0]).toMatchObject({ status: 'imported' });
  });

  it('never writes to the medium', async () => {
    const paths = [v.put((await good()).bytes), v.put(Buffer.from('junk'))];
    const state = () => readdirSync(v.usb).map((f) => [f, statSync(join(v.usb, f)).mtimeMs, sha256(readFileSync(join(v.usb, f)))]);
    const before = state();
    await v.importHere(paths);
    expect(state()).toEqual(before);
  });
});

type Case = { name: string; code: string; detail?: RegExp; make: () => Promise<Buffer> };

const rid = () => randomUUID();
const hostile: Case[] = [
  { name: 'plain text', code: 'not-age', make: async () => Buffer.from('dit is geen age-bestand') },
  { name: 'empty file', code: 'not-age', make: async () => Buffer.alloc(0) },
  { name: 'another recipient', code: 'wrong-recipient', make: async () => (await good({ to: { recipients: ['age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p'] } })).bytes },
  {
    name: 'a flipped payload byte',
    code: 'decrypt-failed',
    make: async () => {
      const b = (await good()).bytes;
      b[b.length - 40] = (b[b.length - 40] ?? 0) ^ 1;
      return b;
    },
  },
  { name: 'truncated ciphertext', code: 'decrypt-failed', make: async () => (await good()).bytes.subarray(0, -17) },
  { name: 'not a tar archive', code: 'bad-archive', make: async () => (await good({ rawTar: () => Buffer.alloc(2048, 0x41) })).bytes },
  {
    name: 'symlink entry',
    code: 'unsafe-entry',
    detail: /symlink/,
    make: async () => (await good({ rawTar: (t) => appendRaw(t, rawEntry('reports/link', '2', Buffer.alloc(0), '/etc/passwd')) })).bytes,
  },
  { name: 'hard link entry', code: 'unsafe-entry', detail: /hard-link/, make: async () => (await good({ rawTar: (t) => appendRaw(t, rawEntry('attachments/x', '1', Buffer.alloc(0), 'manifest.json')) })).bytes },
  { name: 'directory entry', code: 'unsafe-entry', detail: /directory/, make: async () => (await good({ rawTar: (t) => appendRaw(t, rawEntry('reports/', '5')) })).bytes },
  { name: 'device entry', code: 'unsafe-entry', detail: /device/, make: async () => (await good({ rawTar: (t) => appendRaw(t, rawEntry('dev', '3')) })).bytes },
  { name: 'fifo entry', code: 'unsafe-entry', detail: /fifo/, make: async () => (await good({ rawTar: (t) => appendRaw(t, rawEntry('fifo', '6')) })).bytes },
  { name: '.. traversal', code: 'unsafe-entry', make: async () => (await good({ rawTar: (t) => appendRaw(t, rawEntry('reports/../../etc/cron.d/x', '0', Buffer.from('x'))) })).bytes },
  { name: 'absolute path', code: 'unsafe-entry', make: async () => (await good({ rawTar: (t) => appendRaw(t, rawEntry('/etc/passwd', '0', Buffer.from('x'))) })).bytes },
  {
    name: 'duplicate path',
    code: 'unsafe-entry',
    detail: /duplicate/,
    make: async () => (await good({ rawTar: (t) => appendRaw(t, rawEntry(`attachments/${sha256(att1)}`, '0', att1)) })).bytes,
  },
  {
    name: 'bidi control character in a name',
    code: 'unsafe-entry',
    make: async () => (await good({ rawTar: (t) => appendRaw(t, rawEntry(Buffer.from('reports/evil\u202Egpj.json', 'utf8'), '0', Buffer.from('{}'))) })).bytes,
  },
  {
    name: 'manifest not first',
    code: 'manifest-invalid',
    make: async () => (await good({ entries: (e) => [e[1], e[0], ...e.slice(2)].filter((x) => x !== undefined) })).bytes,
  },
  { name: 'manifest not JSON', code: 'manifest-invalid', make: async () => (await good({ manifest: () => 'nope' })).bytes },
  {
    name: 'manifest with a wrong format',
    code: 'manifest-invalid',
    make: async () => (await good({ manifest: (m) => ({ ...m, format: 'baken-bundle/9' }) })).bytes,
  },
  {
    name: 'signature over other bytes',
    code: 'signature-invalid',
    make: async () => (await good({ signature: (m) => Buffer.from(signMessage(Buffer.concat([m, Buffer.from(' ')]), v.intake.key, { trustedComment: 'x' })) })).bytes,
  },
  { name: 'signature missing', code: 'signature-invalid', make: async () => (await good({ entries: (e) => e.filter((x) => x.path !== 'manifest.json.minisig') })).bytes },
  { name: 'garbage signature', code: 'signature-invalid', make: async () => (await good({ signature: () => Buffer.from('untrusted comment: x\nAAAA\n') })).bytes },
  { name: 'unknown signer', code: 'untrusted-signer', make: async () => (await good({ signer: newIntake() })).bytes },
  {
    name: 'hash mismatch',
    code: 'hash-mismatch',
    make: async () => (await good({ manifest: (m) => ({ ...m, files: m.files.map((f, i) => (i === 0 ? { ...f, sha256: sha256(Buffer.from('other')) } : f)) }) })).bytes,
  },
  {
    name: 'size mismatch',
    code: 'hash-mismatch',
    make: async () => (await good({ manifest: (m) => ({ ...m, files: m.files.map((f, i) => (i === 0 ? { ...f, size: Number(f.size) + 1 } : f)) }) })).bytes,
  },
  {
    name: 'a listed file missing',
    code: 'missing-file',
    make: async () => (await good({ entries: (e) => e.filter((x) => x.path !== `attachments/${sha256(att2)}`) })).bytes,
  },
  {
    name: 'a report naming an attachment not in the bundle',
    code: 'missing-file',
    make: async () => (await buildBundle({ reports: [jsonBytes(reportObject({ attachments: [att1] }))], attachments: [], signer: v.intake, to: v.to })).bytes,
  },
  {
    name: 'a file not in the manifest',
    code: 'unlisted-file',
    make: async () => (await good({ rawTar: (t) => appendRaw(t, rawEntry(`attachments/${sha256(Buffer.from('extra'))}`, '0', Buffer.from('extra'))) })).bytes,
  },
  {
    name: 'a report that breaks the schema',
    code: 'report-invalid',
    make: async () => (await buildBundle({ reports: [jsonBytes({ ...reportObject(), channel: 'telepathy' })], signer: v.intake, to: v.to })).bytes,
  },
  {
    name: 'a report whose id differs from its file name',
    code: 'report-invalid',
    make: async () => {
      const r = reportObject();
      const other = rid();
      return (
        await buildBundle({
          reports: [jsonBytes(r)],
          signer: v.intake,
          to: v.to,
          manifest: (m) => ({ ...m, files: m.files.map((f) => ({ ...f, path: `reports/${other}.json` })) }),
          entries: (e) => e.map((x) => (x.path.startsWith('reports/') ? { ...x, path: `reports/${other}.json` } : x)),
        })
      ).bytes;
    },
  },
  {
    name: 'a summary over 500 characters',
    code: 'report-invalid',
    make: async () => {
      const r = reportObject();
      return (await buildBundle({ reports: [jsonBytes({ ...r, incident: { ...(r.incident as object), summary: 'ş'.repeat(501) } })], signer: v.intake, to: v.to })).bytes;
    },
  },
  {
    name: 'a manifest over 1 MiB',
    code: 'too-large',
    make: async () => (await good({ manifest: (m) => ({ ...m, producer: { station: 'x', padding: 'p'.repeat(1024 * 1024) } }) })).bytes,
  },
  {
    name: 'a report over 4 MiB',
    code: 'too-large',
    make: async () => (await buildBundle({ reports: [jsonBytes({ ...reportObject(), intakeNotes: 'n'.repeat(4 * 1024 * 1024) })], signer: v.intake, to: v.to })).bytes,
  },
];

describe('hostile bundles', () => {
  for (const c of hostile) {
    it(`rejects ${c.name} as ${c.code}, leaving the vault as it was`, async () => {
      const bytes = await c.make();
      const before = v.snapshot();
      const path = v.put(bytes);
      const [res] = await v.importHere([path]);
      expect(res).toMatchObject({ status: 'rejected', code: c.code });
      if (c.detail) expect(res?.detail).toMatch(c.detail);
      expect(v.snapshot()).toEqual(before);
      const [q] = await v.t.ok('quarantine.list', {});
      expect(q).toMatchObject({ fileName: path.split('/').pop(), fileSize: bytes.length, fileSha256: sha256(bytes), medium: 'USB', code: c.code });
      // The record names where, never what: no report content in the detail.
      expect(q?.detail).not.toMatch(/Ayşe|gözaltına|12345678/);
    });
  }

  it('rejects a revoked signer, and revoking marks already imported reports for review', async () => {
    const ok = await good();
    await v.importHere([v.put(ok.bytes)]);
    const r = await v.t.ok('trust.revoke', { keyId: v.intake.keyIdHex.toLowerCase() });
    expect(r.reportsFlagged).toBe(2);
    const rows = await v.t.ok('reports.list', {});
    expect(rows.rows.every((x) => x.reviewFlag === 'signer-revoked')).toBe(true);
    const cases = await v.t.ok('cases.list', {});
    expect(cases.rows.map((c) => c.reviewFlag)).toEqual(['signer-revoked', 'signer-revoked']);
    const before = v.snapshot();
    const [res] = await v.importHere([v.put((await good()).bytes)]);
    expect(res).toMatchObject({ status: 'rejected', code: 'revoked-signer' });
    expect(v.snapshot()).toEqual(before);
  });

  it('stops at the file and report count limits while reading', async () => {
    const b = await good();
    const [res] = await v.importHere([v.put(b.bytes)], { ...DEFAULT_LIMITS, reports: 1 });
    expect(res).toMatchObject({ status: 'rejected', code: 'too-large' });
    const [res2] = await v.importHere([v.put(b.bytes)], { ...DEFAULT_LIMITS, files: 2 });
    expect(res2).toMatchObject({ status: 'rejected', code: 'too-large' });
    const [res3] = await v.importHere([v.put(b.bytes)], { ...DEFAULT_LIMITS, attachmentBytes: 10 });
    expect(res3).toMatchObject({ status: 'rejected', code: 'too-large' });
  });
});
