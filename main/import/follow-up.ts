// What follows an import once its bundles are committed: the new reports' full-text entries,
// then their review signals. Neither holds up getting reports into the vault: the import gives
// its results first (import-job.ts). Whatever a stopped job leaves is done at the next unlock.
import type { Db } from '../../db/open';
import { computePendingSignals } from '../review/pending';
import { ensureSearchIndex } from '../search/indexer';

export function followUpImport(db: Db, contactKey: Buffer, now: () => Date, stop: () => boolean = () => false): void {
  // Indexes every report without an entry (new ones, and any a stopped job left).
  ensureSearchIndex(db);
  if (!stop()) computePendingSignals(db, contactKey, now, stop);
}
