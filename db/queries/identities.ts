// Workstation age identities (secret) and their public recipients.
import type { Db } from '../open';

export type IdentityKind = 'x25519' | 'pq';
export type IdentityRow = { id: number; kind: IdentityKind; identity: string; recipient: string; retiredAt: string | null };

export function insertIdentity(db: Db, kind: IdentityKind, identity: string, recipient: string, now: string): void {
  db.prepare('INSERT INTO workstation_identities (kind, identity, recipient, created_at) VALUES (?, ?, ?, ?)').run(
    kind,
    identity,
    recipient,
    now,
  );
}

/** Current (not retired) identities, newest first per kind. */
export function currentIdentities(db: Db): IdentityRow[] {
  const rows = db
    .prepare(
      'SELECT id, kind, identity, recipient, retired_at AS retiredAt FROM workstation_identities WHERE retired_at IS NULL ORDER BY id DESC',
    )
    .all() as IdentityRow[];
  return rows;
}

/** Every identity, retired ones included: bundles made for an old recipient still open. */
export function allIdentities(db: Db): IdentityRow[] {
  return db
    .prepare('SELECT id, kind, identity, recipient, retired_at AS retiredAt FROM workstation_identities ORDER BY id DESC')
    .all() as IdentityRow[];
}
