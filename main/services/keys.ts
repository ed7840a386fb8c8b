// Key management as use cases (admins): re-key the vault (new VMK for the database, the blobs, the
// keyslots and the audit chain: main/vault/rekey.ts), and rotate the workstation's age identities
// while keeping the old ones, so bundles already made for the old recipients still open, until an
// admin destroys a retired one.
import { BakenError } from '../../core/errors';
import type { Recipients, RekeyResult, WorkstationIdentityInfo } from '../../core/types';
import { deleteRetiredIdentity, listIdentityInfo, retireCurrentIdentities } from '../../db/queries/identities';
import { generateWorkstationIdentities, storeIdentities, workstationRecipients } from '../vault/identities';
import { rekeyVault } from '../vault/rekey';
import type { ServiceContext } from './context';
import type { ImportService } from './imports';
import type { ActiveSession, SessionManager } from './session';
import { confirmOwnPassphrase } from './users';

function requireAdmin(s: ActiveSession): void {
  if (!s.user.roles.includes('admin')) throw new BakenError('forbidden');
}

export async function rekey(ctx: ServiceContext, sessions: SessionManager, imports: ImportService, passphrase: string): Promise<RekeyResult> {
  const s = sessions.require();
  requireAdmin(s);
  if (imports.busy()) throw new BakenError('import-busy');
  return sessions.exclusive('rekey', async (session) => {
    // Re-keying is rare and heavy: the admin confirms it with their passphrase.
    await confirmOwnPassphrase(session, passphrase);
    const { vault, result } = await rekeyVault(session.vault, {
      actor: session.user.username,
      progress: (p) => ctx.emit('rekey.progress', p),
    });
    return { vault, value: result };
  });
}

export function listIdentities(s: ActiveSession): WorkstationIdentityInfo[] {
  requireAdmin(s);
  return listIdentityInfo(s.vault.db);
}

/** New identities become the ones to give out; the old ones are retired but still decrypt. */
export async function rotateIdentities(s: ActiveSession): Promise<Recipients> {
  requireAdmin(s);
  const fresh = await generateWorkstationIdentities();
  const { vault } = s;
  vault.db.transaction(() => {
    const now = vault.now().toISOString();
    const retired = retireCurrentIdentities(vault.db, now);
    storeIdentities(vault.db, fresh, now);
    vault.audit({
      actor: s.user.username,
      action: 'identity.rotate',
      details: { x25519: fresh.x25519.recipient, pq: fresh.pq.recipient, retired },
    });
  }).immediate();
  return workstationRecipients(vault.db);
}

/** Destroys a retired identity: bundles still in transit to it can no longer be opened. */
export function destroyIdentity(s: ActiveSession, id: number): WorkstationIdentityInfo[] {
  requireAdmin(s);
  const { vault } = s;
  vault.db.transaction(() => {
    const row = deleteRetiredIdentity(vault.db, id);
    if (!row) throw new BakenError('identity-not-retired');
    vault.audit({ actor: s.user.username, action: 'identity.destroy', details: { kind: row.kind, recipient: row.recipient, retiredAt: row.retiredAt } });
  }).immediate();
  return listIdentityInfo(vault.db);
}
