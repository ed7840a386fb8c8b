// The image preview worker thread: one image in (workerData), one fresh PNG or a refusal out.
// It holds no keys and opens no files; built as out/main/attachment-image-worker.js.
import { parentPort, workerData } from 'node:worker_threads';
import { PreviewRefused, renderImagePreview } from './image-preview';
import type { ImageJob, ImageJobResult } from './run-image-worker';

function run(job: ImageJob): ImageJobResult {
  try {
    const preview = renderImagePreview(job.format, job.bytes);
    return { ok: true, png: preview.png, width: preview.width, height: preview.height };
  } catch (error) {
    return { ok: false, reason: error instanceof PreviewRefused ? error.reason : 'undecodable' };
  }
}

parentPort?.postMessage(run(workerData as ImageJob));
