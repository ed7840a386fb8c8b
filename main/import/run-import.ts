// Runs an import in a worker thread and relays progress; cancel() stops it safely between
// entries (the current bundle is dropped whole, nothing is committed for it).
import { Worker } from 'node:worker_threads';
import { BakenError } from '../../core/errors';
import type { ImportProgress, ImportResult } from '../../core/import-types';
import { logError } from '../log';
import type { WorkerInput, WorkerMessage, WorkerRequest } from './worker-protocol';

export type RunningImport = { done: Promise<ImportResult[] | 'cancelled'>; cancel: () => void };

/** From sources (tsx, vitest, Playwright) this file is .ts and needs the bootstrap; built, the worker is a .js beside the main bundle. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./worker-bootstrap.mjs', import.meta.url)
    : new URL('./import-worker.js', import.meta.url);
}

export function runImport(input: Omit<WorkerInput, 'cancelFlag'>, onProgress: (p: ImportProgress) => void): RunningImport {
  const cancelFlag = new SharedArrayBuffer(4);
  const worker = new Worker(workerUrl(), { workerData: { ...input, cancelFlag } satisfies WorkerInput });
  const outcome = new Promise<ImportResult[] | 'cancelled'>((resolve, reject) => {
    let settled = false;
    worker.on('message', (m: WorkerMessage) => {
      switch (m.kind) {
        case 'progress':
          onProgress(m.progress);
          break;
        case 'done':
          settled = true;
          resolve(m.results);
          break;
        case 'cancelled':
          settled = true;
          resolve('cancelled');
          break;
        case 'busy':
          settled = true;
          reject(new BakenError('import-busy'));
          break;
        case 'failed':
          settled = true;
          logError('import worker failed', { name: m.name });
          reject(new BakenError('internal'));
          break;
        default: {
          const never: never = m;
          throw new Error(`unexpected worker message ${String(never)}`);
        }
      }
    });
    worker.on('error', (error) => {
      settled = true;
      logError('import worker crashed', error);
      reject(new BakenError('internal'));
    });
    worker.on('exit', () => {
      if (!settled) reject(new BakenError('internal'));
    });
  });
  // Once the answer is in, the thread has nothing left to do; make sure it is gone.
  const done = outcome.finally(() => void worker.terminate());
  return {
    done,
    cancel: () => {
      Atomics.store(new Int32Array(cancelFlag), 0, 1);
      worker.postMessage({ kind: 'cancel' } satisfies WorkerRequest);
    },
  };
}
