// The audit chain finds any altered, removed or reordered entry, editing the database with its key.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyAudit } from '../../main/audit/chain';
import { createVault, type OpenVault } from '../../main/vault/vault';
import { tempDir } from '../support/temp';
import { ADMIN_PASS, TEST_KDF } from '../support/vault';

let tmp: ReturnType<typeof tempDir>;
let vault: OpenVault;

beforeEach(async () => {
  tmp = tempDir();
  vault = (await createVault(`${tmp.path}/v`, { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS }, { kdf: TEST_KDF })).vault;
  for (let i = 0; i < 10; i++) vault.audit({ actor: 'anna', action: 'test.event', target: `t${i}`, details: { i } });
});
afterEach(() => {
  vault.close();
  tmp.cleanup();
});

// The triggers stop accidental edits; an attacker with the key can drop them, so the tests do.
function unprotect(): void {
  vault.db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete;');
}
const verify = () => verifyAudit(vault.db, vault.auditMacKey());

describe('audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(verify()).toEqual({ ok: true, entries: 13, firstBad: null });
  });

  it('is append-only through SQL', () => {
    expect(() => vault.db.prepare(`UPDATE audit_log SET action = 'x' WHERE seq = 2`).run()).toThrow(/append-only/);
    expect(() => vault.db.prepare('DELETE FROM audit_log WHERE seq = 2').run()).toThrow(/append-only/);
  });

  it('finds an altered entry', () => {
    unprotect();
    vault.db.prepare(`UPDATE audit_log SET details = '{"i":99}' WHERE seq = 7`).run();
    expect(verify()).toMatchObject({ ok: false, firstBad: { seq: 7, reason: 'mac-mismatch' } });
  });

  it('finds an altered actor or time', () => {
    unprotect();
    vault.db.prepare(`UPDATE audit_log SET at = '2020-01-01T00:00:00.000Z' WHERE seq = 5`).run();
    expect(verify()).toMatchObject({ ok: false, firstBad: { seq: 5 } });
  });

  it('finds a removed entry', () => {
    unprotect();
    vault.db.prepare('DELETE FROM audit_log WHERE seq = 6').run();
    expect(verify()).toMatchObject({ ok: false, firstBad: { seq: 6, reason: 'sequence-gap' } });
  });

  it('finds a removed and renumbered entry', () => {
    unprotect();
    vault.db.prepare('DELETE FROM audit_log WHERE seq = 6').run();
    vault.db.prepare('UPDATE audit_log SET seq = seq - 1 WHERE seq > 6').run();
    expect(verify()).toMatchObject({ ok: false, firstBad: { seq: 6, reason: 'mac-mismatch' } });
  });

  it('finds reordered entries', () => {
    unprotect();
    vault.db.prepare('UPDATE audit_log SET seq = -1 WHERE seq = 8').run();
    vault.db.prepare('UPDATE audit_log SET seq = 8 WHERE seq = 9').run();
    vault.db.prepare('UPDATE audit_log SET seq = 9 WHERE seq = -1').run();
    expect(verify()).toMatchObject({ ok: false, firstBad: { seq: 8, reason: 'mac-mismatch' } });
  });

  it('finds entries cut off the end', () => {
    unprotect();
    vault.db.prepare('DELETE FROM audit_log WHERE seq >= 12').run();
    expect(verify()).toMatchObject({ ok: false, firstBad: { seq: 12, reason: 'head-mismatch' } });
  });

  it('finds a forged head', () => {
    unprotect();
    vault.db.prepare('DELETE FROM audit_log WHERE seq = 13').run();
    const prev = vault.db.prepare('SELECT mac FROM audit_log WHERE seq = 12').pluck().get() as Buffer;
    vault.db.prepare('UPDATE audit_head SET seq = 12, mac = ?').run(prev);
    expect(verify()).toMatchObject({ ok: false, firstBad: { seq: 13, reason: 'head-mismatch' } });
  });
});
