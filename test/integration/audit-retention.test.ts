// Audit-entry retention on a real vault with a fake clock: the oldest entries past their period go,
// the newest AUDIT_KEEP_NEWEST never; the purge leaves a MACed anchor that verification starts
// from, so tampering with the anchor or a kept entry still shows; the purge is audited with counts
// only; old stored settings still read. And rechainAudit (for the vault re-key): every MAC, the
// anchor and the head rewritten under a new key.
import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUDIT_KEEP_NEWEST, MIN_AUDIT_RETENTION_DAYS } from '../../core/retention';
import { appendAudit, rechainAudit, verifyAudit } from '../../main/audit/chain';
import { putSetting } from '../../db/queries/settings';
import type { OpenVault } from '../../main/vault/vault';
import { baken } from '../support/cli';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, testDispatcher } from '../support/vault';

const DAY = 86_400_000;
const ADMIN = { username: 'anna', passphrase: ADMIN_PASS };
const KEEP_FOREVER = { closedCases: null, fabricatedReports: null, quarantine: null, auditEntries: null };

let tmp: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testDispatcher>;

const vault = (): OpenVault => t.dispatcher.sessions.require().vault;
const count = (sql: string, ...args: unknown[]) => Number(vault().db.prepare(sql).pluck().get(...args));
const firstSeq = () => count('SELECT min(seq) FROM audit_log');
const lastSeq = () => count('SELECT max(seq) FROM audit_log');
const verify = (key: Uint8Array = vault().auditMacKey()) => verifyAudit(vault().db, key);

/** `n` entries now, in one transaction, through the real append. */
function addEntries(n: number, action = 'test.event'): void {
  const v = vault();
  v.db.transaction(() => {
    for (let i = 0; i < n; i++) v.audit({ actor: 'anna', action, target: `t${i}`, details: { i } });
  })();
}

// The triggers stop accidental edits; an attacker with the database key can drop them, so the tests do.
function unprotect(): void {
  vault().db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
}

beforeEach(async () => {
  tmp = tempDir();
  t = testDispatcher(tmp.path);
  await t.ok('vault.create', { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS });
});
afterEach(() => {
  t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

async function relock(): Promise<void> {
  await t.ok('session.lock', {});
  await t.ok('session.unlock', ADMIN);
}

/** 1500 entries a little over a year old, then 1100 recent ones; returns the first recent seq. */
async function oldAndNew(): Promise<number> {
  addEntries(1500, 'test.old');
  t.clock.advance(400 * DAY);
  await relock(); // the clock's jump locked the session; nothing is due yet, as no period is set
  addEntries(1100, 'test.new');
  return count('SELECT min(seq) FROM audit_log WHERE at >= ?', new Date(t.clock.now().getTime() - 365 * DAY).toISOString());
}

describe('audit-entry retention', () => {
  it('keeps every entry by default and refuses a period under a year', async () => {
    await oldAndNew();
    expect((await t.ok('retention.get', {})).periods.auditEntries).toBeNull();
    expect((await t.ok('retention.preview', {})).auditEntries).toBe(0);
    const short = { ...KEEP_FOREVER, auditEntries: MIN_AUDIT_RETENTION_DAYS - 1 };
    expect(await t.fail('retention.set', { periods: short })).toBe('retention-audit-too-short');
    expect(await t.fail('retention.set', { periods: { closedCases: 30, fabricatedReports: null, quarantine: null } })).toBe('invalid-input');
    await t.ok('retention.set', { periods: { ...KEEP_FOREVER, auditEntries: 0 } });
    expect((await t.ok('retention.get', {})).periods.auditEntries).toBeNull();
    expect(await t.ok('retention.purge', {})).toMatchObject({ auditEntries: 0 });
    expect(firstSeq()).toBe(1);
    expect(verify()).toEqual({ ok: true, entries: lastSeq(), firstBad: null });
  });

  it('removes the entries past the period from the start, anchors the chain, and audits counts only', async () => {
    const firstRecent = await oldAndNew();
    await t.ok('retention.set', { periods: { ...KEEP_FOREVER, auditEntries: 365 } });
    const due = firstRecent - 1;
    expect(count('SELECT count(*) FROM audit_log WHERE seq < ?', firstRecent)).toBe(due);
    const preview = await t.ok('retention.preview', {});
    expect(preview).toEqual({ cases: 0, reports: 0, attachments: 0, quarantine: 0, auditEntries: due });
    const purged = await t.ok('retention.purge', {});
    expect(purged).toEqual(preview);

    // Gone from the start up to the first recent entry; the rest untouched and still chained.
    expect(firstSeq()).toBe(firstRecent);
    expect(count(`SELECT count(*) FROM audit_log WHERE action = 'test.old'`)).toBe(0);
    expect(count(`SELECT count(*) FROM audit_log WHERE action = 'test.new'`)).toBe(1100);
    const now = t.clock.now().toISOString();
    const verified = verify();
    expect(verified).toEqual({ ok: true, entries: lastSeq() - firstRecent + 1, firstBad: null, verifiedFrom: { seq: firstRecent, removedAt: now } });
    expect(await t.ok('audit.verify', {})).toMatchObject({ ok: true, verifiedFrom: { seq: firstRecent, removedAt: now } });

    // The purge's entry holds counts only, and so does the last purge.
    const entry = vault().db.prepare(`SELECT actor, target, details FROM audit_log WHERE action = 'retention.purge'`).get();
    expect(entry).toEqual({ actor: 'anna', target: null, details: JSON.stringify(purged) });
    expect((await t.ok('retention.get', {})).lastPurge).toEqual({ at: now, actor: 'anna', counts: purged });

    // New entries chain on; nothing more is due; kept entries are still append-only.
    await t.ok('settings.update', { autoLockMinutes: 15 });
    expect(await t.ok('retention.purge', {})).toMatchObject({ auditEntries: 0 });
    expect(verify()).toMatchObject({ ok: true, verifiedFrom: { seq: firstRecent } });
    expect(() => vault().db.prepare('DELETE FROM audit_log WHERE seq = ?').run(firstRecent)).toThrow(/append-only/);
    expect(() => vault().db.prepare(`UPDATE audit_log SET mac = zeroblob(32) WHERE seq = ?`).run(firstRecent)).toThrow(/append-only/);

    // The command line says from where the chain is verified.
    t.dispatcher.sessions.lock('manual');
    const cli = baken(['audit', 'verify'], { BAKEN_VAULT: t.vaultDir, BAKEN_USER: 'anna', BAKEN_PASSPHRASE: ADMIN_PASS });
    expect(cli.status).toBe(0);
    expect(cli.stdout).toContain(`from entry ${firstRecent} (earlier entries removed by retention on ${now.slice(0, 10)})`);
  });

  it(`never removes the newest ${AUDIT_KEEP_NEWEST} entries, however old (a clock far ahead at unlock)`, async () => {
    addEntries(1500, 'test.old');
    await t.ok('retention.set', { periods: { ...KEEP_FOREVER, auditEntries: 365 } });
    t.clock.advance(50 * 365 * DAY);
    await relock();
    // The newest 1000 before the purge's own entry are kept, old as they are.
    expect(count('SELECT count(*) FROM audit_log')).toBe(AUDIT_KEEP_NEWEST + 1);
    const purge = vault().db.prepare(`SELECT seq, details FROM audit_log WHERE action = 'retention.purge'`).get() as { seq: number; details: string };
    expect(purge.seq).toBe(lastSeq());
    expect(firstSeq()).toBe(purge.seq - AUDIT_KEEP_NEWEST);
    expect(JSON.parse(purge.details)).toEqual({ cases: 0, reports: 0, attachments: 0, quarantine: 0, auditEntries: firstSeq() - 1 });
    expect(verify()).toMatchObject({ ok: true, firstBad: null, verifiedFrom: { seq: firstSeq() } });
  });

  it('runs at unlock as the system', async () => {
    addEntries(1500, 'test.old');
    await t.ok('retention.set', { periods: { ...KEEP_FOREVER, auditEntries: 400 } });
    t.clock.advance(200 * DAY);
    await relock();
    addEntries(1100, 'test.new');
    t.clock.advance(201 * DAY);
    await relock();
    expect(count(`SELECT count(*) FROM audit_log WHERE action = 'test.old'`)).toBe(0);
    expect(count(`SELECT count(*) FROM audit_log WHERE action = 'test.new'`)).toBe(1100);
    const entry = vault().db.prepare(`SELECT actor, details FROM audit_log WHERE action = 'retention.purge'`).get() as { actor: string | null; details: string };
    expect(entry.actor).toBeNull();
    expect(JSON.parse(entry.details)).toMatchObject({ cases: 0, reports: 0, attachments: 0, quarantine: 0 });
    expect(JSON.parse(entry.details).auditEntries).toBeGreaterThanOrEqual(1500);
    expect(verify()).toMatchObject({ ok: true });
  });

  describe('tampering after a purge', () => {
    let anchorSeq = 0;
    beforeEach(async () => {
      anchorSeq = await oldAndNew();
      await t.ok('retention.set', { periods: { ...KEEP_FOREVER, auditEntries: 365 } });
      await t.ok('retention.purge', {});
      expect(verify().ok).toBe(true);
      unprotect();
    });

    it('finds an anchor moved forward to hide more entries', () => {
      const db = vault().db;
      const prev = db.prepare('SELECT mac FROM audit_log WHERE seq = ?').pluck().get(anchorSeq + 4) as Buffer;
      db.prepare('UPDATE audit_anchor SET seq = ?, prev_mac = ?').run(anchorSeq + 5, prev);
      db.prepare('DELETE FROM audit_log WHERE seq < ?').run(anchorSeq + 5);
      expect(verify()).toEqual({ ok: false, entries: 0, firstBad: { seq: anchorSeq + 5, reason: 'anchor-mismatch' } });
    });

    it('finds a changed removal date and a forged anchor MAC', () => {
      const db = vault().db;
      const original = db.prepare('SELECT at, anchor_mac FROM audit_anchor').get() as { at: string; anchor_mac: Buffer };
      db.prepare(`UPDATE audit_anchor SET at = '2020-01-01T00:00:00.000Z'`).run();
      expect(verify()).toMatchObject({ ok: false, firstBad: { seq: anchorSeq, reason: 'anchor-mismatch' } });
      db.prepare('UPDATE audit_anchor SET at = ?, anchor_mac = ?').run(original.at, randomBytes(32));
      expect(verify()).toMatchObject({ ok: false, firstBad: { seq: anchorSeq, reason: 'anchor-mismatch' } });
    });

    it('finds a removed anchor, and kept entries removed after it', () => {
      const db = vault().db;
      db.prepare('DELETE FROM audit_log WHERE seq < ?').run(anchorSeq + 3);
      expect(verify()).toMatchObject({ ok: false, firstBad: { seq: anchorSeq, reason: 'sequence-gap' } });
      db.prepare('DELETE FROM audit_anchor').run();
      expect(verify()).toMatchObject({ ok: false, firstBad: { seq: 1, reason: 'sequence-gap' } });
    });

    it('finds an altered kept entry', () => {
      vault().db.prepare(`UPDATE audit_log SET details = '{"i":99}' WHERE seq = ?`).run(anchorSeq + 7);
      expect(verify()).toMatchObject({ ok: false, firstBad: { seq: anchorSeq + 7, reason: 'mac-mismatch' }, verifiedFrom: { seq: anchorSeq } });
    });
  });

  it('reads periods and a last purge stored before audit entries had a period as keep forever and 0', async () => {
    const db = vault().db;
    putSetting(db, 'retention.periods', JSON.stringify({ closedCases: 30, fabricatedReports: null, quarantine: 7 }));
    putSetting(db, 'retention.lastPurge', JSON.stringify({ at: '2026-01-01T00:00:00.000Z', actor: null, counts: { cases: 1, reports: 2, attachments: 3, quarantine: 4 } }));
    expect(await t.ok('retention.get', {})).toEqual({
      periods: { closedCases: 30, fabricatedReports: null, quarantine: 7, auditEntries: null },
      lastPurge: { at: '2026-01-01T00:00:00.000Z', actor: null, counts: { cases: 1, reports: 2, attachments: 3, quarantine: 4, auditEntries: 0 } },
      heldCases: 0,
      pausedByClock: null,
    });
  });
});

describe('rechainAudit', () => {
  const newKey = randomBytes(32);

  it('rewrites every MAC, the anchor and the head under the new key, inside the caller’s transaction', async () => {
    await oldAndNew();
    await t.ok('retention.set', { periods: { ...KEEP_FOREVER, auditEntries: 365 } });
    await t.ok('retention.purge', {});
    const v = vault();
    const oldKey = Buffer.from(v.auditMacKey());
    const before = verify(oldKey);
    expect(before.ok).toBe(true);
    const macsBefore = v.db.prepare('SELECT mac FROM audit_log ORDER BY seq').pluck().all() as Buffer[];

    // The caller's transaction covers it: rolled back, nothing changed.
    expect(() =>
      v.db.transaction(() => {
        rechainAudit(v.db, oldKey, newKey);
        throw new Error('the re-key failed later');
      })(),
    ).toThrow('the re-key failed later');
    expect(verify(oldKey).ok).toBe(true);

    const result = v.db.transaction(() => rechainAudit(v.db, oldKey, newKey))();
    expect(result).toEqual({ entries: before.entries });
    expect(verify(newKey)).toEqual({ ...before });
    expect(verify(oldKey)).toMatchObject({ ok: false, firstBad: { reason: 'anchor-mismatch' } });
    const macsAfter = v.db.prepare('SELECT mac FROM audit_log ORDER BY seq').pluck().all() as Buffer[];
    expect(macsAfter.some((mac, i) => mac.equals(macsBefore[i] ?? Buffer.alloc(0)))).toBe(false);
    // The marker is gone: entries are append-only again. New entries chain on under the new key.
    expect(count('SELECT count(*) FROM audit_rechain')).toBe(0);
    expect(() => v.db.prepare('UPDATE audit_log SET mac = zeroblob(32) WHERE seq = ?').run(lastSeq())).toThrow(/append-only/);
    appendAudit(v.db, newKey, { actor: 'anna', action: 'vault.rekey' }, t.clock.now());
    expect(verify(newKey)).toMatchObject({ ok: true, entries: before.entries + 1 });
  });

  it('re-keys a whole log (no anchor) and opens its own transaction when there is none', () => {
    addEntries(20);
    const oldKey = Buffer.from(vault().auditMacKey());
    expect(rechainAudit(vault().db, oldKey, newKey)).toEqual({ entries: lastSeq() });
    expect(verify(newKey)).toEqual({ ok: true, entries: lastSeq(), firstBad: null });
    expect(verify(oldKey)).toMatchObject({ ok: false, firstBad: { seq: 1, reason: 'mac-mismatch' } });
  });

  it('refuses a broken chain and changes nothing', () => {
    addEntries(20);
    const oldKey = Buffer.from(vault().auditMacKey());
    unprotect();
    vault().db.prepare(`UPDATE audit_log SET action = 'x' WHERE seq = 9`).run();
    const macs = () => vault().db.prepare('SELECT mac FROM audit_log ORDER BY seq').pluck().all() as Buffer[];
    const before = macs();
    let code: unknown = null;
    try {
      rechainAudit(vault().db, oldKey, newKey);
    } catch (e) {
      code = (e as { code?: unknown }).code;
    }
    expect(code).toBe('audit-broken');
    expect(macs()).toEqual(before);
    expect(verify(oldKey)).toMatchObject({ ok: false, firstBad: { seq: 9, reason: 'mac-mismatch' } });
  });
});
