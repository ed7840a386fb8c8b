// Computes the signals of the reports an import (or a delivery) put on the pending list, in small
// transactions. Runs once an import's bundles are committed — right after, in the same job — and
// at unlock for anything a stopped job left. Signals never hold up getting reports into the vault.
import { takePending } from '../../db/queries/review';
import type { Db } from '../../db/open';
import type { OpenVault } from '../vault/vault';
import { contactKeyFrom } from './contacts';
import { recordReviewFacts } from './review-facts';
import { refreshSignals } from './signals';

const BATCH = 200;

/** How long an unlock or a key revocation may spend on leftover follow-up work. */
const FOREGROUND_BUDGET_MS = 2000;

/**
 * Runs follow-up work where a user waits (unlock, key revocation): with the vault's contact-match
 * key, wiped after, and a stop() after two seconds. What is left stays pending for the next
 * import job or unlock, so a large backlog (after an upgrade) never holds the user up.
 */
export function withinForegroundBudget(vault: OpenVault, work: (contactKey: Buffer, stop: () => boolean) => void): void {
  const blobKey = vault.blobKey();
  const until = performance.now() + FOREGROUND_BUDGET_MS;
  try {
    work(contactKeyFrom(blobKey), () => performance.now() > until);
  } finally {
    blobKey.fill(0);
  }
}

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
