// Runs the image pipeline (image-preview.ts) in a fresh worker thread per image: a slow or hostile
// decode never blocks the main process, gets a time limit and a JS heap limit, and sees only the
// bytes of that one image (no keys, no database). One decode at a time, so a page full of
// attachments cannot ask for several decoders' memory at once.
import { Worker } from 'node:worker_threads';
import type { PreviewRefusal } from '../../core/attachments';
import { BakenError } from '../../core/errors';
import { logError } from '../log';
import type { ImageFormat } from './detect-type';

export type ImageJob = { format: ImageFormat; bytes: Uint8Array };
export type ImageJobResult = { ok: true; png: Uint8Array; width: number; height: number } | { ok: false; reason: PreviewRefusal };
export type ImageRenderer = (format: ImageFormat, bytes: Uint8Array) => Promise<ImageJobResult>;

/** A 40 MP JPEG takes about 6 s here; a decode still running after this is stopped. */
export const IMAGE_WORKER_TIMEOUT_MS = 60_000;

/** The V8 heap of the worker; decoded pixels live in typed arrays outside it (capped by the header checks). */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 384, maxYoungGenerationSizeMb: 64, stackSizeMb: 4 };

/** From sources (tsx, vitest) this file is .ts and needs the bootstrap; built, the worker is a .js beside the main bundle. */
function workerUrl(): URL {
  return import.meta.url.endsWith('.ts')
    ? new URL('./worker-bootstrap.mjs', import.meta.url)
    : new URL('./attachment-image-worker.js', import.meta.url);
}

function isResult(m: unknown): m is ImageJobResult {
  if (typeof m !== 'object' || m === null) return false;
  const r = m as Record<string, unknown>;
  if (r.ok === true) return r.png instanceof Uint8Array && Number.isInteger(r.width) && Number.isInteger(r.height);
  return r.ok === false && (r.reason === 'not-previewable' || r.reason === 'too-large' || r.reason === 'undecodable');
}

function runOne(format: ImageFormat, bytes: Uint8Array, timeoutMs: number): Promise<ImageJobResult> {
  return new Promise((resolve, reject) => {
    // A private copy whose memory moves to the worker (Buffers may share a pool with other data).
    const copy = new Uint8Array(bytes.length);
    copy.set(bytes);
    const worker = new Worker(workerUrl(), {
      workerData: { format, bytes: copy } satisfies ImageJob,
      transferList: [copy.buffer],
      resourceLimits: RESOURCE_LIMITS,
    });
    let settled = false;
    const settle = (outcome: ImageJobResult | Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      if (outcome instanceof Error) reject(outcome);
      else resolve(outcome);
    };
    const timer = setTimeout(() => {
      logError('image preview timed out', new Error('timeout'));
      settle({ ok: false, reason: 'undecodable' });
    }, timeoutMs);
    worker.on('message', (m: unknown) => settle(isResult(m) ? m : new BakenError('internal')));
    worker.on('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') return settle({ ok: false, reason: 'too-large' });
      logError('image preview worker failed', error);
      settle(new BakenError('internal'));
    });
    worker.on('exit', () => settle(new BakenError('internal')));
  });
}

let queue: Promise<unknown> = Promise.resolve();

/** Decodes and re-encodes one image in a worker thread, after any decode already queued. */
export function renderInWorker(format: ImageFormat, bytes: Uint8Array, timeoutMs = IMAGE_WORKER_TIMEOUT_MS): Promise<ImageJobResult> {
  const run = queue.then(() => runOne(format, bytes, timeoutMs));
  queue = run.catch(() => undefined);
  return run;
}
