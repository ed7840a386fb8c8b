// Re-keying a real vault: a new VMK for the database, every blob, every keyslot and the audit
// chain; users keep their passphrases; the old key opens nothing afterwards; a crash before the
// commit point leaves the old vault, after it the new one. And identity rotation.
import { createCipheriv, createHash, randomBytes, randomFillSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/open';
import { verifyAudit } from '../../main/audit/chain';
import { BlobStore } from '../../main/blobs/blob-store';
import { allBlobRefs } from '../../db/queries/intake';
import { deriveSlotKey, kdfStats } from '../../main/vault/keyslots';
import { vaultPaths } from '../../main/vault/layout';
import { rekeyVault } from '../../main/vault/rekey';
import { openVaultReadOnly } from '../../main/vault/open-read-only';
import { systemClock, unlockVault } from '../../main/vault/vault';
import { auditBlobStore } from '../support/blob-audit';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';
import { addUser } from '../support/users';
import { ADMIN_PASS } from '../support/vault';

const BRAM_PASS = 'paarse olifant danst op het dak';

let tmp: ReturnType<typeof tempDir>;
beforeEach(() => {
  tmp = tempDir();
});
afterEach(() => tmp.cleanup());

/** A vault with two users and attachments both in packs and in files of their own. */
async function populated() {
  const v = await intakeVault(tmp.path);
  await addUser(v.t, { username: 'bram', roles: ['counsellor'], passphrase: BRAM_PASS }, { username: 'anna', passphrase: ADMIN_PASS });
  const big = Buffer.alloc(3 * 1024 * 1024 + 17);
  randomFillSync(big);
  const small = [Buffer.from('foto van de auto voor het huis\n'), Buffer.from('schermafdruk van het bericht\n')];
  const paths: string[] = [];
  for (const [i, s] of small.entries()) {
    const atts = i === 0 ? [s, big] : [s];
    const b = await buildBundle({ reports: [jsonBytes(reportObject({ attachments: atts }))], attachments: atts, signer: v.intake, to: v.to });
    paths.push(v.put(b.bytes));
  }
  const results = await v.importHere(paths);
  expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);
  const hashes = [big, ...small].map((b) => createHash('sha256').update(b).digest('hex')).sort();
  return { ...v, hashes };
}

/** Every file under a folder with the SHA-256 of its bytes. */
function fileHashes(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const p = join(dir, f);
    try {
      out.set(f, createHash('sha256').update(readFileSync(p)).digest('hex'));
    } catch {
      // a folder
    }
  }
  return out;
}

async function readAllBlobs(dir: string, username: string, passphrase: string): Promise<string[]> {
  const { vault } = await unlockVault(dir, username, passphrase);
  try {
    expect(verifyAudit(vault.db, vault.auditMacKey()).ok).toBe(true);
    expect(await auditBlobStore(vault.paths.blobs, vault.db, vault.blobKey())).toEqual([]);
    const store = new BlobStore(vault.paths.blobs, vault.blobKey());
    const hashes: string[] = [];
    for (const ref of allBlobRefs(vault.db)) hashes.push(createHash('sha256').update(await store.readAll(ref)).digest('hex'));
    return hashes.sort();
  } finally {
    vault.close();
  }
}

describe('vault re-key', () => {
  it('re-encrypts database, blobs, keyslots and audit chain; every user keeps their passphrase; the old key opens nothing', async () => {
    const v = await populated();
    const dir = v.t.vaultDir;
    const oldKeys = v.t.dispatcher.sessions.require().vault.workerKeys();
    const before = fileHashes(vaultPaths(dir).blobs);
    const slotsBefore = fileHashes(vaultPaths(dir).keyslots);
    const auditBefore = (await v.t.ok('audit.list', { limit: 500 })).total;

    const runs = kdfStats.runs;
    const result = await v.t.ok('keys.rekey', { passphrase: ADMIN_PASS });
    // One KDF run, to confirm the admin's passphrase; the other users' slots need none.
    expect(kdfStats.runs - runs).toBe(1);
    expect(result).toEqual({ keyslots: 2, blobs: 3, auditEntries: auditBefore });
    const phases = v.t.events.filter((e) => e.name === 'rekey.progress').map((e) => (e.payload as { phase: string }).phase);
    expect(new Set(phases)).toEqual(new Set(['database', 'blobs', 'keyslots', 'swap']));

    // The session goes on under the new key.
    const session = v.t.dispatcher.sessions.require();
    expect(session.vault.workerKeys().database.equals(oldKeys.database)).toBe(false);
    const audit = await v.t.ok('audit.list', { limit: 5 });
    expect(audit.entries[0]?.action).toBe('vault.rekey');
    expect((await v.t.ok('audit.verify', {})).ok).toBe(true);
    expect((await v.t.ok('reports.list', {})).total).toBe(2);

    // No stored byte is left as it was: blob files renamed and resealed, packs resealed in place.
    const after = fileHashes(vaultPaths(dir).blobs);
    for (const [name, hash] of after) expect(before.get(name)).not.toBe(hash);
    const slotsAfter = fileHashes(vaultPaths(dir).keyslots);
    expect([...slotsAfter.keys()].sort()).toEqual([...slotsBefore.keys()].sort());
    for (const [name, hash] of slotsAfter) expect(slotsBefore.get(name)).not.toBe(hash);
    expect(existsSync(join(dir, 'rekey'))).toBe(false);

    // The old database key no longer opens the database.
    expect(() => openDatabase(vaultPaths(dir).database, oldKeys.database, { create: false })).toThrow(/cannot be read/);
    v.t.dispatcher.sessions.lock('manual');

    // Both users unlock with their unchanged passphrases and read every attachment.
    expect(await readAllBlobs(dir, 'anna', ADMIN_PASS)).toEqual(v.hashes);
    expect(await readAllBlobs(dir, 'bram', BRAM_PASS)).toEqual(v.hashes);
  });

  it('asks for the admin passphrase, refuses while the vault is open elsewhere, and turns other calls away meanwhile', async () => {
    const v = await populated();
    expect(await v.t.fail('keys.rekey', { passphrase: 'not the passphrase at all' })).toBe('wrong-credentials');
    const other = await unlockVault(v.t.vaultDir, 'bram', BRAM_PASS);
    try {
      expect(await v.t.fail('keys.rekey', { passphrase: ADMIN_PASS })).toBe('vault-busy');
    } finally {
      other.vault.close();
    }
    const running = v.t.ok('keys.rekey', { passphrase: ADMIN_PASS });
    expect(await v.t.fail('reports.list', {})).toBe('vault-maintenance');
    await running;
    expect((await v.t.ok('reports.list', {})).total).toBe(2);
  });

  it('leaves the old vault when it stops before the commit point, and finishes at the next unlock after it', async () => {
    const v = await populated();
    const dir = v.t.vaultDir;
    const blobs = fileHashes(vaultPaths(dir).blobs);
    const session = v.t.dispatcher.sessions.require();
    const oldDbKey = session.vault.workerKeys().database;

    // Stopped before the commit point: the staging folder is thrown away, nothing changed.
    v.t.dispatcher.sessions.lock('manual');
    let { vault } = await unlockVault(dir, 'anna', ADMIN_PASS);
    await rekeyVault(vault, { actor: 'anna', stopAfter: 'prepare' });
    vault.close();
    expect(existsSync(join(dir, 'rekey', 'baken.db'))).toBe(true);
    // A check writes nothing, so it cannot undo it: it says to unlock first.
    await expect(openVaultReadOnly(dir, 'anna', ADMIN_PASS, systemClock)).rejects.toMatchObject({ code: 'rekey-interrupted' });
    ({ vault } = await unlockVault(dir, 'anna', ADMIN_PASS));
    expect(existsSync(join(dir, 'rekey'))).toBe(false);
    expect(vault.workerKeys().database.equals(oldDbKey)).toBe(true);
    expect(fileHashes(vaultPaths(dir).blobs)).toEqual(blobs);

    // Stopped right after the commit point: the next unlock swaps the new files in.
    await rekeyVault(vault, { actor: 'anna', stopAfter: 'commit' });
    expect(vault.isOpen()).toBe(false);
    expect(existsSync(join(dir, 'rekey', 'COMMITTED'))).toBe(true);
    expect(await readAllBlobs(dir, 'bram', BRAM_PASS)).toEqual(v.hashes);
    expect(existsSync(join(dir, 'rekey'))).toBe(false);
    ({ vault } = await unlockVault(dir, 'anna', ADMIN_PASS));
    try {
      expect(vault.workerKeys().database.equals(oldDbKey)).toBe(false);
      const last = vault.db.prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 3').pluck().all();
      expect(last).toContain('vault.rekey');
    } finally {
      vault.close();
    }
  });

  it('finishes a swap interrupted half-way: database moved, keyslots and blobs not yet', async () => {
    const v = await populated();
    const dir = v.t.vaultDir;
    v.t.dispatcher.sessions.lock('manual');
    const { vault } = await unlockVault(dir, 'anna', ADMIN_PASS);
    await rekeyVault(vault, { actor: 'anna', stopAfter: 'commit' });
    // Do the first step of the swap by hand, as a crash right after it would leave things.
    rmSync(`${vaultPaths(dir).database}-wal`, { force: true });
    rmSync(`${vaultPaths(dir).database}-shm`, { force: true });
    mkdirSync(join(dir, 'rekey', 'old'));
    renameSync(vaultPaths(dir).database, join(dir, 'rekey', 'old', 'baken.db'));
    renameSync(join(dir, 'rekey', 'baken.db'), vaultPaths(dir).database);
    renameSync(vaultPaths(dir).keyslots, join(dir, 'rekey', 'old', 'keyslots'));
    expect(await readAllBlobs(dir, 'anna', ADMIN_PASS)).toEqual(v.hashes);
    expect(await readAllBlobs(dir, 'bram', BRAM_PASS)).toEqual(v.hashes);
  });

  it('refuses while a user still has an old-format keyslot', async () => {
    const v = await populated();
    const dir = v.t.vaultDir;
    const session = v.t.dispatcher.sessions.require();
    // Write Bram's slot in the BKS1 format (the VMK wrapped directly), as older versions did.
    const bram = session.vault.db.prepare("SELECT keyslot_id FROM users WHERE username = 'bram'").pluck().get() as string;
    const key = await deriveSlotKey(session.vault.header, 'bram', BRAM_PASS);
    expect(key.slotId).toBe(bram);
    const vmk = (session.vault as unknown as { vmk: Buffer }).vmk;
    const nonce = randomBytes(12);
    const c = createCipheriv('aes-256-gcm', key.wrapKey, nonce, { authTagLength: 16 });
    c.setAAD(Buffer.concat([Buffer.from('BKS1'), Buffer.from(bram, 'hex')]));
    const body = Buffer.concat([c.update(vmk), c.final()]);
    writeFileSync(join(vaultPaths(dir).keyslots, `${bram}.slot`), Buffer.concat([Buffer.from('BKS1'), nonce, body, c.getAuthTag()]));

    expect(await v.t.fail('keys.rekey', { passphrase: ADMIN_PASS })).toBe('rekey-slot-outdated');
    // Bram's next unlock upgrades his slot; then the re-key goes through.
    v.t.dispatcher.sessions.lock('manual');
    const other = await unlockVault(dir, 'bram', BRAM_PASS);
    other.vault.close();
    expect(readFileSync(join(vaultPaths(dir).keyslots, `${bram}.slot`)).subarray(0, 4).toString()).toBe('BKS2');
    await v.t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
    expect((await v.t.ok('keys.rekey', { passphrase: ADMIN_PASS })).keyslots).toBe(2);
  });
});

describe('workstation identity rotation', () => {
  it('gives new recipients, still opens bundles made for the old ones, and destroys a retired one on request', async () => {
    const v = await populated();
    const old = v.recipients;
    const inTransit = await buildBundle({ reports: [jsonBytes(reportObject())], attachments: [], signer: v.intake, to: { recipients: [old.x25519] } });
    const rotated = await v.t.ok('keys.rotateIdentities', {});
    expect(rotated.x25519).not.toBe(old.x25519);
    expect(rotated.pq).not.toBe(old.pq);
    expect(await v.t.ok('vault.recipients', {})).toEqual(rotated);
    const list = await v.t.ok('keys.identities', {});
    expect(list.filter((i) => i.retiredAt === null).map((i) => i.recipient).sort()).toEqual([rotated.pq, rotated.x25519].sort());
    expect(list.filter((i) => i.retiredAt !== null).map((i) => i.recipient).sort()).toEqual([old.pq, old.x25519].sort());
    // Nothing secret in the list.
    expect(JSON.stringify(list)).not.toMatch(/AGE-SECRET-KEY/i);

    // A bundle made for the old recipient still imports; one for the new recipient too.
    const fresh = await buildBundle({ reports: [jsonBytes(reportObject())], attachments: [], signer: v.intake, to: { recipients: [rotated.x25519] } });
    const results = await v.importHere([v.put(inTransit.bytes), v.put(fresh.bytes)]);
    expect(results.map((r) => r.status)).toEqual(['imported', 'imported']);

    // A current identity cannot be destroyed; a retired one can, and then its bundles no longer open.
    const current = list.find((i) => i.retiredAt === null);
    expect(await v.t.fail('keys.destroyIdentity', { id: current?.id })).toBe('identity-not-retired');
    for (const i of list.filter((x) => x.retiredAt !== null)) await v.t.ok('keys.destroyIdentity', { id: i.id });
    const late = await buildBundle({ reports: [jsonBytes(reportObject())], attachments: [], signer: v.intake, to: { recipients: [old.x25519] } });
    const [refused] = await v.importHere([v.put(late.bytes)]);
    expect(refused?.status).toBe('rejected');
    const actions = (await v.t.ok('audit.list', { limit: 10 })).entries.map((e) => e.action);
    expect(actions).toContain('identity.rotate');
    expect(actions).toContain('identity.destroy');
  });
});
