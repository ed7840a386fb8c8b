// Fault test: a retention purge killed with SIGKILL at random moments. A vault holds many closed
// cases past their period (made old on the harness's clock) with attachments in packs and in files
// of their own, beside open cases that stay. Each run starts from a fresh copy of that vault and
// runs `baken retention purge`, whose unlock already purges (up to 500 cases) before the command
// does; it is killed somewhere in start-up, the purge transaction, the destruction of blob bytes or
// the search index merge. After each kill the vault unlocks (recovery as at an app unlock), the
// audit chain verifies, every case is wholly there or wholly gone (no row anywhere still names a
// purged case or report), every kept attachment reads back, and no purged attachment can be read,
// not even from the bytes the disk kept: hard links made before the run see whatever is left of
// the original files. The next purge then finishes the job.
import { randomFillSync } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import type { BlobRef } from '../../db/blob-ref';
import { allBlobRefs } from '../../db/queries/intake';
import { BlobStore } from '../../main/blobs/blob-store';
import { verifyAudit } from '../../main/audit/chain';
import { recoverAfterUnlock } from '../../main/services/recovery';
import { unlockVault } from '../../main/vault/vault';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { crashKills, killAtRandom, measureBaken } from '../support/kill-at-random';
import { tempDir } from '../support/temp';
import { addUser, signIn } from '../support/users';
import { ADMIN_PASS } from '../support/vault';

const KILLS = crashKills(6);
const DAY = 86_400_000;
const BUNDLES = 16;
/** Per bundle: two reports whose cases are closed long ago, one whose case stays open. */
const CLOSED_PER_BUNDLE = 2;
const SARA = 'coordinator passphrase one';

let tmp: ReturnType<typeof tempDir>;
let template: string;
let live: string;
let remnants: string;
let env: Record<string, string>;
type CaseFacts = { id: number; number: string; reports: string[]; closed: boolean };
const cases: CaseFacts[] = [];
let refs: BlobRef[] = [];
/** Per table.column: how many rows name each case (by id, number or report id) in the template. */
let mentionsBefore = new Map<number, Map<string, number>>();

beforeAll(async () => {
  tmp = tempDir();
  const v = await intakeVault(join(tmp.path, 'setup'));
  for (let b = 0; b < BUNDLES; b++) {
    // Large attachments get files of their own, small ones share the bundle's pack.
    const big = Buffer.alloc(1024 * 1024 + 1 + b);
    randomFillSync(big);
    const smalls = [0, 1, 2].map((i) => Buffer.from(`kleine bijlage ${b}-${i} ${big.subarray(0, 8).toString('hex')}`));
    const reports = [
      jsonBytes(reportObject({ attachments: [big, smalls[0] as Buffer] })),
      jsonBytes(reportObject({ attachments: [smalls[1] as Buffer] })),
      jsonBytes(reportObject({ attachments: [smalls[2] as Buffer] })),
    ];
    await v.importHere([v.put((await buildBundle({ reports, attachments: [big, ...smalls], signer: v.intake, to: v.to })).bytes)]);
  }
  const db = (): Db => v.t.dispatcher.sessions.require().vault.db;
  const rows = db().prepare('SELECT c.id, c.number, cr.report_id AS reportId FROM cases c JOIN case_reports cr ON cr.case_id = c.id ORDER BY c.id').all() as { id: number; number: string; reportId: string }[];
  // The cases' last change is 400 days ago on the harness's clock; the CLI runs on the real one.
  await addUser(v.t, { username: 'sara', roles: ['coordinator'], passphrase: SARA }, { username: 'anna', passphrase: ADMIN_PASS });
  await signIn(v.t, 'sara', SARA);
  v.t.clock.advance(-400 * DAY);
  let n = 0;
  for (const r of rows) {
    const closed = n++ % 3 < CLOSED_PER_BUNDLE;
    if (closed) {
      for (const status of ['triage', 'open'] as const) await v.t.ok('cases.setStatus', { caseId: r.id, status, closingReason: null });
      await v.t.ok('cases.setStatus', { caseId: r.id, status: 'closed', closingReason: 'resolved' });
    }
    cases.push({ id: r.id, number: r.number, reports: [r.reportId], closed });
  }
  v.t.clock.advance(400 * DAY);
  await signIn(v.t, 'anna', ADMIN_PASS);
  const { periods } = await v.t.ok('retention.get', {});
  await v.t.ok('retention.set', { periods: { ...periods, closedCases: 30 } });
  refs = allBlobRefs(db());
  mentionsBefore = mentions(db());
  v.t.dispatcher.sessions.lock('shutdown');
  template = v.t.vaultDir;
  live = join(tmp.path, 'vault');
  remnants = join(tmp.path, 'remnants');
  env = { BAKEN_VAULT: live, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
}, 300_000);
afterAll(() => tmp.cleanup());

const SKIP_TABLES = /^(audit_log|audit_head|audit_anchor|audit_rechain|sqlite_.*|search_trigram.*|search_short.*)$/;

/** Per case: every table.column holding its id (in a case column), its number or one of its report ids, with counts. */
function mentions(db: Db): Map<number, Map<string, number>> {
  const found = new Map<number, Map<string, number>>(cases.map((c) => [c.id, new Map()]));
  const caseColumns = new Set(['case_id', 'case_a', 'case_b', 'merged_into', 'origin_case_id']);
  const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
  for (const t of tables) {
    if (SKIP_TABLES.test(t)) continue;
    for (const row of db.prepare(`SELECT * FROM "${t}"`).iterate() as IterableIterator<Record<string, unknown>>) {
      for (const [col, value] of Object.entries(row)) {
        // The signed manifest of a bundle keeps naming its reports while any of them is kept.
        if (t === 'bundles' && col === 'manifest') continue;
        const s = Buffer.isBuffer(value) ? value.toString('latin1') : String(value);
        for (const c of cases) {
          const named = s.includes(c.number) || c.reports.some((r) => s.includes(r)) || (value === c.id && (caseColumns.has(col) || (t === 'cases' && col === 'id')));
          if (!named) continue;
          const m = found.get(c.id) as Map<string, number>;
          m.set(`${t}.${col}`, (m.get(`${t}.${col}`) ?? 0) + 1);
        }
      }
    }
  }
  return found;
}

/** A kept case's own rows; review signals are derived, and recomputed when a report they named goes. */
const own = (m: Map<string, number>) => Object.fromEntries([...m].filter(([where]) => !/^(report_signals|review_pending)\./.test(where)));

/** A fresh copy of the vault, and hard links to its blob files: what the disk keeps of them. */
function freshCopy(): void {
  rmSync(live, { recursive: true, force: true });
  rmSync(remnants, { recursive: true, force: true });
  cpSync(template, live, { recursive: true });
  for (const sub of ['data', 'packs']) {
    mkdirSync(join(remnants, sub), { recursive: true });
    const dir = join(live, 'blobs', sub);
    if (existsSync(dir)) for (const f of readdirSync(dir)) linkSync(join(dir, f), join(remnants, sub, f));
  }
}

async function checkConsistent(): Promise<{ purged: number; kept: number }> {
  const { vault } = await unlockVault(live, 'anna', ADMIN_PASS);
  try {
    // What the app's unlock does first: finishes what the killed run left.
    recoverAfterUnlock(vault);
    const db = vault.db;
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(verifyAudit(db, vault.auditMacKey()).ok).toBe(true);
    let purged = 0;
    const all = mentions(db);
    for (const c of cases) {
      const there = db.prepare('SELECT count(*) FROM cases WHERE id = ?').pluck().get(c.id) === 1;
      const now = all.get(c.id) ?? new Map<string, number>();
      if (there) {
        // Its own rows are all there.
        expect(own(now), c.number).toEqual(own(mentionsBefore.get(c.id) ?? new Map()));
      } else {
        expect(c.closed, c.number).toBe(true);
        expect(Object.fromEntries(now), c.number).toEqual({});
        purged++;
      }
    }
    // Kept attachments read back whole; purged ones cannot be read, not even from the remnants.
    const store = new BlobStore(vault.paths.blobs, vault.blobKey());
    const remnantStore = new BlobStore(remnants, vault.blobKey());
    const kept = new Set(allBlobRefs(db).map((r) => r.sha256));
    for (const ref of refs) {
      if (kept.has(ref.sha256)) {
        await expect(store.readAll(ref)).resolves.toBeInstanceOf(Buffer);
      } else {
        await expect(remnantStore.readAll(ref), `purged blob ${ref.sha256.slice(0, 8)} (${ref.location.kind}) still readable`).rejects.toThrow();
        await expect(store.readAll(ref)).rejects.toThrow();
      }
    }
    // Nothing unfinished or unrecorded stays in the store.
    expect(readdirSync(join(vault.paths.blobs, 'tmp'))).toEqual([]);
    const packs = new Set(allBlobRefs(db).flatMap((r) => (r.location.kind === 'pack' ? [r.location.pack] : [])));
    expect(readdirSync(join(vault.paths.blobs, 'packs')).filter((p) => !packs.has(p))).toEqual([]);
    expect(readdirSync(join(vault.paths.blobs, 'data')).length).toBe(allBlobRefs(db).filter((r) => r.location.kind === 'file').length);
    expect(db.prepare('SELECT count(*) FROM retention_shred').pluck().get()).toBe(0);
    return { purged, kept: cases.length - purged };
  } finally {
    vault.close();
  }
}

describe('retention purge killed at random moments', () => {
  it(`keeps every case whole or wholly gone through ${KILLS} kills, and the next purge finishes`, async () => {
    const due = cases.filter((c) => c.closed).length;
    const templateDataFiles = readdirSync(join(template, 'blobs', 'data')).length;
    const dataFiles = () => {
      try {
        return readdirSync(join(live, 'blobs', 'data')).length;
      } catch {
        return templateDataFiles;
      }
    };
    // Start-up and unlock alone (measured twice: the first run also warms tsx's cache); that
    // unlock already purges, so each measurement gets its own copy.
    freshCopy();
    await measureBaken(['--json', 'user', 'list'], env);
    freshCopy();
    const startup = (await measureBaken(['--json', 'user', 'list'], env)).ms;
    freshCopy();
    const whole = await measureBaken(['--json', 'retention', 'purge'], env);
    expect((await checkConsistent()).purged).toBe(due);
    console.log(`purge kill test: ${due} cases due; start-up ${Math.round(startup)} ms, whole run ${Math.round(whole.ms)} ms`);

    const seen: number[] = [];
    const outcome = await killAtRandom({
      args: () => ['--json', 'retention', 'purge'],
      env,
      kills: KILLS,
      seed: 5,
      durationMs: whole.ms,
      fromMs: startup * 0.8,
      before: freshCopy,
      // One kill in three lands while blob bytes are being destroyed (after the purge committed,
      // once the first file of its own is gone, or a little later), one in start-up or the unlock
      // before the purge, one anywhere.
      plan: (i, random) => {
        if (i % 3 === 0) return { when: () => dataFiles() < templateDataFiles, delayMs: Math.floor(random() * 15) };
        if (i % 3 === 2) return { afterMs: Math.round(startup * (0.5 + random() * 0.4)) };
        return null;
      },
      after: async (run) => {
        if (run.signal === null) expect(run.code, run.stderr).toBe(0);
        seen.push((await checkConsistent()).purged);
        // The next purge finishes the job.
        const again = await measureBaken(['--json', 'retention', 'purge'], env);
        expect(again.code).toBe(0);
        expect(await checkConsistent()).toEqual({ purged: due, kept: cases.length - due });
      },
    });
    console.log(`purge kill test: killed at ${outcome.killedAtMs.join(', ')} ms; cases purged when killed: ${seen.join(', ')}`);
    expect(outcome.killed).toBeGreaterThan(0);
  }, 600_000);
});
