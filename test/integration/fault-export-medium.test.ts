// Fault test: the medium fills up or is pulled out while an export is written, for each export
// path through its real service: a backup, an anonymised brief and a referral package. A full
// medium is a real EFBIG: the backup runs as the real CLI under `ulimit -f`; the brief and the
// referral run through the dispatcher in a child process whose file size limit drops just before
// the call (test/support/export-child.ts). A pulled medium is its folder moved away as soon as
// the temporary file appears (the open file lives on, its folder is gone). Each gives its own code
// (medium-full, medium-removed), leaves no file under the final name, records no backup, export
// or sending (only the failure, in the audit log), and the same export succeeds once the medium is
// back, removing the temporary file the failed try left.
import { spawnSync } from 'node:child_process';
import { randomFillSync, randomUUID } from 'node:crypto';
import { type FSWatcher, existsSync, readdirSync, renameSync, statSync, watch } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../db/open';
import { verifyAudit } from '../../main/audit/chain';
import { type AgeKeyPair, ageKeygen } from '../support/age-cli';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { intakeVault } from '../support/intake';
import { runBaken } from '../support/kill-at-random';
import { tempDir } from '../support/temp';
import { addUser } from '../support/users';
import { ADMIN_PASS } from '../support/vault';

const PASS = { sara: 'coordinator passphrase one', tom: 'coordinator passphrase two', mehmet: 'counsellor passphrase one' } as const;
type Who = keyof typeof PASS | 'anna';
const passOf = (who: Who) => (who === 'anna' ? ADMIN_PASS : PASS[who]);
/** The file size limit of a full medium for the brief and the referral (both are larger). */
const SMALL_LIMIT = 16 * 1024;

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;
let analyst: AgeKeyPair;
let backupKey: AgeKeyPair;
let briefId = 0;
let referralId = 0;
let caseId = 0;
const pulled = () => join(tmp.path, 'stick-pulled-out');

async function as(who: Who): Promise<void> {
  v.t.dispatcher.sessions.lock('manual');
  await v.t.ok('session.unlock', { username: who, passphrase: passOf(who) });
}
const db = (): Db => v.t.dispatcher.sessions.require().vault.db;
/** Audit actions since `seq`. */
const actionsSince = (seq: number) => db().prepare('SELECT action, details FROM audit_log WHERE seq > ? ORDER BY seq').all(seq) as { action: string; details: string }[];
const lastSeq = () => Number(db().prepare('SELECT max(seq) FROM audit_log').pluck().get());

beforeAll(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
  analyst = ageKeygen(tmp.path, 'analyst');
  backupKey = ageKeygen(tmp.path, 'backup');
  const partnerKey = ageKeygen(tmp.path, 'partner');
  const mehmet = await addUser(v.t, { username: 'mehmet', roles: ['counsellor'], passphrase: PASS.mehmet }, { username: 'anna', passphrase: ADMIN_PASS });
  for (const u of ['sara', 'tom'] as const) await addUser(v.t, { username: u, roles: ['coordinator'], passphrase: PASS[u] }, { username: 'anna', passphrase: ADMIN_PASS });
  await v.t.ok('backup.setRecipients', { recipients: [backupKey.recipient] });
  // Six consenting reports in one month (a brief shows counts of five or more), one of them
  // consenting to referral, and a few MiB of attachments so that a backup outgrows the database.
  const big = Buffer.alloc(3 * 1024 * 1024);
  randomFillSync(big);
  const reports = Array.from({ length: 6 }, (_, i) => {
    const r = reportObject(i === 0 ? { attachments: [big] } : {}) as Record<string, unknown> & { reporter: Record<string, unknown> };
    return { ...r, reportId: randomUUID(), receivedAt: `2026-10-0${i + 1}T10:00:00Z`, reporter: { ...r.reporter, consent: { contact: true, referral: i === 0, anonymisedAnalysis: true } } };
  });
  await v.importHere([v.put((await buildBundle({ reports: reports.map(jsonBytes), attachments: [big], signer: v.intake, to: v.to })).bytes)]);
  caseId = (await v.t.ok('reports.get', { reportId: String(reports[0]?.reportId) })).caseId;

  await as('sara');
  await v.t.ok('cases.assign', { caseId, assigneeId: mehmet });
  const partners = await v.t.ok('partners.save', { name: 'Slachtofferhulp Zwolle', kind: 'victim-support', region: 'Overijssel', contact: '088 0000000', accepts: 'Intimidatie', recipient: partnerKey.recipient, active: true });
  await v.t.ok('briefs.setRecipients', { recipients: [analyst.recipient] });
  briefId = (await v.t.ok('briefs.create', { from: '2026-10-01', to: '2026-10-31', vignettes: [] })).id;
  await as('mehmet');
  const proposed = await v.t.ok('referrals.propose', {
    caseId,
    reportId: String(reports[0]?.reportId),
    partnerId: partners[0]?.id ?? 0,
    reason: 'Praktische hulp na bedreiging',
    fields: ['summary', 'pseudonym'],
    letter: 'Geachte collega,',
    followUpOn: null,
    override: null,
  });
  referralId = proposed[0]?.id ?? 0;
  await as('tom');
  await v.t.ok('briefs.approve', { briefId });
  await v.t.ok('referrals.decide', { referralId, approve: true });
  await as('anna');
}, 180_000);
afterAll(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

/** The state an export could have changed: the brief's status, the referral's, the audit chain. */
async function exportState(): Promise<{ brief: string; referral: string; sent: boolean }> {
  await as('sara');
  const brief = (await v.t.ok('briefs.get', { briefId })).status;
  const referral = (await v.t.ok('referrals.ofCase', { caseId })).find((r) => r.id === referralId);
  const { vault } = v.t.dispatcher.sessions.require();
  expect(verifyAudit(vault.db, vault.auditMacKey()).ok).toBe(true);
  return { brief, referral: referral?.status ?? 'missing', sent: referral?.sent != null };
}

/** Runs one export channel as `who` in a child whose file size limit drops just before it. */
function exportOnFullMedium(who: Who, channel: string, input: unknown): { ok: boolean; code: string | null; entries: string[] } {
  v.t.dispatcher.sessions.lock('manual');
  const child = join(import.meta.dirname, '../support/export-child.ts');
  const r = spawnSync(process.execPath, ['--import', 'tsx', child, tmp.path, who, channel, JSON.stringify(input), String(SMALL_LIMIT)], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, BAKEN_PASSPHRASE: passOf(who) },
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as { ok: boolean; code: string | null; entries: string[] };
}

/** Pulls the medium out as soon as a temporary file appears in it: its folder is moved away. */
function pullOutWhenWriting(dir: string): { wasPulled: () => boolean; putBack: () => void } {
  let done = false;
  const watcher: FSWatcher = watch(dir, (_event, name) => {
    if (done || !name?.endsWith('.part')) return;
    renameSync(dir, pulled());
    done = true;
    watcher.close();
  });
  return {
    wasPulled: () => done,
    putBack: () => {
      watcher.close();
      if (done) renameSync(pulled(), dir);
    },
  };
}

const finalNames = (dir: string) => readdirSync(dir).filter((f) => !f.startsWith('.'));

describe('a full medium', () => {
  it('a backup: medium-full from the CLI, nothing on the medium, no backup recorded', async () => {
    const before = lastSeq();
    v.t.dispatcher.sessions.lock('manual');
    const dbSize = statSync(join(v.t.vaultDir, 'baken.db')).size;
    // Room for the database's own writes and its VACUUM INTO copy, not for the backup of it all.
    const blocks = Math.ceil((dbSize + 1024 * 1024) / 1024);
    const env = { BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
    const run = await runBaken(['--json', 'backup', 'create', '--out', v.t.exportDir], { env, fileSizeLimitBlocks: blocks });
    expect(run.code, run.stderr).toBe(1);
    expect((JSON.parse(run.stderr) as { error: { code: string } }).error.code).toBe('medium-full');
    expect(readdirSync(v.t.exportDir)).toEqual([]);
    expect(readdirSync(v.t.vaultDir).filter((f) => f.startsWith('.backup-'))).toEqual([]);
    await as('anna');
    const actions = actionsSince(before).filter((a) => a.action.startsWith('backup.'));
    expect(actions.map((a) => a.action)).toEqual(['backup.failed']);
    expect(JSON.parse(actions[0]?.details ?? '{}')).toEqual({ code: 'medium-full' });
  });

  it('a brief: medium-full, nothing on the medium, the brief not exported', async () => {
    await as('anna');
    const before = lastSeq();
    expect(exportOnFullMedium('sara', 'briefs.export', { briefId })).toEqual({ ok: false, code: 'medium-full', entries: [] });
    expect(await exportState()).toMatchObject({ brief: 'approved' });
    const actions = actionsSince(before).filter((a) => a.action.startsWith('brief.'));
    expect(actions.map((a) => a.action)).toEqual(['brief.export-failed']);
    expect(JSON.parse(actions[0]?.details ?? '{}')).toEqual({ code: 'medium-full' });
  });

  it('a referral: medium-full, nothing on the medium, the referral not sent', async () => {
    await as('anna');
    const before = lastSeq();
    expect(exportOnFullMedium('mehmet', 'referrals.send', { referralId, followUpOn: null })).toEqual({ ok: false, code: 'medium-full', entries: [] });
    expect(await exportState()).toMatchObject({ referral: 'approved', sent: false });
    const actions = actionsSince(before).filter((a) => a.action.startsWith('referral.'));
    expect(actions.map((a) => a.action)).toEqual(['referral.send-failed']);
    expect(JSON.parse(actions[0]?.details ?? '{}')).toMatchObject({ referralId, code: 'medium-full' });
  });
});

describe('a medium pulled out while writing', () => {
  const cases: { name: string; who: Who; channel: 'backup.create' | 'briefs.export' | 'referrals.send'; input: () => unknown; failed: string; done: string }[] = [
    { name: 'a backup', who: 'anna', channel: 'backup.create', input: () => ({}), failed: 'backup.failed', done: 'backup.create' },
    { name: 'a brief', who: 'sara', channel: 'briefs.export', input: () => ({ briefId }), failed: 'brief.export-failed', done: 'brief.export' },
    { name: 'a referral', who: 'mehmet', channel: 'referrals.send', input: () => ({ referralId, followUpOn: null }), failed: 'referral.send-failed', done: 'referral.sent' },
  ];
  for (const c of cases) {
    it(`${c.name}: medium-removed, no file under its name, nothing recorded; once back, it succeeds and cleans up`, async () => {
      await as('anna');
      const before = lastSeq();
      await as(c.who);
      const stick = pullOutWhenWriting(v.t.exportDir);
      const code = await v.t.fail(c.channel, c.input());
      stick.putBack();
      expect(stick.wasPulled()).toBe(true);
      expect(code).toBe('medium-removed');
      // The temporary file is still on the stick (it was gone when it could be removed); no final name.
      expect(readdirSync(v.t.exportDir).filter((f) => f.endsWith('.part'))).toHaveLength(1);
      expect(finalNames(v.t.exportDir)).toEqual([]);
      const state = await exportState();
      if (c.channel === 'briefs.export') expect(state.brief).toBe('approved');
      if (c.channel === 'referrals.send') expect(state).toMatchObject({ referral: 'approved', sent: false });
      await as('anna');
      const actions = actionsSince(before).map((a) => a.action);
      expect(actions).toContain(c.failed);
      expect(actions).not.toContain(c.done);

      // Back in: the same export succeeds; the failed try's temporary file is gone.
      v.t.clock.advance(2000);
      await as(c.who);
      await v.t.ok(c.channel, c.input() as never);
      expect(readdirSync(v.t.exportDir).filter((f) => f.endsWith('.part'))).toEqual([]);
      expect(finalNames(v.t.exportDir)).toHaveLength(1);
      const after = await exportState();
      if (c.channel === 'briefs.export') expect(after.brief).toBe('exported');
      if (c.channel === 'referrals.send') expect(after).toMatchObject({ referral: 'sent', sent: true });
      for (const f of finalNames(v.t.exportDir)) renameSync(join(v.t.exportDir, f), join(tmp.path, f));
      expect(existsSync(pulled())).toBe(false);
    });
  }
});
