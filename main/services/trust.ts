// The intake trust store: which intake stations' minisign keys may sign bundles. Revoking never
// deletes what was imported; it marks those reports for authenticity review.
import { BakenError } from '../../core/errors';
import type { IntakeKeyInfo } from '../../core/types';
import { markPending } from '../../db/queries/review';
import { findIntakeKey, flagReportsOfKey, insertIntakeKey, listIntakeKeys, revokeIntakeKey, reportsOfKey } from '../../db/queries/trust';
import { MinisignError, normaliseKeyIdHex, parsePublicKey } from '../bundle/minisign';
import { computePendingSignals, withinForegroundBudget } from '../review/pending';
import type { ActiveSession } from './session';

export const REVIEW_FLAG_SIGNER_REVOKED = 'signer-revoked';

function info(row: ReturnType<typeof listIntakeKeys>[number]): IntakeKeyInfo {
  return { keyId: row.keyId, label: row.label, addedAt: row.addedAt, addedBy: row.addedBy, revokedAt: row.revokedAt, revokedBy: row.revokedBy };
}

export function listTrustedKeys(session: ActiveSession): IntakeKeyInfo[] {
  return listIntakeKeys(session.vault.db).map(info);
}

export function addTrustedKey(session: ActiveSession, publicKeyText: string, label: string): IntakeKeyInfo {
  const { vault, user } = session;
  let key;
  try {
    key = parsePublicKey(publicKeyText);
  } catch (error) {
    if (error instanceof MinisignError) throw new BakenError('trust-key-invalid');
    throw error;
  }
  vault.db.transaction(() => {
    if (findIntakeKey(vault.db, key.keyIdHex)) throw new BakenError('trust-key-exists');
    insertIntakeKey(vault.db, { keyId: key.keyIdHex, publicKey: Buffer.from(key.publicKey), label, addedAt: vault.now().toISOString(), addedBy: user.username });
    vault.audit({ actor: user.username, action: 'trust.add', target: key.keyIdHex, details: { label } });
  }).immediate();
  const row = findIntakeKey(vault.db, key.keyIdHex);
  if (!row) throw new Error('key missing after insert');
  return info(row);
}

export function revokeTrustedKey(session: ActiveSession, keyIdRaw: string): { key: IntakeKeyInfo; reportsFlagged: number } {
  const { vault, user } = session;
  const keyId = normaliseKeyIdHex(keyIdRaw);
  if (!keyId) throw new BakenError('trust-key-not-found');
  const flagged = vault.db.transaction(() => {
    const row = findIntakeKey(vault.db, keyId);
    if (!row) throw new BakenError('trust-key-not-found');
    revokeIntakeKey(vault.db, keyId, vault.now().toISOString(), user.username);
    const n = flagReportsOfKey(vault.db, keyId, REVIEW_FLAG_SIGNER_REVOKED);
    // Their signals change ("key revoked since"): computed again below.
    markPending(vault.db, reportsOfKey(vault.db, keyId));
    vault.audit({ actor: user.username, action: 'trust.revoke', target: keyId, details: { reportsFlagged: n } });
    return n;
  }).immediate();
  withinForegroundBudget(vault, (contactKey, stop) => computePendingSignals(vault.db, contactKey, () => vault.now(), stop));
  const row = findIntakeKey(vault.db, keyId);
  if (!row) throw new Error('key missing after revoke');
  return { key: info(row), reportsFlagged: flagged };
}
