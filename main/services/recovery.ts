// After an unlock: clear what an interrupted import may have left (unfinished blob writes, blobs
// of a bundle that never committed). Skipped while another process is importing.
import { allBlobRefs } from '../../db/queries/intake';
import { BlobStore } from '../blobs/blob-store';
import { importInProgress } from '../import/import-lock';
import type { OpenVault } from '../vault/vault';

export function recoverAfterUnlock(vault: OpenVault): { removedBlobs: number } {
  if (importInProgress(vault.dir)) return { removedBlobs: 0 };
  const store = new BlobStore(vault.paths.blobs, vault.blobKey());
  const { removed } = store.sweep(allBlobRefs(vault.db));
  if (removed > 0) vault.audit({ actor: null, action: 'recovery.blobs-removed', details: { count: removed } });
  return { removedBlobs: removed };
}
