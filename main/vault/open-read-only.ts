// A vault opened for reading only, for checking it (`baken vault check`): the same credentials and
// throttle as an unlock, but nothing is written to the database (no login entry, no recovery, no
// purge), so a damaged vault is looked at without being changed. Failed attempts are counted as
// at an unlock; a success does not clear them, so the next unlock still audits them.
import { BakenError } from '../../core/errors';
import { isDatabaseDamaged } from '../../db/sqlite-errors';
import { type Db, openKeyedFile } from '../../db/open';
import { readHeader } from './header';
import { vaultPaths } from './layout';
import { rekeyInterrupted } from './rekey';
import { deriveSubkey } from './subkeys';
import { type VaultClock, openUserSlot, slotOwner } from './vault';

export type ReadOnlyVault = {
  dir: string;
  db: Db;
  auditKey: Buffer;
  blobKey: Buffer;
  /** False when the users table could not be read to confirm the admin role. */
  roleChecked: boolean;
  close(): void;
};

/** Opens as `username`, who must be an active admin (when the users table can still be read). */
export async function openVaultReadOnly(dir: string, username: string, passphrase: string, clock: VaultClock): Promise<ReadOnlyVault> {
  const paths = vaultPaths(dir);
  readHeader(paths.header); // a missing or damaged vault says so before anything else
  // Finishing or undoing it writes; a check does not, so it says what to do instead.
  if (rekeyInterrupted(dir)) throw new BakenError('rekey-interrupted');
  const { slot, vmk } = await openUserSlot(dir, username, passphrase, clock);
  const dbKey = deriveSubkey(vmk, 'database');
  const auditKey = deriveSubkey(vmk, 'audit');
  const blobKey = deriveSubkey(vmk, 'blobs');
  vmk.fill(0);
  const wipe = () => {
    for (const k of [dbKey, auditKey, blobKey]) k.fill(0);
  };
  let db: Db;
  try {
    db = openKeyedFile(paths.database, dbKey, { readonly: true });
  } catch (error) {
    wipe();
    throw error;
  } finally {
    dbKey.fill(0);
  }
  let roleChecked = true;
  try {
    const user = slotOwner(dir, db, username, slot, clock);
    if (!user.roles.includes('admin')) throw new BakenError('forbidden');
  } catch (error) {
    // A users table that cannot be read is itself what the check reports; the slot opened, so
    // the caller holds the vault's key. Anything else ends here.
    if (!isDatabaseDamaged(error)) {
      db.close();
      wipe();
      throw error;
    }
    roleChecked = false;
  }
  return {
    dir,
    db,
    auditKey,
    blobKey,
    roleChecked,
    close: () => {
      try {
        db.close();
      } finally {
        wipe();
      }
    },
  };
}
