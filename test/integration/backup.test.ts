// Backups of a real vault: the whole vault as one age file on a folder standing in for a USB
// stick; opened by the real `age -d` and GNU tar (every file as the manifest says, nothing in
// plaintext), and the other way round (re-encrypted by `age`, verified by Baken); to a passphrase;
// verified and restored by the CLI into a new vault that opens with the same users and
// passphrases and whose audit chain verifies; a damaged backup restores nothing.
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type AgeKeyPair, ageDecryptOk, ageEncrypt, ageKeygen } from '../support/age-cli';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { baken } from '../support/cli';
import { intakeVault } from '../support/intake';
import { tarEntry, tarNames } from '../support/package-tools';
import { tempDir } from '../support/temp';
import { ADMIN_PASS } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
let key: AgeKeyPair;
let backupPath = '';
const NARRATIVE = 'Een uniek verhaal dat nooit als leesbare tekst in een back-up mag staan 7Q2.';
const reportId = randomUUID();
const env = (extra: Record<string, string> = {}) => ({ BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS, ...extra });
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  key = ageKeygen(tmp.path, 'backup-key');
  const attachment = Buffer.from('bijlage die versleuteld in de blobopslag staat');
  const report: Record<string, unknown> = { ...(reportObject({ attachments: [attachment] }) as Record<string, unknown>), reportId };
  report.incident = { ...(report.incident as Record<string, unknown>), narrative: NARRATIVE };
  await v.importHere([v.put((await buildBundle({ reports: [jsonBytes(report)], attachments: [attachment], signer: v.intake, to: v.to })).bytes)]);
}, 120_000);
afterAll(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

describe('backup', () => {
  it('writes the whole vault as one age file that age -d and GNU tar open, holding only ciphertext', async () => {
    expect(await v.t.fail('backup.create', {})).toBe('backup-no-recipients');
    expect(await v.t.ok('backup.setRecipients', { recipients: [key.recipient] })).toEqual([key.recipient]);
    const out = await v.t.ok('backup.create', {});
    expect(out.fileName).toMatch(/^baken-backup-\d{8}-\d{6}\.tar\.age$/);
    backupPath = join(v.t.exportDir, out.fileName);
    expect(sha(readFileSync(backupPath))).toBe(out.sha256);
    const tar = ageDecryptOk(backupPath, [key.keyFile]);
    const names = tarNames(tar);
    expect(names[0]).toBe('baken-backup.json');
    expect(names).toEqual(expect.arrayContaining(['vault.json', 'baken.db']));
    expect(names.some((n) => n.startsWith('keyslots/'))).toBe(true);
    expect(names.some((n) => n.startsWith('blobs/'))).toBe(true);
    const manifest = JSON.parse(tarEntry(tar, 'baken-backup.json').toString('utf8')) as { format: string; files: { path: string; sha256: string; size: number }[] };
    expect(manifest.format).toBe('baken-backup/1');
    expect(manifest.files.map((f) => f.path)).toEqual(names.slice(1));
    // Progress went up to the sum of the vault files' sizes, in order.
    const progress = v.t.events.filter((e) => e.name === 'backup.progress').map((e) => e.payload as { bytesDone: number; bytesTotal: number });
    const total = manifest.files.reduce((n, f) => n + f.size, 0);
    expect(progress.at(-1)).toEqual({ bytesDone: total, bytesTotal: total });
    expect(progress.every((p, i) => i === 0 || p.bytesDone >= (progress[i - 1]?.bytesDone ?? 0))).toBe(true);
    for (const f of manifest.files) expect(sha(tarEntry(tar, f.path))).toBe(f.sha256);
    expect(tar.includes(Buffer.from('7Q2'))).toBe(false);
    expect(tar.includes(Buffer.from('bijlage die versleuteld'))).toBe(false);
    // Nothing was left in the vault folder by the snapshot.
    expect(readdirSync(v.t.vaultDir).filter((f) => f.startsWith('.backup-'))).toEqual([]);
    const audit = (await v.t.ok('audit.list', { limit: 10 })).entries.find((e) => e.action === 'backup.create');
    expect(audit?.details).toMatchObject({ fileName: out.fileName, sha256: out.sha256 });
  });

  it('verifies a backup that the real age re-encrypted, and refuses a wrong key or a damaged file', () => {
    const plain = join(tmp.path, 'backup.tar');
    writeFileSync(plain, ageDecryptOk(backupPath, [key.keyFile]));
    const other = ageKeygen(tmp.path, 'other');
    const reencrypted = join(tmp.path, 'again.tar.age');
    ageEncrypt(plain, reencrypted, [other.recipient]);
    const ok = baken(['--json', 'backup', 'verify', reencrypted, '--identity', other.keyFile]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ ok: true, createdBy: 'anna' });
    const wrong = baken(['backup', 'verify', backupPath, '--identity', other.keyFile]);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stderr).toContain('This backup is not encrypted to this key or passphrase.');
    const damaged = join(tmp.path, 'damaged.tar.age');
    const bytes = readFileSync(backupPath);
    const middle = Math.floor(bytes.length / 2);
    bytes[middle] = (bytes[middle] ?? 0) ^ 0x01;
    writeFileSync(damaged, bytes);
    const bad = baken(['backup', 'verify', damaged, '--identity', key.keyFile]);
    expect(bad.status).not.toBe(0);
    expect(bad.stderr).toContain('damaged or incomplete');
    const target = join(tmp.path, 'from-damaged');
    expect(baken(['backup', 'restore', damaged, '--identity', key.keyFile], { ...env(), BAKEN_VAULT: target }).status).not.toBe(0);
    expect(existsSync(target)).toBe(false);
    expect(readdirSync(tmp.path).filter((f) => f.endsWith('.restoring'))).toEqual([]);
  });

  it('restores into a new vault that opens with the same users and reports, its audit chain whole', () => {
    const target = join(tmp.path, 'restored');
    expect(baken(['backup', 'restore', backupPath, '--identity', key.keyFile], env()).status).not.toBe(0); // the vault exists
    // What a restore killed half-way would have left beside the target.
    const leftover = join(tmp.path, '.restored.restoring');
    mkdirSync(join(leftover, 'blobs'), { recursive: true });
    writeFileSync(join(leftover, 'baken.db'), 'half a database');
    const r = baken(['--json', 'backup', 'restore', backupPath, '--identity', key.keyFile], { ...env(), BAKEN_VAULT: target });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ restored: target, auditOk: true });
    expect(existsSync(leftover)).toBe(false);
    const check = baken(['--json', 'reports', 'show', reportId], { ...env(), BAKEN_VAULT: target });
    expect(check.status, check.stderr).toBe(0);
    expect(check.stdout).toContain('7Q2');
    const audit = baken(['--json', 'audit', 'verify'], { ...env(), BAKEN_VAULT: target });
    expect(audit.status, audit.stderr).toBe(0);
  });

  it('backs up to a passphrase from a file; the CLI verifies with it', () => {
    const passFile = join(tmp.path, 'backup-pass.txt');
    writeFileSync(passFile, 'een lange back-upwachtwoordzin voor de kluis\n');
    const out = join(tmp.path, 'stick2');
    mkdirSync(out);
    v.t.dispatcher.sessions.lock('shutdown');
    const shortFile = join(tmp.path, 'short.txt');
    writeFileSync(shortFile, 'kort');
    expect(baken(['backup', 'create', '--out', out, '--backup-passphrase-file', shortFile], env()).status).not.toBe(0);
    const made = baken(['--json', 'backup', 'create', '--out', out, '--backup-passphrase-file', passFile], env());
    expect(made.status, made.stderr).toBe(0);
    const file = join(out, (JSON.parse(made.stdout) as { fileName: string }).fileName);
    const ok = baken(['backup', 'verify', file, '--backup-passphrase-file', passFile]);
    expect(ok.status, ok.stderr).toBe(0);
    expect(ok.stdout).toContain('backup intact');
  });
});
