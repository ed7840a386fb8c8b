// Fault test: two processes on one vault at once (the app's single-instance lock is Electron's and
// cannot run here; this is the part below it). Two `baken import` runs of the same stick started
// together: one imports, the other is refused with import-busy, never both half. Then an import
// runs while another CLI process adds users one after another (each of its unlocks runs the
// recovery sweep) and this process unlocks too and writes audit entries: every process succeeds
// or fails with a clear code, no blob of a committed attachment is swept, and the audit chain
// stays whole with no sequence number twice (each append reads the last entry inside its own
// write transaction).
import { randomFillSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../main/audit/chain';
import { importInProgress } from '../../main/import/import-lock';
import { recoverAfterUnlock } from '../../main/services/recovery';
import { auditBlobStore } from '../support/blob-audit';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { type ChildRun, runBaken } from '../support/kill-at-random';
import { tempDir } from '../support/temp';
import { ADMIN_PASS } from '../support/vault';

const BUNDLES = 8;

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
let env: Record<string, string>;
let newPassFile = '';

/** A folder of bundles, each with a large attachment, so an import takes a few seconds. */
async function stick(name: string): Promise<string> {
  const dir = join(tmp.path, name);
  mkdirSync(dir);
  for (let i = 0; i < BUNDLES; i++) {
    const big = Buffer.alloc(3 * 1024 * 1024 + i);
    randomFillSync(big);
    const small = Buffer.from(`bijlage ${name} ${i}`);
    const reports = [jsonBytes(reportObject({ attachments: [big] })), jsonBytes(reportObject({ attachments: [small] }))];
    writeFileSync(join(dir, `b-${i}.baken`), (await buildBundle({ reports, attachments: [big, small], signer: v.intake, to: v.to })).bytes);
  }
  return dir;
}

const errorCode = (run: ChildRun) => {
  const last = run.stderr.trim().split('\n').at(-1) ?? '';
  try {
    return (JSON.parse(last) as { error: { code: string } }).error.code;
  } catch {
    return `unparsed: ${last}`;
  }
};

async function checkWhole(): Promise<{ bundles: number; reports: number; users: number }> {
  v.t.clock.advance(Date.now() - v.t.clock.now().getTime());
  await v.t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
  try {
    const { vault } = v.t.dispatcher.sessions.require();
    const db = vault.db;
    expect(verifyAudit(db, vault.auditMacKey()).ok).toBe(true);
    expect(db.prepare('SELECT count(*) = count(DISTINCT seq) AND max(seq) = count(*) FROM audit_log').pluck().get()).toBe(1);
    // Every recorded blob reads back authentic; nothing unrecorded or unfinished is left.
    expect(await auditBlobStore(vault.paths.blobs, db, vault.blobKey())).toEqual([]);
    const count = (sql: string) => Number(db.prepare(sql).pluck().get());
    const bundles = count('SELECT count(*) FROM bundles');
    expect(count('SELECT count(*) FROM reports')).toBe(bundles * 2);
    return { bundles, reports: bundles * 2, users: count('SELECT count(*) FROM users') };
  } finally {
    v.t.dispatcher.sessions.lock('manual');
  }
}

beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  v.t.dispatcher.sessions.lock('shutdown');
  env = { BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
  newPassFile = join(tmp.path, 'new-pass.txt');
  writeFileSync(newPassFile, 'a first passphrase for a new user');
}, 120_000);
afterAll(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

describe('two processes on one vault', () => {
  it('two imports of the same stick at once: one imports every bundle, the other is refused with import-busy', async () => {
    const dir = await stick('stick-a');
    const runs = await Promise.all([runBaken(['--json', 'import', dir], { env }), runBaken(['--json', 'import', dir], { env })]);
    for (const run of runs) {
      if (run.code === 0) {
        const rows = JSON.parse(run.stdout) as { status: string }[];
        expect(rows.every((r) => r.status === 'imported' || r.status === 'duplicate')).toBe(true);
      } else {
        expect(run.code, run.stderr).toBe(1);
        expect(errorCode(run)).toBe('import-busy');
      }
    }
    expect(runs.some((r) => r.code === 0)).toBe(true);
    expect((await checkWhole()).bundles).toBe(BUNDLES);
  }, 180_000);

  it('an import, a CLI adding users, and an unlock with its recovery sweep here, all at once', async () => {
    const before = await checkWhole();
    const dir = await stick('stick-b');
    const importing = runBaken(['--json', 'import', dir], { env });
    // Another process writes while the import runs: each of its unlocks also runs the recovery sweep.
    const writer = (async () => {
      const outcomes: (number | string)[] = [];
      for (let i = 0; i < 4; i++) {
        const run = await runBaken(['--json', 'user', 'add', `extra${i}`, '--role', 'counsellor', '--new-passphrase-file', newPassFile], { env });
        outcomes.push(run.code === 0 ? 0 : errorCode(run));
      }
      return outcomes;
    })();
    // And this process has the vault open too: it runs the recovery sweep of an unlock over and
    // over (it must leave the import's unfinished blobs alone) and appends audit entries.
    v.t.clock.advance(Date.now() - v.t.clock.now().getTime());
    await v.t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
    let sawImport = false;
    let sweeps = 0;
    let appended = 0;
    const here = (async () => {
      const { vault } = v.t.dispatcher.sessions.require();
      let done = false;
      void importing.then(() => {
        done = true;
      });
      while (!done) {
        sawImport ||= importInProgress(v.t.vaultDir);
        expect(recoverAfterUnlock(vault).removedBlobs).toBe(0);
        sweeps++;
        if (sweeps % 20 === 0) {
          const verified = await v.t.call('audit.verify', {});
          if (verified.ok) appended++;
          else expect(verified.error.code).toBe('vault-busy');
        }
        await new Promise((r) => setTimeout(r, 2));
      }
      v.t.dispatcher.sessions.lock('manual');
    })();
    const [imported, outcomes] = await Promise.all([importing, writer, here]);
    expect(imported.code, imported.stderr).toBe(0);
    for (const o of outcomes) expect([0, 'vault-busy']).toContain(o);
    console.log(`two processes: user adds ${JSON.stringify(outcomes)}; ${sweeps} sweeps and ${appended} audit entries here during the import (saw its lock: ${sawImport})`);
    expect(sawImport).toBe(true);
    const after = await checkWhole();
    expect(after.bundles).toBe(before.bundles + BUNDLES);
    expect(after.users).toBe(before.users + outcomes.filter((o) => o === 0).length);
  }, 300_000);
});
