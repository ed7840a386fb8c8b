// The workstation's age identities (X25519 and hybrid post-quantum). Secrets stay in the vault;
// the recipients are public and go to the intake organisation.
import { generateHybridIdentity, generateX25519Identity, identityToRecipient } from 'age-encryption';
import type { Recipients } from '../../core/types';
import { currentIdentities, insertIdentity } from '../../db/queries/identities';
import type { Db } from '../../db/open';

export type NewIdentities = { x25519: { identity: string; recipient: string }; pq: { identity: string; recipient: string } };

export async function generateWorkstationIdentities(): Promise<NewIdentities> {
  const x = await generateX25519Identity();
  const pq = await generateHybridIdentity();
  return {
    x25519: { identity: x, recipient: await identityToRecipient(x) },
    pq: { identity: pq, recipient: await identityToRecipient(pq) },
  };
}

export function storeIdentities(db: Db, ids: NewIdentities, now: string): void {
  insertIdentity(db, 'x25519', ids.x25519.identity, ids.x25519.recipient, now);
  insertIdentity(db, 'pq', ids.pq.identity, ids.pq.recipient, now);
}

export function workstationRecipients(db: Db): Recipients {
  const rows = currentIdentities(db);
  const x = rows.find((r) => r.kind === 'x25519');
  const pq = rows.find((r) => r.kind === 'pq');
  if (!x || !pq) throw new Error('vault has no workstation identities');
  return { x25519: x.recipient, pq: pq.recipient };
}
