// The import worker thread: runs one import job (import-job.ts), progress out, cancel in. Keeps
// long imports off the app's main thread.
import { parentPort, workerData } from 'node:worker_threads';
import { runImportJob } from './import-job';
import type { WorkerInput, WorkerMessage, WorkerRequest } from './worker-protocol';

let cancelled = false;
parentPort?.on('message', (m: WorkerRequest) => {
  if (m.kind === 'cancel') cancelled = true;
});
const message: WorkerMessage = await runImportJob(workerData as WorkerInput, {
  cancelled: () => cancelled,
  onProgress: (progress) => parentPort?.postMessage({ kind: 'progress', progress } satisfies WorkerMessage),
  onResults: (results) => parentPort?.postMessage({ kind: 'results', results } satisfies WorkerMessage),
});
parentPort?.postMessage(message);
// The cancel listener would keep this thread alive after its work is done.
parentPort?.close();
