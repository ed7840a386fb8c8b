// Fault test: `baken vault rekey` killed with SIGKILL at random moments (and right at its commit
// marker), again and again on the same vault (a run that finishes re-keys it once more). After each kill both users unlock with their
// passphrases, the vault is either wholly under the old key or wholly under the new one (never a
// mix: the database opens, every attachment authenticates under the key the database was opened
// with, the audit chain verifies under it), and no staging folder is left.
import { createHash, randomFillSync } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allBlobRefs } from '../../db/queries/intake';
import { verifyAudit } from '../../main/audit/chain';
import { BlobStore } from '../../main/blobs/blob-store';
import { unlockVault } from '../../main/vault/vault';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { crashKills, killAtRandom, measureBaken, runBaken } from '../support/kill-at-random';
import { tempDir } from '../support/temp';
import { addUser } from '../support/users';
import { ADMIN_PASS } from '../support/vault';

const KILLS = crashKills(8);
const BRAM_PASS = 'paarse olifant danst op het dak';

let tmp: ReturnType<typeof tempDir>;
let vaultDir: string;
let env: Record<string, string>;
let expected: string[] = [];

beforeAll(async () => {
  tmp = tempDir();
  const v = await intakeVault(tmp.path);
  await addUser(v.t, { username: 'bram', roles: ['counsellor'], passphrase: BRAM_PASS }, { username: 'anna', passphrase: ADMIN_PASS });
  const all: Buffer[] = [];
  for (let b = 0; b < 8; b++) {
    // Large attachments in files of their own, small ones in the bundle's pack.
    const big = Buffer.alloc(2 * 1024 * 1024 + b);
    randomFillSync(big);
    const smalls = [0, 1, 2].map((i) => Buffer.from(`bijlage ${b}-${i} ${big.subarray(0, 8).toString('hex')}`));
    const reports = [jsonBytes(reportObject({ attachments: [big, ...smalls] }))];
    const results = await v.importHere([v.put((await buildBundle({ reports, attachments: [big, ...smalls], signer: v.intake, to: v.to })).bytes)]);
    expect(results[0]?.status).toBe('imported');
    all.push(big, ...smalls);
  }
  expected = all.map((b) => createHash('sha256').update(b).digest('hex')).sort();
  v.t.dispatcher.sessions.lock('shutdown');
  vaultDir = v.t.vaultDir;
  env = { BAKEN_VAULT: vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
}, 120_000);
afterAll(() => tmp.cleanup());

/** Opens the vault as a user and checks it is whole; returns its database key's fingerprint. */
async function checkWhole(username: string, passphrase: string): Promise<string> {
  const { vault } = await unlockVault(vaultDir, username, passphrase);
  try {
    expect(existsSync(join(vaultDir, 'rekey'))).toBe(false);
    expect(vault.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAudit(vault.db, vault.auditMacKey()).ok).toBe(true);
    const store = new BlobStore(vault.paths.blobs, vault.blobKey());
    const hashes: string[] = [];
    for (const ref of allBlobRefs(vault.db)) hashes.push(createHash('sha256').update(await store.readAll(ref)).digest('hex'));
    expect(hashes.sort()).toEqual(expected);
    return createHash('sha256').update(vault.workerKeys().database).digest('hex');
  } finally {
    vault.close();
  }
}

describe('re-key crash safety', () => {
  it(`leaves the old or the new vault through ${KILLS} kills at random moments`, async () => {
    let key = await checkWhole('anna', ADMIN_PASS);
    // The re-key's own work (from its staging folder appearing to its going) is a small part of a
    // run, after start-up and unlock: most kills wait for the folder, then land within that span.
    const staging = join(vaultDir, 'rekey');
    let appeared: number | null = null;
    let gone: number | null = null;
    const started = performance.now();
    const watch = setInterval(() => {
      const exists = existsSync(staging);
      if (exists && appeared === null) appeared = performance.now() - started;
      if (!exists && appeared !== null && gone === null) gone = performance.now() - started;
    }, 1);
    const full = await runBaken(['--json', 'vault', 'rekey'], { env });
    clearInterval(watch);
    expect(full.code, full.stderr).toBe(0);
    expect(JSON.parse(full.stdout)).toMatchObject({ keyslots: 2, blobs: expected.length });
    const afterFull = await checkWhole('anna', ADMIN_PASS);
    expect(afterFull).not.toBe(key);
    key = afterFull;
    const workMs = Math.max(20, (gone ?? full.ms) - (appeared ?? 0));

    const outcomes = { old: 0, new: 0 };
    const result = await killAtRandom({
      args: () => ['--json', 'vault', 'rekey'],
      env,
      kills: KILLS,
      seed: 20261129,
      durationMs: full.ms,
      // Every fourth run anywhere in the run; every fourth right when the commit marker appears
      // (the next unlock must finish the swap); the others within the re-key's own work.
      plan: (i, random) => {
        if (i % 4 === 3) return null;
        if (i % 4 === 2) return { when: () => existsSync(join(staging, 'COMMITTED')) };
        return { when: () => existsSync(staging), delayMs: Math.round(random() * workMs) };
      },
      after: async (run) => {
        if (run.signal !== 'SIGKILL') expect(run.code, run.stderr).toBe(0);
        // Bram first: his slot was sealed to by the re-key without his passphrase.
        const now = await checkWhole('bram', BRAM_PASS);
        expect(await checkWhole('anna', ADMIN_PASS)).toBe(now);
        outcomes[now === key ? 'old' : 'new']++;
        key = now;
      },
    });
    console.info(`re-key kills: ${JSON.stringify(outcomes)}, killed at ${result.killedAtMs.join(', ')} ms; the work takes ${Math.round(workMs)} ms of ${Math.round(full.ms)}`);
    expect(outcomes.old + outcomes.new).toBe(KILLS);
    // A run killed at (or finishing after) its commit marker always leaves the new vault.
    if (KILLS >= 3) expect(outcomes.new).toBeGreaterThanOrEqual(Math.floor((KILLS + 1) / 4));
    expect(result.killed + result.finished).toBe(KILLS);
    // One last re-key runs to its end from whatever the kills left.
    await measureBaken(['vault', 'rekey'], env);
    expect(await checkWhole('bram', BRAM_PASS)).not.toBe(key);
  }, 600_000);
});
