// The one dispatcher: sender check, schema parse, session and role checks, auto-lock.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RECIPIENTS_FILE_NAME } from '../../main/services/recipients-export';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, testDispatcher } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
let t: ReturnType<typeof testDispatcher>;
const create = () => t.ok('vault.create', { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS });

beforeEach(() => {
  tmp = tempDir();
  t = testDispatcher(tmp.path);
});
afterEach(() => {
  t.dispatcher.sessions.lock('shutdown');
  tmp.cleanup();
});

describe('dispatcher', () => {
  it('refuses senders other than the app main frame', async () => {
    for (const sender of [
      { url: 'https://example.org/', isMainFrame: true },
      { url: 'file:///etc/passwd', isMainFrame: true },
      { url: 'app://evil/index.html', isMainFrame: true },
      { url: 'app://baken/index.html', isMainFrame: false },
      { url: 'not a url', isMainFrame: true },
    ]) {
      const r = await t.dispatcher.dispatch(sender, 'app.status', {});
      expect(r).toMatchObject({ ok: false, error: { code: 'sender-rejected' } });
    }
  });

  it('rejects unknown channels and bad input without echoing values', async () => {
    expect(await t.fail('vault.delete', {})).toBe('unknown-channel');
    expect(await t.fail('__proto__', {})).toBe('unknown-channel');
    const r = await t.call('session.unlock', { username: 'anna', passphrase: 12345, extra: 'SECRET-VALUE' });
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe('invalid-input');
      expect(r.error.message).not.toContain('SECRET-VALUE');
      expect(r.error.message).toContain('passphrase');
    }
  });

  it('reports the vault state and creates one once', async () => {
    expect(await t.ok('app.status', {})).toMatchObject({ vault: 'absent', session: null });
    const created = await create();
    expect(created.recipients.x25519).toMatch(/^age1[0-9a-z]+$/);
    expect(created.recipients.pq).toMatch(/^age1pq1[0-9a-z]+$/);
    expect(await t.ok('app.status', {})).toMatchObject({ vault: 'unlocked', session: { username: 'anna', sections: ['admin'] }, autoLockMinutes: 10 });
    expect(await t.fail('vault.create', { username: 'x', displayName: 'X', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS })).toBe('vault-exists');
    await t.ok('session.lock', {});
    expect(await t.ok('app.status', {})).toMatchObject({ vault: 'locked', session: null });
  });

  it('enforces the passphrase policy with specific codes', async () => {
    const attempt = (passphrase: string, repeat = passphrase) =>
      t.fail('vault.create', { username: 'anna', displayName: 'Anna', passphrase, passphraseRepeat: repeat });
    expect(await attempt('short one')).toBe('passphrase-too-short');
    expect(await attempt('password1234')).toBe('passphrase-common');
    expect(await attempt(ADMIN_PASS, `${ADMIN_PASS} `)).toBe('passphrase-mismatch');
    expect(await t.fail('vault.create', { username: 'Bad Name!', displayName: 'X', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS })).toBe('username-invalid');
  });

  it('needs a session, and the right role, for protected channels', async () => {
    await create();
    await t.ok('users.create', { username: 'rev', displayName: 'Rev', roles: ['reviewer'], passphrase: 'reviewer passphrase one', passphraseRepeat: 'reviewer passphrase one' });
    await t.ok('session.lock', {});
    expect(await t.fail('users.list', {})).toBe('not-authenticated');
    expect(await t.fail('session.lock', {})).toBe('not-authenticated');
    await t.ok('session.unlock', { username: 'rev', passphrase: 'reviewer passphrase one' });
    await t.ok('session.changePassphrase', { current: 'reviewer passphrase one', next: 'reviewer passphrase two', nextRepeat: 'reviewer passphrase two' });
    for (const channel of ['users.list', 'audit.verify', 'audit.list', 'vault.recipients', 'vault.exportRecipients']) {
      expect(await t.fail(channel, {}), channel).toBe('forbidden');
    }
    expect(await t.fail('settings.update', { autoLockMinutes: 3 })).toBe('forbidden');
    expect(await t.ok('settings.get', {})).toEqual({ autoLockMinutes: 10 });
    expect((await t.ok('app.status', {})).session?.sections).toEqual(['review']);
  });

  it('protects the last admin', async () => {
    const s = await create();
    expect(await t.fail('users.setRoles', { userId: s.session.userId, roles: ['coordinator'] })).toBe('last-admin');
    expect(await t.fail('users.deactivate', { userId: s.session.userId })).toBe('forbidden');
    const second = await t.ok('users.create', { username: 'beheer2', displayName: 'B2', roles: ['admin'], passphrase: 'second admin passphrase', passphraseRepeat: 'second admin passphrase' });
    await t.ok('users.setRoles', { userId: s.session.userId, roles: ['admin', 'coordinator'] });
    expect(await t.fail('users.create', { username: 'beheer2', displayName: 'Again', roles: ['admin'], passphrase: 'second admin passphrase', passphraseRepeat: 'second admin passphrase' })).toBe('user-exists');
    expect((await t.ok('users.deactivate', { userId: second.id })).active).toBe(false);
  });

  it('locks after the configured inactivity and tells the renderer', async () => {
    await create();
    t.clock.advance(9 * 60_000);
    t.dispatcher.sessions.checkIdle();
    expect((await t.ok('app.status', {})).vault).toBe('unlocked'); // this call is activity, too
    t.clock.advance(9 * 60_000 + 59_000);
    t.dispatcher.sessions.checkIdle();
    expect(t.events).toEqual([]);
    t.clock.advance(1_000);
    t.dispatcher.sessions.checkIdle();
    expect(t.events).toEqual([{ name: 'session.locked', payload: { reason: 'idle' } }]);
    expect((await t.ok('app.status', {})).vault).toBe('locked');

    await t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
    await t.ok('settings.update', { autoLockMinutes: 2 });
    t.clock.advance(2 * 60_000);
    t.dispatcher.sessions.checkIdle();
    expect(t.events.at(-1)).toEqual({ name: 'session.locked', payload: { reason: 'idle' } });
  });

  it('exports the recipients as an age recipients file to the chosen medium', async () => {
    const { recipients } = await create();
    const out = await t.ok('vault.exportRecipients', {});
    const file = join(t.exportDir, RECIPIENTS_FILE_NAME);
    expect(out).toEqual({ fileName: RECIPIENTS_FILE_NAME, directory: t.exportDir });
    const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines.sort()).toEqual([recipients.pq, recipients.x25519].sort());
    expect(existsSync(file)).toBe(true);
  });

  it('records every change and login in the audit log', async () => {
    await create();
    await t.ok('settings.update', { autoLockMinutes: 15 });
    await t.ok('session.lock', {});
    await t.fail('session.unlock', { username: 'anna', passphrase: 'wrong passphrase here' });
    await t.ok('session.unlock', { username: 'anna', passphrase: ADMIN_PASS });
    const { entries, total } = await t.ok('audit.list', { limit: 100 });
    expect(total).toBe(entries.length);
    expect(entries.map((e) => e.action).reverse()).toEqual([
      'vault.create', 'user.create', 'session.login', 'settings.update', 'session.lock', 'session.login-failed', 'session.login',
    ]);
    expect(JSON.stringify(entries)).not.toContain(ADMIN_PASS);
    expect(await t.ok('audit.verify', {})).toEqual({ ok: true, entries: 7, firstBad: null });
    const page = await t.ok('audit.list', { limit: 3 });
    expect(page.entries.map((e) => e.seq)).toEqual([8, 7, 6]);
    const next = await t.ok('audit.list', { limit: 3, beforeSeq: 6 });
    expect(next.entries.map((e) => e.seq)).toEqual([5, 4, 3]);
  });
});
