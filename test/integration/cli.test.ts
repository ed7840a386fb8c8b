// The `baken` command line: exit codes, passphrase sources and --json output of DESIGN.md.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateKeyPair } from '../../main/bundle/minisign';
import { unlockVault } from '../../main/vault/vault';
import { baken } from '../support/cli';
import { tempDir } from '../support/temp';

const PASS = 'correct horse battery staple';
let tmp: ReturnType<typeof tempDir>;
let env: Record<string, string>;

beforeAll(() => {
  tmp = tempDir();
  env = { BAKEN_VAULT: join(tmp.path, 'vault'), BAKEN_USER: 'anna', BAKEN_PASSPHRASE: PASS };
  const init = baken(['vault', 'init', '--admin', 'anna', '--json'], env);
  expect(init.status, init.stderr).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('baken CLI', () => {
  it('vault init prints the recipients as JSON and refuses a second init', () => {
    const again = baken(['vault', 'init', '--admin', 'anna', '--json'], env);
    expect(again.status).toBe(1);
    expect(JSON.parse(again.stderr)).toMatchObject({ error: { code: 'vault-exists' } });
  });

  it('vault recipients prints {"x25519","pq"}', () => {
    const r = baken(['vault', 'recipients', '--json'], env);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json).sort()).toEqual(['pq', 'x25519']);
    expect(json.x25519).toMatch(/^age1[02-9ac-hj-np-z]{58}$/);
    expect(json.pq).toMatch(/^age1pq1[02-9ac-hj-np-z]+$/);
  });

  it('reads the passphrase from a file, never from an argument', () => {
    const file = join(tmp.path, 'pass.txt');
    writeFileSync(file, `${PASS}\n`);
    const r = baken(['--passphrase-file', file, 'vault', 'recipients'], { ...env, BAKEN_PASSPHRASE: undefined });
    expect(r.status, r.stderr).toBe(0);
    expect(baken(['--passphrase', PASS, 'vault', 'recipients'], { ...env, BAKEN_PASSPHRASE: undefined }).status).toBe(2);
    const none = baken(['vault', 'recipients'], { ...env, BAKEN_PASSPHRASE: undefined });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain('BAKEN_PASSPHRASE');
  });

  it('exits 2 on a wrong passphrase or unknown user, without echoing the passphrase', () => {
    const r = baken(['vault', 'recipients'], { ...env, BAKEN_PASSPHRASE: 'not the right passphrase' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('wrong-credentials');
    expect(r.stderr + r.stdout).not.toContain('not the right passphrase');
    expect(baken(['--user', 'ghost', 'vault', 'recipients'], env).status).toBe(2);
  });

  it('user add creates a user with roles from --new-passphrase-file; usage errors exit 2', () => {
    const np = join(tmp.path, 'np.txt');
    writeFileSync(np, 'lichtblauwe fiets op dinsdag\n');
    const r = baken(['--json', 'user', 'add', 'bram', '--role', 'counsellor,coordinator', '--new-passphrase-file', np], env);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ username: 'bram', roles: ['coordinator', 'counsellor'], mustChangePassphrase: true });
    expect(baken(['user', 'add', 'cem', '--role', 'wizard', '--new-passphrase-file', np], env).status).toBe(2);
    expect(baken(['user', 'add', 'cem', '--role', 'reviewer'], env).status).toBe(2);
    writeFileSync(np, 'password1234\n');
    const weak = baken(['user', 'add', 'cem', '--role', 'reviewer', '--new-passphrase-file', np], env);
    expect(weak.status).toBe(2);
    expect(weak.stderr).toContain('passphrase-common');
    // Bram must first replace the admin-chosen passphrase; until then nothing else is allowed.
    const asBram = baken(['user', 'list'], { ...env, BAKEN_USER: 'bram', BAKEN_PASSPHRASE: 'lichtblauwe fiets op dinsdag' });
    expect(asBram.status).toBe(2);
    expect(asBram.stderr).toContain('forbidden');
    const list = baken(['--json', 'user', 'list'], env);
    expect(JSON.parse(list.stdout).map((u: { username: string }) => u.username)).toEqual(['anna', 'bram']);
  });

  it('audit verify exits 0 on an intact chain and 1 with the first bad entry when tampered', async () => {
    const ok = baken(['--json', 'audit', 'verify'], env);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, firstBad: null });

    const { vault } = await unlockVault(env.BAKEN_VAULT ?? '', 'anna', PASS);
    vault.db.exec('DROP TRIGGER audit_log_no_update');
    vault.db.prepare(`UPDATE audit_log SET actor = 'mallory' WHERE seq = 3`).run();
    vault.close();

    const bad = baken(['--json', 'audit', 'verify'], env);
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)).toMatchObject({ ok: false, firstBad: { seq: 3, reason: 'mac-mismatch' } });
  });

  it('exits 2 on unknown commands and with no vault configured', () => {
    expect(baken(['frobnicate'], env).status).toBe(2);
    expect(baken(['vault', 'recipients'], { BAKEN_USER: 'anna', BAKEN_PASSPHRASE: PASS }).status).toBe(2);
    expect(baken(['--help']).status).toBe(0);
  });

  it('bundle pack refuses a report file that is not valid UTF-8 (read as bytes, not repaired)', () => {
    const report = join(tmp.path, 'bad.json');
    writeFileSync(report, Buffer.concat([Buffer.from('{"format":"baken-report/1","x":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}')]));
    const key = join(tmp.path, 'intake.key');
    writeFileSync(key, generateKeyPair().secretKeyText);
    const recipient = 'age1ql3z7hjy54pw3hyww5ayyfg7zqgvc7w3j2elw8zmrj2kg5sfn9aqmcac8p';
    const r = baken(['bundle', 'pack', '--report', report, '--key', key, '--recipient', recipient, '--out', tmp.path]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not valid UTF-8');
    const missing = baken(['bundle', 'pack', '--report', join(tmp.path, 'missing.json'), '--key', key, '--recipient', recipient, '--out', tmp.path]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read the report file');
  });

  it('leaves a database that only opens with the key', () => {
    const db = new Database(join(env.BAKEN_VAULT ?? '', 'baken.db'));
    expect(() => db.prepare('SELECT * FROM users').all()).toThrow();
    db.close();
  });
});
