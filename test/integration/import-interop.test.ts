// Interop both ways with the real tools: stock-tool bundles import through `baken import`, and
// `baken bundle pack` bundles decrypt with `age -d`, list with `tar`, and verify with `minisign -V`.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baken } from '../support/cli';
import { jsonBytes, reportObject, sha256 } from '../support/bundles';
import { ageKeygen, minisignKeygen, stockBundle } from '../support/stock-bundle';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, testDispatcher } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
let env: Record<string, string>;
let recipients: { x25519: string; pq: string };
let stick: string;

beforeAll(async () => {
  tmp = tempDir();
  const t = testDispatcher(tmp.path);
  const created = await t.ok('vault.create', { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS });
  await t.ok('users.setRoles', { userId: created.session.userId, roles: ['admin', 'counsellor'] });
  recipients = created.recipients;
  t.dispatcher.sessions.lock('shutdown');
  env = { BAKEN_VAULT: t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
  stick = join(tmp.path, 'stick');
  mkdirSync(stick);
});
afterAll(() => tmp.cleanup());

describe('interop with age, minisign and GNU tar', () => {
  it('imports bundles made with stock tools (binary, armored, legacy Ed signature) through `baken import`', () => {
    const keys = minisignKeygen(tmp.path);
    const trust = baken(['--json', 'trust', 'add', keys.pub, '--label', 'stock-intake'], env);
    expect(trust.status, trust.stderr).toBe(0);
    const keyLine = readFileSync(keys.pub, 'utf8').split('\n')[0] ?? '';
    const printedId = /minisign public key ([0-9A-F]+)/.exec(keyLine)?.[1] ?? '';
    expect(JSON.parse(trust.stdout).keyId).toBe(printedId.padStart(16, '0'));

    const att = Buffer.from('bijlage uit de intake\n');
    const variants = [{}, { armor: true }, { legacy: true }];
    const ids: string[] = [];
    variants.forEach((variant, i) => {
      const r = reportObject({ attachments: [att] });
      const bundleId = randomUUID();
      ids.push(bundleId);
      stockBundle(join(tmp.path, `work-${i}`), {
        bundleId,
        reports: [{ id: String(r.reportId), bytes: jsonBytes(r) }],
        attachments: [att],
        key: keys,
        recipient: recipients.x25519,
        out: join(stick, `stock-${i}.baken`),
        ...variant,
      });
    });
    writeFileSync(join(stick, 'notes.txt'), 'not a bundle, not scanned');
    const res = baken(['--json', 'import', stick], env);
    expect(res.status, res.stderr).toBe(0);
    const rows = JSON.parse(res.stdout) as { file: string; status: string; bundleId: string; reports: number; code: string | null; detail: string | null }[];
    expect(rows.map((r) => r.file)).toEqual([0, 1, 2].map((i) => join(stick, `stock-${i}.baken`)));
    expect(rows.map((r) => [r.status, r.bundleId, r.reports, r.code, r.detail])).toEqual(ids.map((id) => ['imported', id, 1, null, null]));

    const listed = baken(['--json', 'reports', 'list'], env);
    expect(listed.status, listed.stderr).toBe(0);
    const reports = JSON.parse(listed.stdout);
    expect(reports).toHaveLength(3);
    expect(Object.keys(reports[0]).sort()).toEqual(['bundleId', 'categories', 'channel', 'receivedAt', 'reportId', 'status']);
  });

  it('exits 3 when a bundle is rejected, and again with duplicates reported as such', () => {
    writeFileSync(join(stick, 'zz-broken.baken'), 'age-encryption.org/v1\n-> X25519 garbage\n');
    const res = baken(['--json', 'import', stick], env);
    expect(res.status).toBe(3);
    const rows = JSON.parse(res.stdout) as { status: string; code: string | null }[];
    expect(rows.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'rejected']);
    expect(rows[3]?.code).toBe('not-age');
  });

  it('makes bundles with `baken bundle pack` that age, tar and minisign accept', () => {
    const keys = minisignKeygen(join(tmp.path, 'pack'));
    const age = ageKeygen(join(tmp.path, 'pack'));
    const att = Buffer.from('bijlage, echt bestand\n');
    const attFile = join(tmp.path, 'pack', 'bijlage.txt');
    writeFileSync(attFile, att);
    const r = reportObject({ attachments: [att] });
    const reportFile = join(tmp.path, 'pack', 'report.json');
    writeFileSync(reportFile, jsonBytes(r));
    const out = join(tmp.path, 'pack', 'out');
    mkdirSync(out);
    const packed = baken(['--json', 'bundle', 'pack', '--report', reportFile, '--attachment', attFile, '--key', keys.key, '--recipient', age.recipient, recipients.x25519, '--station', 'intake-07', '--out', out]);
    expect(packed.status, packed.stderr).toBe(0);
    const { bundleId, file } = JSON.parse(packed.stdout) as { bundleId: string; file: string };
    expect(file).toBe(join(out, `${bundleId}.baken`));

    const tarBytes = execFileSync('age', ['-d', '-i', age.identityFile, file], { maxBuffer: 1 << 28 });
    const listing = execFileSync('tar', ['-tf', '-'], { input: tarBytes, encoding: 'utf8' }).trim().split('\n');
    expect(listing).toEqual(['manifest.json', 'manifest.json.minisig', `reports/${String(r.reportId)}.json`, `attachments/${sha256(att)}`]);
    const x = join(tmp.path, 'pack', 'x');
    mkdirSync(x);
    execFileSync('tar', ['-xf', '-', '-C', x], { input: tarBytes });
    execFileSync('minisign', ['-V', '-p', keys.pub, '-m', join(x, 'manifest.json')], { stdio: 'ignore' });
    const manifest = JSON.parse(readFileSync(join(x, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({ format: 'baken-bundle/1', bundleId, producer: { station: 'intake-07' } });
    for (const f of manifest.files) expect(sha256(readFileSync(join(x, f.path)))).toBe(f.sha256);
    const sig = readFileSync(join(x, 'manifest.json.minisig'), 'utf8');
    expect(sig).toContain(`trusted comment: baken-bundle/1 ${bundleId}`);
    expect(readdirSync(join(x, 'reports'))).toEqual([`${String(r.reportId)}.json`]);

    // And the same bundle imports here once its signer is trusted.
    expect(baken(['trust', 'add', keys.pub, '--label', 'intake-07'], env).status).toBe(0);
    const imported = baken(['--json', 'import', file], env);
    expect(imported.status, imported.stderr).toBe(0);
    expect(JSON.parse(imported.stdout)[0]).toMatchObject({ status: 'imported', bundleId, reports: 1 });
  });

  it('revokes by the key ID minisign prints, in any case', () => {
    const list = JSON.parse(baken(['--json', 'trust', 'list'], env).stdout) as { keyId: string; label: string }[];
    const stock = list.find((k) => k.label === 'stock-intake');
    expect(stock).toBeDefined();
    const res = baken(['--json', 'trust', 'revoke', (stock?.keyId ?? '').toLowerCase()], env);
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout).reportsFlagged).toBe(3);
    expect(baken(['trust', 'revoke', 'nothex'], env).status).toBe(1);
  });
});
