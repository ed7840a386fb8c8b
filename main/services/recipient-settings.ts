// Lists of age recipients kept as vault settings (brief recipients, backup recipients): read,
// and replaced as a whole after each is checked, audited with a count only.
import { getSetting, putSetting } from '../../db/queries/settings';
import { checkAgeRecipients } from '../bundle/age-recipient';
import type { ActiveSession } from './session';

export type RecipientSetting = { key: string; auditAction: string };

export function readRecipients(s: ActiveSession, setting: RecipientSetting): string[] {
  return JSON.parse(getSetting(s.vault.db, setting.key) ?? '[]') as string[];
}

export function storeRecipients(s: ActiveSession, setting: RecipientSetting, list: readonly string[]): string[] {
  const clean = checkAgeRecipients(list);
  s.vault.db
    .transaction(() => {
      putSetting(s.vault.db, setting.key, JSON.stringify(clean));
      s.vault.audit({ actor: s.user.username, action: setting.auditAction, details: { count: clean.length } });
    })
    .immediate();
  return clean;
}
