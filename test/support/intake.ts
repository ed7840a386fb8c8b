// A vault ready for imports: admin who is also a counsellor, one trusted intake key, a folder
// standing in for a USB stick, and an in-process import (the worker path is tested separately).
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_LIMITS, type BundleLimits } from '../../core/bundle/limits';
import type { ImportResult } from '../../core/import-types';
import { importEnv } from '../../main/import/import-env';
import { importFiles } from '../../main/import/import-files';
import { followUpImport } from '../../main/import/follow-up';
import { systemClock } from '../../main/services/clock';
import { type Intake, newIntake } from './bundles';
import { ADMIN_PASS, testDispatcher } from './vault';

export async function intakeVault(root: string) {
  const usb = join(root, 'usb-stick');
  mkdirSync(usb, { recursive: true });
  const t = testDispatcher(root, { volumes: [{ path: usb, label: 'USB' }] });
  const created = await t.ok('vault.create', { username: 'anna', displayName: 'Anna', passphrase: ADMIN_PASS, passphraseRepeat: ADMIN_PASS });
  await t.ok('users.setRoles', { userId: created.session.userId, roles: ['admin', 'counsellor'] });
  const intake: Intake = newIntake();
  await t.ok('trust.add', { publicKey: intake.publicKeyText, label: 'intake-01' });
  const to = { recipients: [created.recipients.x25519] };

  let n = 0;
  function put(bytes: Buffer, name = `bundle-${String(++n).padStart(4, '0')}.baken`): string {
    const path = join(usb, name);
    writeFileSync(path, bytes);
    return path;
  }

  function env(limits: BundleLimits = DEFAULT_LIMITS, bundlePassphrase: string | null = null) {
    const { vault, user } = t.dispatcher.sessions.require();
    const keys = vault.workerKeys();
    return importEnv({ db: vault.db, vaultDir: vault.dir, auditKey: keys.audit, blobKey: keys.blobs, user: user.username, bundlePassphrase, limits, clock: systemClock });
  }

  /** Imports in this thread, then indexes and computes review signals, as the import job does. */
  async function importHere(paths: string[], limits?: BundleLimits, bundlePassphrase: string | null = null): Promise<ImportResult[]> {
    const e = env(limits, bundlePassphrase);
    const results = await importFiles(e, paths.map((path) => ({ path, medium: 'USB' })));
    followUpImport(e.db, e.contactKey, () => new Date());
    return results;
  }

  /** Everything an import may change, except the quarantine and the audit log. */
  function snapshot() {
    const db = t.dispatcher.sessions.require().vault.db;
    const rows = (sql: string) => JSON.stringify(db.prepare(sql).all());
    let blobs: string[];
    try {
      const dir = join(t.vaultDir, 'blobs');
      // With sizes: a pack that kept the bytes of a refused bundle would differ.
      blobs = readdirSync(dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(dir, f)).isFile())
        .map((f) => `${f}:${statSync(join(dir, f)).size}`)
        .sort();
    } catch {
      blobs = [];
    }
    return {
      bundles: rows('SELECT bundle_id FROM bundles ORDER BY 1'),
      reports: rows('SELECT report_id, sha256 FROM reports ORDER BY 1'),
      attachments: rows('SELECT sha256, pack, pack_offset, pack_length FROM attachments ORDER BY 1'),
      links: rows('SELECT report_id, position, sha256 FROM report_attachments ORDER BY 1, 2'),
      blobs: blobs.filter((b) => !b.startsWith('tmp')),
      tmp: blobs.filter((b) => b.startsWith('tmp/')),
    };
  }

  return { t, usb, intake, to, recipients: created.recipients, put, env, importHere, snapshot };
}
