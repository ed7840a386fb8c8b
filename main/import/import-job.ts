// One import job: takes the vault's import lock, opens its own database connection with the
// vault's subkeys (never the VMK), imports the files, gives the results, indexes the new reports
// for search and computes their review signals, and always closes, unlocks and wipes the keys.
// Run in the import worker thread (the app) or in the calling thread (the CLI, which has no UI to
// keep responsive and would only pay a second start-up of the same modules).
import { openDatabase } from '../../db/open';
import { sqliteErrorCode } from '../../db/sqlite-errors';
import type { ImportProgress, ImportResult } from '../../core/import-types';
import { systemClock } from '../services/clock';
import { vaultPaths } from '../vault/layout';
import { importEnv } from './import-env';
import { importFiles } from './import-files';
import { followUpImport } from './follow-up';
import { acquireImportLock } from './import-lock';
import { ImportCancelled } from './rejection';
import type { WorkerInput, WorkerMessage } from './worker-protocol';

export async function runImportJob(
  input: WorkerInput,
  hooks: { cancelled: () => boolean; onProgress: (p: ImportProgress) => void; onResults?: (results: ImportResult[]) => void },
): Promise<Exclude<WorkerMessage, { kind: 'progress' | 'results' }>> {
  // The shared flag is seen even when a run of small bundles never gives the event loop a turn.
  const flag = new Int32Array(input.cancelFlag);
  const signal = {
    get aborted() {
      return hooks.cancelled() || Atomics.load(flag, 0) === 1;
    },
  };
  const wipe = () => {
    input.keys.database.fill(0);
    input.keys.audit.fill(0);
    input.keys.blobs.fill(0);
  };
  let release: () => void;
  try {
    release = acquireImportLock(input.vaultDir);
  } catch {
    wipe();
    return { kind: 'busy' };
  }
  try {
    const db = openDatabase(vaultPaths(input.vaultDir).database, input.keys.database, { create: false });
    try {
      // Checkpoint after about 64 MiB of WAL instead of 4 MiB: an import rewrites the same index
      // and full-text pages batch after batch, and each checkpoint would copy and flush them again.
      db.pragma('wal_autocheckpoint = 16384');
      const env = importEnv({
        db,
        vaultDir: input.vaultDir,
        auditKey: input.keys.audit,
        blobKey: input.keys.blobs,
        user: input.user,
        bundlePassphrase: input.bundlePassphrase,
        limits: input.limits,
        clock: systemClock,
      });
      const results = await importFiles(env, input.files, { signal, onProgress: hooks.onProgress, readAhead: { cancelFlag: input.cancelFlag } });
      // The reports are in; their search entries and review signals follow (a cancel stops that,
      // the next unlock finishes it).
      hooks.onResults?.(results);
      followUpImport(db, env.contactKey, () => systemClock.now(), () => signal.aborted);
      return { kind: 'done', results };
    } finally {
      db.close();
    }
  } catch (error) {
    if (error instanceof ImportCancelled) return { kind: 'cancelled' };
    return { kind: 'failed', name: error instanceof Error ? error.name : 'unknown', code: sqliteErrorCode(error) ?? 'internal' };
  } finally {
    release();
    wipe();
  }
}
