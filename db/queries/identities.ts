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

/** The public side of every identity, for the admin's list; never the secret. */
export type IdentityInfoRow = { id: number; kind: IdentityKind; recipient: string; createdAt: string; retiredAt: string | null };

const INFO = 'SELECT id, kind, recipient, created_at AS createdAt, retired_at AS retiredAt FROM workstation_identities';

export function listIdentityInfo(db: Db): IdentityInfoRow[] {
  return db.prepare(`${INFO} ORDER BY id DESC`).all() as IdentityInfoRow[];
}

export function retireCurrentIdentities(db: Db, now: string): number {
  return db.prepare('UPDATE workstation_identities SET retired_at = ? WHERE retired_at IS NULL').run(now).changes;
}

/** Deletes a retired identity (secure_delete overwrites its row) and returns it; null when it is not retired. */
export function deleteRetiredIdentity(db: Db, id: number): IdentityInfoRow | null {
  const row = db.prepare(`${INFO} WHERE id = ? AND retired_at IS NOT NULL`).get(id) as IdentityInfoRow | undefined;
  if (!row) return null;
  db.prepare('DELETE FROM workstation_identities WHERE id = ?').run(id);
  return row;
}
