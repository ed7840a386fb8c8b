// Crash test: `baken import` killed with SIGKILL at random moments. After each kill the vault
// opens, is consistent (no bundle partly there, every attachment authentic, audit chain whole),
// and importing again finishes with every bundle imported or a duplicate.
import { spawn } from 'node:child_process';
import { randomFillSync } from 'node:crypto';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../main/audit/chain';
import { recoverAfterUnlock } from '../../main/services/recovery';
import { unlockVault } from '../../main/vault/vault';
import { auditBlobStore } from '../support/blob-audit';
import { BAKEN_BIN } from '../support/cli';
import { buildBundle, jsonBytes, newIntake, reportObject } from '../support/bundles';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, testDispatcher } from '../support/vault';

const BUNDLES = 20;
const KILLS = Number(process.env.BAKEN_CRASH_KILLS ?? 8);

let tmp: ReturnType<typeof tempDir>;
let vaultDir: string;
let stick: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  tmp = tempDir();
  const t = testDispatcher(tmp.path);
  const created = await t.ok('vault.create', { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS });
  await t.ok('users.setRoles', { userId: created.session.userId, roles: ['admin', 'counsellor'] });
  const intake = newIntake();
  await t.ok('trust.add', { publicKey: intake.publicKeyText, label: 'intake' });
  t.dispatcher.sessions.lock('shutdown');
  vaultDir = t.vaultDir;
  stick = join(tmp.path, 'stick');
  mkdirSync(stick);
  for (let i = 0; i < BUNDLES; i++) {
    // Big enough attachments that a kill often lands in the middle of one.
    const big = Buffer.alloc(6 * 1024 * 1024 + i);
    randomFillSync(big);
    const small = Buffer.from(`bijlage ${i}\n`);
    const r1 = jsonBytes(reportObject({ attachments: [big] }));
    const r2 = jsonBytes(reportObject({ attachments: [small, big] }));
    const b = await buildBundle({ reports: [r1, r2], attachments: [big, small], signer: intake, to: { recipients: [created.recipients.x25519] } });
    writeFileSync(join(stick, `b-${String(i).padStart(2, '0')}.baken`), b.bytes);
  }
  env = { PATH: process.env.PATH, HOME: process.env.HOME, BAKEN_VAULT: vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
}, 120_000);
afterAll(() => tmp.cleanup());

function blobFiles(): number {
  try {
    return readdirSync(join(vaultDir, 'blobs'), { recursive: true, encoding: 'utf8' }).filter((f) => f.length > 36).length;
  } catch {
    return 0;
  }
}

/** Kills when the given time has passed, or when the blob store holds the given number of files. */
function runImport(killAfterMs: number | null, killAtBlobs: number | null = null): Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BAKEN_BIN, '--json', 'import', stick], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.resume();
    const timer = killAfterMs === null ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    const poll =
      killAtBlobs === null
        ? null
        : setInterval(() => {
            if (blobFiles() >= killAtBlobs) child.kill('SIGKILL');
          }, 1);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      if (poll) clearInterval(poll);
      resolve({ code, signal, stdout });
    });
  });
}

async function checkConsistent(): Promise<number> {
  const { vault } = await unlockVault(vaultDir, 'anna', ADMIN_PASS);
  try {
    recoverAfterUnlock(vault);
    expect(vault.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAudit(vault.db, vault.auditMacKey()).ok).toBe(true);
    // Every bundle is there whole: its reports, their links, and the attachments' bytes.
    const bundles = vault.db.prepare('SELECT bundle_id AS id, report_count AS n FROM bundles').all() as { id: string; n: number }[];
    for (const b of bundles) {
      expect(vault.db.prepare('SELECT count(*) FROM reports WHERE bundle_id = ?').pluck().get(b.id)).toBe(b.n);
      expect(b.n).toBe(2);
    }
    const links = vault.db.prepare('SELECT count(*) FROM report_attachments').pluck().get();
    expect(links).toBe(bundles.length * 3);
    expect(vault.db.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(bundles.length * 2);
    // Every attachment reads back authentic, and nothing of an unfinished bundle is left after
    // recovery: no unrecorded file or pack, no pack with bytes beyond its recorded entries.
    expect(await auditBlobStore(vault.paths.blobs, vault.db, vault.blobKey())).toEqual([]);
    return bundles.length;
  } finally {
    vault.close();
  }
}

describe('import crash safety', () => {
  it(`stays consistent through ${KILLS} kills at random moments, then completes`, async () => {
    // Deterministic "random" moments spread over start-up, unlocking and importing.
    let seed = 7;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const seen: number[] = [];
    let killed = 0;
    for (let i = 0; i < KILLS; i++) {
      // The first kills land in start-up and unlocking; the rest while attachments are being written.
      const run = i < 2 ? await runImport(200 + Math.floor(next() * 800)) : await runImport(20_000, blobFiles() + 1 + Math.floor(next() * 30));
      if (run.signal === 'SIGKILL') killed++;
      seen.push(await checkConsistent());
      if (run.signal === null) {
        // Finished before the kill: it must have succeeded, and there is nothing left to interrupt.
        expect(run.code, run.stdout).toBe(0);
        break;
      }
    }
    console.log(`crash test: bundles present after each kill: ${seen.join(', ')}`);
    expect(killed).toBeGreaterThan(0);
    const final = await runImport(null);
    expect(final.code).toBe(0);
    const rows = JSON.parse(final.stdout) as { status: string }[];
    expect(rows).toHaveLength(BUNDLES);
    expect(rows.every((r) => r.status === 'imported' || r.status === 'duplicate')).toBe(true);
    expect(await checkConsistent()).toBe(BUNDLES);
  }, 300_000);
});
