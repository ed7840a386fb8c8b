// Keeps the bundle reader thread (bundle-reader-worker.ts) a few small bundles ahead of the
// import, so that reading one bundle overlaps with committing the one before. Used by the import
// worker; its replies are used in file order.
import { Worker } from 'node:worker_threads';
import type { ReaderInput, ReaderMessage, ReaderReply, ReaderRequest } from './reader-protocol';

/** Bundles read ahead: enough to keep the reader busy, few enough to bound memory (4 MiB files). */
const DEPTH = 4;

/** From sources (tsx, vitest) this file is .ts and needs the bootstrap; built, the worker is a .js beside the main bundle. */
function readerWorker(input: ReaderInput): Worker {
  return import.meta.url.endsWith('.ts')
    ? new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), { workerData: input, argv: ['bundle-reader-worker'] })
    : new Worker(new URL('./bundle-reader-worker.js', import.meta.url), { workerData: input });
}

export class BundlePrefetch {
  private readonly worker: Worker;
  private ready = false;
  /** Settles when the reader has started (or failed to). */
  readonly started: Promise<void>;
  private markStarted: () => void = () => undefined;
  private failed: Error | null = null;
  private readonly waiting = new Map<number, { resolve: (r: ReaderReply) => void; reject: (e: Error) => void }>();
  private readonly replies = new Map<number, Promise<ReaderReply>>();

  /** `eligible(i)`: whether file i may be read ahead (a small regular file). */
  constructor(
    input: ReaderInput,
    private readonly paths: readonly string[],
    private readonly eligible: (i: number) => boolean,
  ) {
    this.started = new Promise((resolve) => {
      this.markStarted = resolve;
    });
    this.worker = readerWorker(input);
    // The thread has its own copy now.
    input.blobKey.fill(0);
    this.worker.on('message', (m: ReaderMessage) => {
      if (m.kind === 'ready') {
        this.ready = true;
        this.markStarted();
        return;
      }
      const w = this.waiting.get(m.reply.id);
      this.waiting.delete(m.reply.id);
      w?.resolve(m.reply);
    });
    const fail = (error: Error) => {
      this.failed = error;
      this.markStarted();
      for (const w of this.waiting.values()) w.reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', () => fail(new Error('bundle reader stopped')));
  }

  /** Asks for the next eligible files after `current`; nothing until the reader has started. */
  fill(current: number): void {
    if (!this.ready || this.failed) return;
    for (let i = current + 1, ahead = 0; i < this.paths.length && ahead < DEPTH; i++) {
      if (!this.eligible(i)) continue;
      ahead++;
      if (this.replies.has(i)) continue;
      const path = this.paths[i];
      if (path === undefined) break;
      const reply = new Promise<ReaderReply>((resolve, reject) => {
        this.waiting.set(i, { resolve, reject });
      });
      // Seen by whoever takes it; one never taken (import stopped early) must not go unhandled.
      reply.catch(() => undefined);
      this.replies.set(i, reply);
      this.worker.postMessage({ id: i, path } satisfies ReaderRequest);
    }
  }

  /** The reply for file i if it was asked for (then the caller must use it), else null. */
  take(i: number): Promise<ReaderReply> | null {
    const r = this.replies.get(i) ?? null;
    this.replies.delete(i);
    return r;
  }

  async close(): Promise<void> {
    this.worker.removeAllListeners('exit');
    await this.worker.terminate();
  }
}
