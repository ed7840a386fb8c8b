// Vault-wide settings an admin changes (inactivity lock).
import { type BundleLimits, DEFAULT_LIMITS, bundleLimitsSchema } from '../../core/bundle/limits';
import type { Settings } from '../../core/types';
import { getSetting, putSetting } from '../../db/queries/settings';
import type { Db } from '../../db/open';
import type { ActiveSession } from './session';

export const DEFAULT_AUTO_LOCK_MINUTES = 10;

export function readAutoLockMinutes(db: Db): number {
  const raw = getSetting(db, 'autoLockMinutes');
  const n = raw === null ? NaN : Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 120 ? n : DEFAULT_AUTO_LOCK_MINUTES;
}

export function readSettings(db: Db): Settings {
  return { autoLockMinutes: readAutoLockMinutes(db) };
}

export function updateSettings(session: ActiveSession, next: Settings): Settings {
  const { vault, user } = session;
  const before = readSettings(vault.db);
  vault.db.transaction(() => {
    putSetting(vault.db, 'autoLockMinutes', String(next.autoLockMinutes));
    vault.audit({ actor: user.username, action: 'settings.update', details: { autoLockMinutes: { from: before.autoLockMinutes, to: next.autoLockMinutes } } });
  }).immediate();
  return readSettings(vault.db);
}

/** The reader limits in force: the admin's, or the defaults of BUNDLE-FORMAT.md §5. */
export function readBundleLimits(db: Db): BundleLimits {
  const raw = getSetting(db, 'bundleLimits');
  if (raw === null) return DEFAULT_LIMITS;
  try {
    const parsed = bundleLimitsSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : DEFAULT_LIMITS;
  } catch {
    return DEFAULT_LIMITS;
  }
}

export function updateBundleLimits(session: ActiveSession, next: BundleLimits): BundleLimits {
  const { vault, user } = session;
  const before = readBundleLimits(vault.db);
  vault.db.transaction(() => {
    putSetting(vault.db, 'bundleLimits', JSON.stringify(next));
    vault.audit({ actor: user.username, action: 'settings.bundle-limits', details: { from: before, to: next } });
  }).immediate();
  return readBundleLimits(vault.db);
}
