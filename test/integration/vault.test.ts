// Real vaults in temp dirs: create, unlock, keyslots, encryption at rest, migrations, throttling.
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BakenError } from '../../core/errors';
import { openDatabase } from '../../db/open';
import { SCHEMA_VERSION } from '../../db/migrations/index';
import { ManualClock } from '../../main/services/clock';
import { kdfStats } from '../../main/vault/keyslots';
import { vaultPaths } from '../../main/vault/layout';
import { deriveSubkey } from '../../main/vault/subkeys';
import { createVault, unlockVault } from '../../main/vault/vault';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, TEST_KDF, testDispatcher } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile());
}

async function errorCode(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (e instanceof BakenError) return e.code;
    throw e;
  }
  throw new Error('expected a failure');
}

describe('vault', () => {
  it('creates, locks and unlocks with the right passphrase only', async () => {
    const dir = join(tmp.path, 'v');
    const { vault, user } = await createVault(dir, { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS }, { kdf: TEST_KDF });
    expect(user.roles).toEqual(['admin']);
    vault.close();
    const again = await unlockVault(dir, 'anna', ADMIN_PASS);
    expect(again.user.username).toBe('anna');
    again.vault.close();
    expect(await errorCode(unlockVault(dir, 'anna', `${ADMIN_PASS}!`))).toBe('wrong-credentials');
    expect(await errorCode(unlockVault(dir, 'nobody', ADMIN_PASS))).toBe('wrong-credentials');
  });

  it('refuses to create a vault over an existing one', async () => {
    const dir = join(tmp.path, 'v');
    (await createVault(dir, { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS }, { kdf: TEST_KDF })).vault.close();
    expect(await errorCode(createVault(dir, { username: 'x', displayName: 'X', passphrase: ADMIN_PASS }, { kdf: TEST_KDF }))).toBe('vault-exists');
  });

  it('never writes a marker, user name or role in plaintext anywhere in the vault directory', async () => {
    const t = testDispatcher(tmp.path);
    const marker = 'MARKER-7f3a9c-Zeynep-Yılmaz-شاهد';
    await t.ok('vault.create', { username: 'admin-zeynep', displayName: marker, passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS });
    await t.ok('users.create', { username: 'counsellor-mehmet', displayName: `${marker}-2`, roles: ['counsellor', 'coordinator'], passphrase: 'lichtblauwe fiets op dinsdag', passphraseRepeat: 'lichtblauwe fiets op dinsdag' });
    await t.ok('settings.update', { autoLockMinutes: 7 });
    const needles = [marker, 'admin-zeynep', 'counsellor-mehmet', 'counsellor', 'coordinator', 'AGE-SECRET-KEY', ADMIN_PASS];
    const check = () => {
      const files = filesUnder(t.vaultDir);
      expect(files.some((f) => f.endsWith('-wal'))).toBe(true);
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const needle of needles) {
          for (const enc of ['utf8', 'utf16le'] as const) {
            expect(bytes.includes(Buffer.from(needle, enc)), `${needle} (${enc}) in ${file}`).toBe(false);
          }
        }
      }
    };
    check(); // while open, with the WAL and shm in place
    await t.ok('session.lock', {});
    const files = filesUnder(t.vaultDir);
    for (const file of files) {
      const bytes = readFileSync(file);
      for (const needle of needles) expect(bytes.includes(Buffer.from(needle, 'utf8')), `${needle} in ${file}`).toBe(false);
    }
  });

  it('cannot be opened without the key or with a wrong key', async () => {
    const dir = join(tmp.path, 'v');
    const { vault } = await createVault(dir, { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS }, { kdf: TEST_KDF });
    vault.close();
    const file = vaultPaths(dir).database;
    const plain = new Database(file);
    expect(() => plain.prepare('SELECT * FROM users').all()).toThrow(/not a database/);
    plain.close();
    expect(() => openDatabase(file, Buffer.alloc(32, 7), { create: false })).toThrow(BakenError);
  });

  it('costs one KDF run per unlock however many users there are', async () => {
    const t = testDispatcher(tmp.path);
    await t.ok('vault.create', { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS });
    for (let i = 0; i < 6; i++) {
      const p = `purple elephant number ${i} dances`;
      await t.ok('users.create', { username: `user${i}`, displayName: `U ${i}`, roles: ['reviewer'], passphrase: p, passphraseRepeat: p });
    }
    await t.ok('session.lock', {});
    for (const [who, pass] of [['anna', ADMIN_PASS], ['user5', 'purple elephant number 5 dances'], ['user0', 'wrong passphrase here']] as const) {
      const before = kdfStats.runs;
      await t.call('session.unlock', { username: who, passphrase: pass });
      expect(kdfStats.runs - before).toBe(1);
      await t.call('session.lock', {});
    }
    expect(readdirSync(vaultPaths(t.vaultDir).keyslots)).toHaveLength(7);
  });

  it('keeps keyslots independent: changing or resetting one leaves the others working', async () => {
    const t = testDispatcher(tmp.path);
    await t.ok('vault.create', { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS });
    const bram = await t.ok('users.create', { username: 'bram', displayName: 'Bram', roles: ['counsellor'], passphrase: 'first bram passphrase 1', passphraseRepeat: 'first bram passphrase 1' });
    await t.ok('users.create', { username: 'cem', displayName: 'Cem', roles: ['reviewer'], passphrase: 'cem has a blue bicycle', passphraseRepeat: 'cem has a blue bicycle' });
    await t.ok('session.lock', {});

    // Bram must change the admin-chosen passphrase before anything else.
    const s = await t.ok('session.unlock', { username: 'bram', passphrase: 'first bram passphrase 1' });
    expect(s.mustChangePassphrase).toBe(true);
    expect(await t.fail('settings.update', { autoLockMinutes: 5 })).toBe('forbidden');
    expect(await t.fail('session.changePassphrase', { current: 'not the current one', next: 'bram second passphrase', nextRepeat: 'bram second passphrase' })).toBe('wrong-credentials');
    const changed = await t.ok('session.changePassphrase', { current: 'first bram passphrase 1', next: 'bram second passphrase', nextRepeat: 'bram second passphrase' });
    expect(changed.mustChangePassphrase).toBe(false);
    await t.ok('session.lock', {});
    expect(await t.fail('session.unlock', { username: 'bram', passphrase: 'first bram passphrase 1' })).toBe('wrong-credentials');
    await t.ok('session.unlock', { username: 'bram', passphrase: 'bram second passphrase' });
    await t.ok('session.lock', {});
    await t.ok('session.unlock', { username: 'cem', passphrase: 'cem has a blue bicycle' });
    await t.ok('session.lock', {});

    // Admin resets Bram; Cem and Anna unaffected, Bram's old slot gone.
    await t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
    const reset = await t.ok('users.resetPassphrase', { userId: bram.id, passphrase: 'reset by anna today', passphraseRepeat: 'reset by anna today' });
    expect(reset.mustChangePassphrase).toBe(true);
    await t.ok('session.lock', {});
    expect(await t.fail('session.unlock', { username: 'bram', passphrase: 'bram second passphrase' })).toBe('wrong-credentials');
    await t.ok('session.unlock', { username: 'bram', passphrase: 'reset by anna today' });
    await t.ok('session.lock', {});
    await t.ok('session.unlock', { username: 'cem', passphrase: 'cem has a blue bicycle' });
    await t.ok('session.lock', {});
    expect(readdirSync(vaultPaths(t.vaultDir).keyslots)).toHaveLength(3);

    // A deactivated user cannot unlock, and their slot is gone.
    await t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
    await t.ok('users.deactivate', { userId: bram.id });
    await t.ok('session.lock', {});
    expect(await t.fail('session.unlock', { username: 'bram', passphrase: 'reset by anna today' })).toBe('wrong-credentials');
    expect(readdirSync(vaultPaths(t.vaultDir).keyslots)).toHaveLength(2);
  });

  it('uses the whole passphrase, never a truncated one', async () => {
    const long = `${'lange zin met veel woorden '.repeat(30)}einde`;
    const dir = join(tmp.path, 'v');
    (await createVault(dir, { username: 'anna', displayName: 'Anna', passphrase: long }, { kdf: TEST_KDF })).vault.close();
    expect(await errorCode(unlockVault(dir, 'anna', `${long.slice(0, -1)}X`))).toBe('wrong-credentials');
    expect(await errorCode(unlockVault(dir, 'anna', long.slice(0, 128)))).toBe('wrong-credentials');
    (await unlockVault(dir, 'anna', long)).vault.close();
  });

  it('grows the delay after repeated wrong passphrases, never locks out, and audits the failures', async () => {
    const dir = join(tmp.path, 'v');
    const clock = new ManualClock();
    const sleeps: number[] = [];
    const recording = { now: () => clock.now(), sleep: async (ms: number) => { sleeps.push(ms); await clock.sleep(ms); } };
    (await createVault(dir, { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS }, { kdf: TEST_KDF, clock: recording })).vault.close();
    for (let i = 0; i < 6; i++) expect(await errorCode(unlockVault(dir, 'anna', 'wrong passphrase!!', { clock: recording }))).toBe('wrong-credentials');
    expect(sleeps).toEqual([1000, 2000, 4000]);
    const { vault } = await unlockVault(dir, 'anna', ADMIN_PASS, { clock: recording });
    expect(sleeps).toEqual([1000, 2000, 4000, 8000]);
    const failed = vault.db.prepare(`SELECT details FROM audit_log WHERE action = 'session.login-failed'`).pluck().all() as string[];
    expect(failed).toHaveLength(1);
    expect(JSON.parse(failed[0] ?? '{}')).toMatchObject({ attempts: 6 });
    vault.close();
    // Cleared after success: the next wrong attempt has no wait.
    expect(await errorCode(unlockVault(dir, 'anna', 'wrong passphrase!!', { clock: recording }))).toBe('wrong-credentials');
    expect(sleeps).toHaveLength(4);
  });

  it('refuses a tampered or newer vault header with a clear code', async () => {
    const dir = join(tmp.path, 'v');
    (await createVault(dir, { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS }, { kdf: TEST_KDF })).vault.close();
    const headerFile = vaultPaths(dir).header;
    const original = JSON.parse(readFileSync(headerFile, 'utf8'));
    writeFileSync(headerFile, JSON.stringify({ ...original, kdf: { ...original.kdf, logN: 4 } }));
    expect(await errorCode(unlockVault(dir, 'anna', ADMIN_PASS))).toBe('vault-corrupt');
    writeFileSync(headerFile, JSON.stringify({ ...original, format: 'baken-vault/2' }));
    expect(await errorCode(unlockVault(dir, 'anna', ADMIN_PASS))).toBe('vault-newer-version');
    expect(await errorCode(unlockVault(join(tmp.path, 'nothing'), 'anna', ADMIN_PASS))).toBe('vault-not-found');
  });
});

describe('migrations', () => {
  it('bring a new database to the current version, are idempotent, and refuse a newer one', async () => {
    const file = join(tmp.path, 'm.db');
    const key = deriveSubkey(Buffer.alloc(32, 1), 'database');
    const db = openDatabase(file, key, { create: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('secure_delete', { simple: true })).toBe(1);
    db.close();
    const again = openDatabase(file, key, { create: false });
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    again.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    again.close();
    expect(() => openDatabase(file, key, { create: false })).toThrow(/newer version/);
  });
});
