// After an unlock: clear what an interrupted import, backup or purge may have left: blob bytes of
// a purge that a crash stopped before they were destroyed, unfinished blob writes and blobs of a
// bundle that never committed, and the encrypted database copy of a backup. Skipped while another
// process holds the import lock (an import, a backup or a re-key is running there).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { allBlobRefs } from '../../db/queries/intake';
import { BlobStore } from '../blobs/blob-store';
import { importInProgress } from '../import/import-lock';
import { shredPending } from '../retention/shred';
import type { OpenVault } from '../vault/vault';

/** The VACUUM INTO copy a backup makes in the vault folder (backup-archive.ts), and SQLite's journal of it. */
const SNAPSHOT_COPY = /^\.backup-[0-9a-f]{16}\.db(-journal|-wal|-shm)?$/;

export type Recovery = { removedBlobs: number; removedSnapshots: number };

export function recoverAfterUnlock(vault: OpenVault): Recovery {
  if (importInProgress(vault.dir)) return { removedBlobs: 0, removedSnapshots: 0 };
  const removedSnapshots = removeSnapshotCopies(vault.dir);
  if (removedSnapshots > 0) vault.audit({ actor: null, action: 'recovery.backup-copy-removed', details: { count: removedSnapshots } });
  // A purge's blobs first: their records are gone, so the sweep would only unlink them and leave
  // the sealed bytes on the disk. If destroying them fails, the sweep waits for the next unlock.
  try {
    shredPending(vault.db, vault.paths.blobs, vault.blobKey());
  } catch {
    return { removedBlobs: 0, removedSnapshots };
  }
  const store = new BlobStore(vault.paths.blobs, vault.blobKey());
  const { removed } = store.sweep(allBlobRefs(vault.db));
  if (removed > 0) vault.audit({ actor: null, action: 'recovery.blobs-removed', details: { count: removed } });
  return { removedBlobs: removed, removedSnapshots };
}

/** The copy holds only ciphertext under the database's own key, but is a whole second database. */
function removeSnapshotCopies(dir: string): number {
  let removed = 0;
  for (const name of readdirSync(dir)) {
    if (!SNAPSHOT_COPY.test(name)) continue;
    rmSync(join(dir, name), { force: true });
    removed++;
  }
  return removed;
}
