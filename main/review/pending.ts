// Computes the signals of the reports an import (or a delivery) put on the pending list, in small
// transactions. Runs once an import's bundles are committed — right after, in the same job — and
// at unlock for anything a stopped job left. Signals never hold up getting reports into the vault.
import { takePending } from '../../db/queries/review';
import type { Db } from '../../db/open';
import { recordReviewFacts } from './review-facts';
import { refreshSignals } from './signals';

const BATCH = 200;

/** Returns how many reports it computed; stops between batches when `stop()` says so. */
export function computePendingSignals(db: Db, contactKey: Buffer, now: () => Date, stop: () => boolean = () => false): number {
  let done = 0;
  while (!stop()) {
    const n = db.transaction(() => {
      const ids = takePending(db, BATCH);
      // All fingerprints of the batch first: a report's near-duplicates may be in the same batch.
      recordReviewFacts(db, contactKey, ids);
      refreshSignals(db, ids, now().toISOString());
      return ids.length;
    }).immediate();
    done += n;
    if (n < BATCH) break;
  }
  return done;
}
