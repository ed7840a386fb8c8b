// Runs an import job (import-job.ts) in a worker thread or in this thread, and relays progress;
// cancel() stops it safely between entries (the current bundle is dropped whole, nothing is
// committed for it).
import { Worker } from 'node:worker_threads';
import { BakenError } from '../../core/errors';
import type { ImportProgress, ImportResult } from '../../core/import-types';
import { logError } from '../log';
import { runImportJob } from './import-job';
import type { WorkerInput, WorkerMessage, WorkerRequest } from './worker-protocol';

/** `done`: the import's results (every bundle committed); `finished`: the job is over, review signals included. */
export type RunningImport = { done: Promise<ImportResult[] | 'cancelled'>; finished: Promise<void>; cancel: () => void };

/** From sources (tsx, vitest, Playwright) this file is .ts and needs the bootstrap; built, the worker is a .js beside the main bundle. */
function defaultWorkerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./worker-bootstrap.mjs', import.meta.url)
    : new URL('./import-worker.js', import.meta.url);
}

export type ImportRunner = (input: Omit<WorkerInput, 'cancelFlag'>, onProgress: (p: ImportProgress) => void) => RunningImport;

/** A finished job's message as the import's result. */
function settle(m: Exclude<WorkerMessage, { kind: 'progress' | 'results' }>): ImportResult[] | 'cancelled' {
  switch (m.kind) {
    case 'done':
      return m.results;
    case 'cancelled':
      return 'cancelled';
    case 'busy':
      throw new BakenError('import-busy');
    case 'failed':
      logError('import failed', { name: m.name, code: m.code });
      throw new BakenError(m.code);
    default: {
      const never: never = m;
      throw new Error(`unexpected import outcome ${String(never)}`);
    }
  }
}

/**
 * The app's way: a worker thread, so the main process stays responsive. `workerUrl` is for the
 * benchmark, which runs the built worker as the app ships it.
 */
export function workerRunner(workerUrl: URL = defaultWorkerUrl()): ImportRunner {
  return (input, onProgress) => {
    const cancelFlag = new SharedArrayBuffer(4);
    const worker = new Worker(workerUrl, { workerData: { ...input, cancelFlag } satisfies WorkerInput });
    let answered: (v: ImportResult[] | 'cancelled') => void = () => undefined;
    let failedEarly: (e: unknown) => void = () => undefined;
    const done = new Promise<ImportResult[] | 'cancelled'>((resolve, reject) => {
      answered = resolve;
      failedEarly = reject;
    });
    // The job ends after its review step; the results may come before (a 'results' message).
    const finished = new Promise<void>((resolve) => {
      let ended = false;
      const end = (outcome: () => ImportResult[] | 'cancelled') => {
        if (ended) return;
        ended = true;
        try {
          answered(outcome());
        } catch (error) {
          failedEarly(error);
        }
        // The thread has nothing left to do; make sure it is gone.
        void worker.terminate().finally(resolve);
      };
      worker.on('message', (m: WorkerMessage) => {
        switch (m.kind) {
          case 'progress':
            onProgress(m.progress);
            return;
          case 'results':
            answered(m.results);
            return;
          default:
            end(() => settle(m));
        }
      });
      worker.on('error', (error) => {
        logError('import worker crashed', error);
        end(() => {
          throw new BakenError('internal');
        });
      });
      worker.on('exit', () =>
        end(() => {
          throw new BakenError('internal');
        }),
      );
    });
    return {
      done,
      finished,
      cancel: () => {
        Atomics.store(new Int32Array(cancelFlag), 0, 1);
        worker.postMessage({ kind: 'cancel' } satisfies WorkerRequest);
      },
    };
  };
}

export const runImport: ImportRunner = workerRunner();

/**
 * The CLI's way: the job in this thread. A CLI process has no window to keep responsive, and a
 * worker would load every module a second time (seconds under tsx for a short import).
 */
export const runImportInProcess: ImportRunner = (input, onProgress) => {
  const cancelFlag = new SharedArrayBuffer(4);
  // The caller wipes its keys as soon as this returns; the job wipes its own copies when done.
  const keys = { database: Uint8Array.from(input.keys.database), audit: Uint8Array.from(input.keys.audit), blobs: Uint8Array.from(input.keys.blobs) };
  let cancelled = false;
  const done = runImportJob({ ...input, keys, cancelFlag }, { cancelled: () => cancelled, onProgress }).then(settle);
  return {
    done,
    finished: done.then(
      () => undefined,
      () => undefined,
    ),
    cancel: () => {
      cancelled = true;
      Atomics.store(new Int32Array(cancelFlag), 0, 1);
    },
  };
};
