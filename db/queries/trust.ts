// The intake trust store: minisign public keys of intake stations.
import type { Db } from '../open';
import { stmt } from '../statement-cache';

export type IntakeKeyRow = {
  keyId: string;
  publicKey: Buffer;
  label: string;
  addedAt: string;
  addedBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
};

const COLUMNS = 'key_id AS keyId, public_key AS publicKey, label, added_at AS addedAt, added_by AS addedBy, revoked_at AS revokedAt, revoked_by AS revokedBy';

export function findIntakeKey(db: Db, keyId: string): IntakeKeyRow | null {
  return (stmt(db, `SELECT ${COLUMNS} FROM intake_keys WHERE key_id = ?`).get(keyId) as IntakeKeyRow | undefined) ?? null;
}

export function listIntakeKeys(db: Db): IntakeKeyRow[] {
  return stmt(db, `SELECT ${COLUMNS} FROM intake_keys ORDER BY added_at, key_id`).all() as IntakeKeyRow[];
}

export function insertIntakeKey(db: Db, row: Omit<IntakeKeyRow, 'revokedAt' | 'revokedBy'>): void {
  stmt(db, 'INSERT INTO intake_keys (key_id, public_key, label, added_at, added_by) VALUES (?, ?, ?, ?, ?)').run(
    row.keyId,
    row.publicKey,
    row.label,
    row.addedAt,
    row.addedBy,
  );
}

export function revokeIntakeKey(db: Db, keyId: string, at: string, by: string): void {
  stmt(db, 'UPDATE intake_keys SET revoked_at = ?, revoked_by = ? WHERE key_id = ? AND revoked_at IS NULL').run(at, by, keyId);
}

/** Marks every report that came in under this key for authenticity review. Returns how many. */
export function reportsOfKey(db: Db, keyId: string): string[] {
  return stmt(db, 'SELECT report_id FROM reports WHERE bundle_id IN (SELECT bundle_id FROM bundles WHERE signer_key_id = ?)').pluck().all(keyId) as string[];
}

export function flagReportsOfKey(db: Db, keyId: string, flag: string): number {
  return stmt(db, 'UPDATE reports SET review_flag = ? WHERE bundle_id IN (SELECT bundle_id FROM bundles WHERE signer_key_id = ?)')
    .run(flag, keyId).changes;
}
