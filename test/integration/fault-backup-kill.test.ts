// Fault test: `baken backup create` killed with SIGKILL at random moments (while unlocking, while
// the database is copied with VACUUM INTO, while the age file is written, around the rename).
// After each kill: a file under a backup's final name is whole and `baken backup verify` accepts
// it; the vault unlocks, its audit chain verifies, and the unlock removed the snapshot copy the
// kill left in the vault folder. The next backup removes the kills' temporary files, succeeds, and
// restores into a new vault with the same data.
import { randomFillSync } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../main/audit/chain';
import { type AgeKeyPair, ageKeygen } from '../support/age-cli';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { baken } from '../support/cli';
import { intakeVault } from '../support/intake';
import { crashKills, killAtRandom, measureBaken } from '../support/kill-at-random';
import { tempDir } from '../support/temp';
import { ADMIN_PASS } from '../support/vault';

const KILLS = crashKills(6);
const SNAPSHOT = /^\.backup-.*\.db/;
const FINAL = /^baken-backup-\d{8}-\d{6}\.tar\.age$/;

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
let key: AgeKeyPair;
let out: string;
let env: Record<string, string>;

beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  key = ageKeygen(tmp.path, 'backup-key');
  // Enough blob bytes that writing the backup takes a while, so kills land in the middle of it.
  for (let i = 0; i < 4; i++) {
    const big = Buffer.alloc(5 * 1024 * 1024 + i);
    randomFillSync(big);
    const small = Buffer.from(`bijlage ${i}`);
    const reports = [jsonBytes(reportObject({ attachments: [big] })), jsonBytes(reportObject({ attachments: [small] }))];
    await v.importHere([v.put((await buildBundle({ reports, attachments: [big, small], signer: v.intake, to: v.to })).bytes)]);
  }
  v.t.dispatcher.sessions.lock('shutdown');
  out = join(tmp.path, 'stick');
  mkdirSync(out);
  env = { BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
}, 120_000);
afterAll(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

const backupArgs = () => ['--json', 'backup', 'create', '--out', out, '--recipient', key.recipient];
const inVault = (re: RegExp) => readdirSync(v.t.vaultDir).filter((f) => re.test(f));

/** Unlocks as the app does (recovery runs), checks the chain, and locks again. */
async function unlockAndCheck(): Promise<{ reports: number; audit: string[] }> {
  // The CLI ran on the system clock; the harness's manual clock follows it, so no jump is seen.
  v.t.clock.advance(Date.now() - v.t.clock.now().getTime());
  await v.t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
  try {
    const { vault } = v.t.dispatcher.sessions.require();
    expect(verifyAudit(vault.db, vault.auditMacKey()).ok).toBe(true);
    expect(vault.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const reports = Number(vault.db.prepare('SELECT count(*) FROM reports').pluck().get());
    const audit = vault.db.prepare(`SELECT action FROM audit_log WHERE action LIKE 'backup.%' ORDER BY seq`).pluck().all() as string[];
    return { reports, audit };
  } finally {
    v.t.dispatcher.sessions.lock('manual');
  }
}

function verifies(file: string): boolean {
  const r = baken(['--json', 'backup', 'verify', file, '--identity', key.keyFile]);
  return r.status === 0;
}

describe('backup killed at random moments', () => {
  it(`leaves only whole backups and a vault that opens, through ${KILLS} kills; then backs up and restores`, async () => {
    // Start-up and unlock alone (a command that does nothing else), and a whole backup.
    // (Measured twice: the first run also warms tsx's cache.)
    await measureBaken(['--json', 'user', 'list'], env);
    const startup = (await measureBaken(['--json', 'user', 'list'], env)).ms;
    const whole = await measureBaken(backupArgs(), env);
    const before = await unlockAndCheck();
    const existing = new Set(readdirSync(out));
    console.log(`backup kill test: start-up ${Math.round(startup)} ms, whole backup ${Math.round(whole.ms)} ms`);

    let snapshotsLeft = 0;
    const outcome = await killAtRandom({
      args: backupArgs,
      env,
      kills: KILLS,
      seed: 11,
      durationMs: whole.ms,
      fromMs: startup * 0.8,
      // Some kills wait for a phase: the database copy being made, the age file being written.
      plan: (i, random) => {
        if (i % 3 === 0) return { when: () => inVault(SNAPSHOT).length > 0, delayMs: Math.floor(random() * 20) };
        if (i % 3 === 1) {
          const earlier = new Set(readdirSync(out));
          return { when: () => readdirSync(out).some((f) => f.endsWith('.part') && !earlier.has(f)), delayMs: Math.floor(random() * 200) };
        }
        return null;
      },
      after: async (run) => {
        if (run.signal === null) expect(run.code, run.stderr).toBe(0);
        // A file under a final name is a whole backup.
        for (const f of readdirSync(out).filter((name) => FINAL.test(name) && !existing.has(name))) {
          expect(verifies(join(out, f)), f).toBe(true);
          existing.add(f);
        }
        snapshotsLeft += inVault(SNAPSHOT).length;
        const after = await unlockAndCheck();
        expect(after.reports).toBe(before.reports);
        // The unlock's recovery removed the database copy the kill left.
        expect(inVault(SNAPSHOT)).toEqual([]);
      },
    });
    console.log(`backup kill test: ${outcome.killed} killed at ${outcome.killedAtMs.join(', ')} ms; ${snapshotsLeft} snapshot copies left by kills`);
    expect(outcome.killed).toBeGreaterThan(0);

    // The next backup succeeds and removes the temporary files the kills left on the medium.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const final = await measureBaken(backupArgs(), env);
    const made = (JSON.parse(final.stdout) as { fileName: string }).fileName;
    expect(readdirSync(out).filter((f) => f.endsWith('.part'))).toEqual([]);
    expect(verifies(join(out, made))).toBe(true);
    const { audit } = await unlockAndCheck();
    expect(audit.at(-1)).toBe('backup.create');

    // And it restores into a new vault with the same reports and a whole chain.
    const restored = join(tmp.path, 'restored');
    const r = baken(['--json', 'backup', 'restore', join(out, made), '--identity', key.keyFile], { ...env, BAKEN_VAULT: restored });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ auditOk: true });
    const list = baken(['--json', 'reports', 'list'], { ...env, BAKEN_VAULT: restored });
    expect(list.status, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout)).toHaveLength(before.reports);
    expect(existsSync(join(restored, 'vault.json'))).toBe(true);
  }, 600_000);
});
