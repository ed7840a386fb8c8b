// The demo vault: made-up reports imported, demo users for each role who can unlock with the
// documented passphrases, some casework, and an intact audit chain.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, seedDemoVault } from '../../main/demo/seed-demo';
import { verifyAudit } from '../../main/audit/chain';
import { unlockVault } from '../../main/vault/vault';
import { tempDir } from '../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

describe('demo vault', () => {
  it('is filled from synthetic bundles, with a user per role', async () => {
    await seedDemoVault(tmp.path, { reports: 24 });
    for (const u of DEMO_USERS) {
      const { vault, user } = await unlockVault(join(tmp.path, 'vault'), u.username, u.passphrase);
      expect(user.roles).toEqual(u.roles);
      expect(user.mustChangePassphrase).toBe(false);
      if (u.username === 'beheer') {
        expect(vault.db.prepare('SELECT count(*) FROM reports').pluck().get()).toBe(24);
        expect(vault.db.prepare('SELECT count(*) FROM cases WHERE assignee_id IS NOT NULL').pluck().get()).toBeGreaterThan(0);
        expect(vault.db.prepare("SELECT count(DISTINCT status) FROM cases").pluck().get()).toBeGreaterThan(2);
        expect(verifyAudit(vault.db, vault.auditMacKey()).ok).toBe(true);
      }
      vault.close();
    }
  }, 120_000);
});
