// The import worker thread: its own database connection, the vault's subkeys (never the VMK),
// progress out, cancel in. Keeps long imports off the main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { openDatabase } from '../../db/open';
import { systemClock } from '../services/clock';
import { vaultPaths } from '../vault/layout';
import { importEnv } from './import-env';
import { importFiles } from './import-files';
import { acquireImportLock } from './import-lock';
import { ImportCancelled } from './rejection';
import type { WorkerInput, WorkerMessage, WorkerRequest } from './worker-protocol';

async function run(input: WorkerInput): Promise<WorkerMessage> {
  const controller = new AbortController();
  parentPort?.on('message', (m: WorkerRequest) => {
    if (m.kind === 'cancel') controller.abort();
  });
  // The shared flag is seen even when a run of small bundles never gives the event loop a turn.
  const flag = new Int32Array(input.cancelFlag);
  const signal = { get aborted() { return controller.signal.aborted || Atomics.load(flag, 0) === 1; } };
  let release: () => void;
  try {
    release = acquireImportLock(input.vaultDir);
  } catch {
    return { kind: 'busy' };
  }
  const db = openDatabase(vaultPaths(input.vaultDir).database, input.keys.database, { create: false });
  try {
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
    const results = await importFiles(env, input.files, {
      signal,
      onProgress: (progress) => parentPort?.postMessage({ kind: 'progress', progress } satisfies WorkerMessage),
    });
    return { kind: 'done', results };
  } catch (error) {
    if (error instanceof ImportCancelled) return { kind: 'cancelled' };
    return { kind: 'failed', name: error instanceof Error ? error.name : 'unknown' };
  } finally {
    db.close();
    release();
    input.keys.database.fill(0);
    input.keys.audit.fill(0);
    input.keys.blobs.fill(0);
  }
}

const message = await run(workerData as WorkerInput);
parentPort?.postMessage(message);
// The cancel listener would keep this thread alive after its work is done.
parentPort?.close();
