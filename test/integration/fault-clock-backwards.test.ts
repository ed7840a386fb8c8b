// Fault test: the clock set backwards by days between actions (the harness's clock; the CLI's is
// the real one, so the vault is made to run ahead of it). The audit chain still verifies; the
// jump is recorded at the next unlock as `clock.backwards` with both times, once, also when the
// clock went back during a session and through the CLI; the unlock throttle never makes anyone
// wait longer than its maximum; auto-lock still locks after the configured idle time; and
// retention purges nothing because of the jump (automatic purges wait after one until an admin
// has purged by hand).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../main/audit/chain';
import { MAX_DELAY_MS } from '../../main/vault/throttle';
import { buildBundle, jsonBytes, reportObject } from '../support/bundles';
import { baken } from '../support/cli';
import { intakeVault } from '../support/intake';
import { tempDir } from '../support/temp';
import { addUser } from '../support/users';
import { ADMIN_PASS } from '../support/vault';

const DAY = 86_400_000;
const ADMIN = { username: 'anna', passphrase: ADMIN_PASS };
const SARA = { username: 'sara', passphrase: 'coordinator passphrase one' };

let tmp: ReturnType<typeof tempDir>;
let v: Awaited<ReturnType<typeof intakeVault>>;

beforeEach(async () => {
  tmp = tempDir();
  v = await intakeVault(tmp.path);
});
afterEach(() => {
  v.t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

async function unlockAs(login: { username: string; passphrase: string }): Promise<void> {
  v.t.dispatcher.sessions.lock('manual');
  await v.t.ok('session.unlock', login);
}

const db = () => v.t.dispatcher.sessions.require().vault.db;
const jumps = () =>
  (db().prepare(`SELECT actor, details FROM audit_log WHERE action = 'clock.backwards' ORDER BY seq`).all() as { actor: string | null; details: string }[]).map((r) => ({
    actor: r.actor,
    ...(JSON.parse(r.details) as { lastEntryAt: string; now: string }),
  }));
const chainOk = () => {
  const { vault } = v.t.dispatcher.sessions.require();
  return verifyAudit(vault.db, vault.auditMacKey()).ok;
};

describe('the clock set backwards', () => {
  it('the chain verifies and the jump is recorded once at the next unlock, with both times', async () => {
    await v.t.ok('settings.update', { autoLockMinutes: 15 });
    const lastBefore = v.t.clock.now().toISOString();
    v.t.dispatcher.sessions.lock('manual');
    v.t.clock.advance(-3 * DAY);
    await v.t.ok('session.unlock', ADMIN);
    expect(jumps()).toEqual([{ actor: null, lastEntryAt: lastBefore, now: v.t.clock.now().toISOString() }]);
    expect(chainOk()).toBe(true);
    expect((await v.t.ok('audit.verify', {})).ok).toBe(true);
    // Time goes on from the new clock: no second entry for the same jump.
    v.t.clock.advance(60 * 60_000);
    await unlockAs(ADMIN);
    expect(jumps()).toHaveLength(1);

    // A jump back during a session shows at the next unlock too.
    await v.t.ok('settings.update', { autoLockMinutes: 20 });
    const beforeJump = v.t.clock.now().toISOString();
    v.t.clock.advance(-2 * DAY);
    await unlockAs(ADMIN);
    expect(jumps()).toHaveLength(2);
    expect(jumps()[1]?.lastEntryAt).toBe(beforeJump);
    expect(chainOk()).toBe(true);
  });

  it('through the CLI: a vault whose entries are ahead of the real clock records the jump, and its chain verifies', async () => {
    v.t.clock.advance(2 * DAY);
    await unlockAs(ADMIN);
    v.t.dispatcher.sessions.lock('manual');
    const env = { BAKEN_VAULT: v.t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS };
    const r = baken(['--json', 'audit', 'verify'], env);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ ok: true });
    await v.t.ok('session.unlock', ADMIN);
    const recorded = jumps();
    expect(recorded).toHaveLength(1);
    expect(Date.parse(recorded[0]?.lastEntryAt ?? '') - Date.parse(recorded[0]?.now ?? '')).toBeGreaterThan(DAY);
  });

  it('the unlock throttle never waits longer than its maximum when the clock is before the last failure', async () => {
    v.t.dispatcher.sessions.lock('manual');
    const waited = async (passphrase: string) => {
      const before = v.t.clock.now().getTime();
      const r = await v.t.call('session.unlock', { username: 'anna', passphrase });
      // The harness's clock moves only when the throttle sleeps on it.
      return { ok: r.ok, waited: v.t.clock.now().getTime() - before };
    };
    const waits: number[] = [];
    for (let i = 0; i < 10; i++) waits.push((await waited('not the right passphrase')).waited);
    expect(Math.max(...waits)).toBeLessThanOrEqual(MAX_DELAY_MS);
    v.t.clock.advance(-5 * DAY);
    const wrong = await waited('still not the right one');
    expect(wrong).toEqual({ ok: false, waited: MAX_DELAY_MS });
    v.t.clock.advance(-1 * DAY);
    const right = await waited(ADMIN_PASS);
    expect(right.ok).toBe(true);
    expect(right.waited).toBeLessThanOrEqual(MAX_DELAY_MS);
    // The failures are audited at that unlock, the jump too, and the chain holds.
    const actions = db().prepare('SELECT action FROM audit_log ORDER BY seq DESC LIMIT 3').pluck().all();
    expect(actions).toEqual(expect.arrayContaining(['session.login-failed', 'session.login', 'clock.backwards']));
    expect(chainOk()).toBe(true);
  });

  it('auto-lock still locks after the configured idle time when the clock jumps back mid-session', async () => {
    await v.t.ok('settings.update', { autoLockMinutes: 10 });
    await v.t.ok('session.activity', {});
    v.t.clock.advance(-2 * DAY);
    v.t.dispatcher.sessions.checkIdle();
    expect(v.t.dispatcher.sessions.current()).not.toBeNull();
    v.t.clock.advance(9 * 60_000);
    v.t.dispatcher.sessions.checkIdle();
    expect(v.t.dispatcher.sessions.current()).not.toBeNull();
    v.t.clock.advance(60_000);
    v.t.dispatcher.sessions.checkIdle();
    expect(v.t.dispatcher.sessions.current()).toBeNull();
    expect(v.t.events.filter((e) => e.name === 'session.locked').at(-1)?.payload).toEqual({ reason: 'idle' });
  });

  it('retention purges nothing because of the jump: a closed case goes only once its period has passed', async () => {
    const report = reportObject();
    await v.importHere([v.put((await buildBundle({ reports: [jsonBytes(report)], signer: v.intake, to: v.to })).bytes)]);
    const caseId = (await v.t.ok('reports.get', { reportId: String(report.reportId) })).caseId;
    await addUser(v.t, { username: SARA.username, roles: ['coordinator'], passphrase: SARA.passphrase }, ADMIN);
    await unlockAs(SARA);
    for (const status of ['triage', 'open'] as const) await v.t.ok('cases.setStatus', { caseId, status, closingReason: null });
    await v.t.ok('cases.setStatus', { caseId, status: 'closed', closingReason: 'resolved' });
    await unlockAs(ADMIN);
    const { periods } = await v.t.ok('retention.get', {});
    await v.t.ok('retention.set', { periods: { ...periods, closedCases: 30 } });
    const none = { cases: 0, reports: 0, attachments: 0, quarantine: 0 };
    const caseThere = () => db().prepare('SELECT count(*) FROM cases WHERE id = ?').pluck().get(caseId) === 1;

    // Back by 100 days: the case was closed "in the future"; nothing is due, at unlock or by hand.
    v.t.clock.advance(-100 * DAY);
    await unlockAs(ADMIN);
    expect(await v.t.ok('retention.preview', {})).toMatchObject(none);
    expect(await v.t.ok('retention.purge', {})).toMatchObject(none);
    expect(caseThere()).toBe(true);
    // Put right again, 20 days after the closing: still not due.
    v.t.clock.advance(120 * DAY);
    await unlockAs(ADMIN);
    expect(caseThere()).toBe(true);
    expect(await v.t.ok('retention.preview', {})).toMatchObject(none);
    // Once its 30 days have passed, the unlock's purge takes it.
    v.t.clock.advance(11 * DAY);
    await unlockAs(ADMIN);
    expect(caseThere()).toBe(false);
    expect(chainOk()).toBe(true);
  });
  it('after a jump, automatic purges wait until an admin has purged by hand: a case closed while the clock was behind is not taken early', async () => {
    const report = reportObject();
    await v.importHere([v.put((await buildBundle({ reports: [jsonBytes(report)], signer: v.intake, to: v.to })).bytes)]);
    const caseId = (await v.t.ok('reports.get', { reportId: String(report.reportId) })).caseId;
    await addUser(v.t, { username: SARA.username, roles: ['coordinator'], passphrase: SARA.passphrase }, ADMIN);
    const { periods } = await v.t.ok('retention.get', {});
    await v.t.ok('retention.set', { periods: { ...periods, closedCases: 30 } });
    // The import wrote with the real clock, ahead of the harness's: that jump is acknowledged first.
    await v.t.ok('retention.purge', {});
    expect((await v.t.ok('retention.get', {})).pausedByClock).toBeNull();
    const caseThere = () => db().prepare('SELECT count(*) FROM cases WHERE id = ?').pluck().get(caseId) === 1;

    // The clock runs 100 days behind while the case is closed: its closing looks 100 days old later.
    v.t.clock.advance(-100 * DAY);
    await unlockAs(SARA);
    for (const status of ['triage', 'open'] as const) await v.t.ok('cases.setStatus', { caseId, status, closingReason: null });
    await v.t.ok('cases.setStatus', { caseId, status: 'closed', closingReason: 'resolved' });
    // Put right: the case looks past its 30 days, but the unlock's purge waits.
    v.t.clock.advance(100 * DAY);
    await unlockAs(ADMIN);
    expect(caseThere()).toBe(true);
    const view = await v.t.ok('retention.get', {});
    expect(view.pausedByClock).not.toBeNull();
    expect(await v.t.ok('retention.preview', {})).toMatchObject({ cases: 1 });
    // The admin looked, and holds it (a purge by hand would take it); the pause ends with that purge.
    await unlockAs(SARA);
    await v.t.ok('retention.setHold', { caseId, hold: true, reason: 'gesloten terwijl de klok achterliep' });
    await unlockAs(ADMIN);
    expect(await v.t.ok('retention.purge', {})).toMatchObject({ cases: 0 });
    expect((await v.t.ok('retention.get', {})).pausedByClock).toBeNull();
    expect(caseThere()).toBe(true);
    expect(chainOk()).toBe(true);
  });
});
