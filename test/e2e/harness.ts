// The e2e harness: the built renderer in Chromium, talking to the REAL dispatcher (main/ipc) on a
// fresh temporary vault, the way the Electron shell wires them, with nothing else reachable.
//
//  - out/renderer is served at https://baken.invalid by a route handler, with the CSP from
//    core/csp.ts as a response header (the build also writes it as a <meta>).
//  - Every request to any other origin is recorded and aborted.
//  - window.__bakenInvoke is a Playwright binding into dispatcher.dispatch(), with the calling
//    frame's URL and whether it is the main frame as the sender, as ipcMain would pass them.
//  - An init script defines window.baken = {invoke, on} with the shape preload exposes
//    (core/ipc/bridge.ts); events from main (ctx.emit) are delivered by page.evaluate into it.
//  - Time is a ManualClock; idle() advances it and runs the inactivity check.
//  - The platform's removable volumes and dialog answers are fields a test sets (volumes,
//    chosenFolder, chosenBundleFiles); emit() sends any event of main to the page.
import { execFileSync } from 'node:child_process';
import { closeSync, constants as fsConstants, mkdtempSync, open as openAsync, openSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../../core/csp';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../core/ipc/contract';
import type { EventName, EventPayloads } from '../../core/ipc/events';
import { createDispatcher, type Dispatcher } from '../../main/ipc/dispatcher';
import type { Volume } from '../../main/media/volumes';
import { ManualClock } from '../../main/services/clock';
import type { ServiceContext } from '../../main/services/context';
import type { PageGlobals } from './page-globals';

export const APP_ORIGIN = 'https://baken.invalid';
export const APP_URL = `${APP_ORIGIN}/index.html`;
export const RENDERER_DIR = resolve(import.meta.dirname, '../../out/renderer');
/** Cheap KDF so vaults open in milliseconds; the real default is scrypt 2^18. */
export const E2E_KDF = { alg: 'scrypt', logN: 14, r: 8, p: 1 } as const;

export const ADMIN = { username: 'beheer', displayName: 'Anna de Vries', passphrase: 'paarse olifant leest kranten' } as const;
export const COUNSELLOR = {
  username: 'consulent',
  displayName: 'Bram Jansen',
  initial: 'groene kikker zingt liedjes',
  own: 'rode fiets onder de brug',
} as const;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export type Baken = {
  page: Page;
  dispatcher: Dispatcher;
  clock: ManualClock;
  vaultDir: string;
  /** Stands in for a USB stick: where chooseExportDirectory() points. */
  usbDir: string;
  /** What chooseExportDirectory() answers; null is a cancelled dialog. */
  exportDirectory: string | null;
  /** What detectVolumes() answers: the mounted removable media (folders standing in for USB sticks). */
  volumes: Volume[];
  /** What chooseFolder() answers (admin: add an import folder); null is a cancelled dialog. */
  chosenFolder: string | null;
  /** What chooseBundleFiles() answers ("Import a file…"); null is a cancelled dialog. */
  chosenBundleFiles: string[] | null;
  /** URLs of every request that tried to leave the app origin (all of them were aborted). */
  blockedRequests: string[];
  /** Channels the page invoked, in order. */
  calls: string[];
  /** Loads the app. */
  open(): Promise<void>;
  /** Calls the dispatcher directly as the app's main frame (for setting up a test). */
  invoke<C extends ChannelName>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>;
  /** Creates the vault with ADMIN (the session stays open, as after the wizard). */
  createVault(): Promise<void>;
  /** Lets `ms` of fake time pass without activity, then runs the inactivity check. */
  idle(ms: number): Promise<void>;
  /** Holds the page's calls on `channel` until the returned function is called (to see busy states). */
  hold(channel: ChannelName): () => void;
  /** Sends an event from main to the page (as the shell does, e.g. 'media.changed') and waits for its delivery. */
  emit<E extends EventName>(event: E, payload: EventPayloads[E]): Promise<void>;
  /** A new empty folder in the test's temporary root (e.g. a stand-in USB stick). */
  folder(name: string): Promise<string>;
  /**
   * Pauses the next import when main reports that it starts reading `fileName`, as a very slow
   * medium would: every thread of the process's I/O pool (which the import worker reads files
   * through) is held, so the worker waits for its next read while its event loop stays free for a
   * cancel. Works for bundles read as a stream (over 4 MiB); small ones are read in one call.
   */
  pauseImportAt(fileName: string): ImportPause;
};

export type ImportPause = {
  /** Resolves when the import reached the file and the pool is held. */
  paused: Promise<void>;
  /** Lets the import go on. */
  resume(): Promise<void>;
};

/** libuv's pool size: from the environment at start-up, 4 by default. */
const IO_POOL_THREADS = Number(process.env.UV_THREADPOOL_SIZE) || 4;

/**
 * Holds every I/O pool thread on opening a named pipe for reading (which blocks until a writer
 * comes). release() opens each pipe for writing, without blocking, once its reader is waiting.
 */
function holdIoPool(root: string): { hold(): void; release(): Promise<void> } {
  const dir = mkdtempSync(join(root, 'io-pool-'));
  const pipes = Array.from({ length: IO_POOL_THREADS }, (_, i) => join(dir, `pipe-${i}`));
  for (const pipe of pipes) execFileSync('mkfifo', [pipe]);
  let held = false;
  return {
    hold() {
      held = true;
      for (const pipe of pipes) openAsync(pipe, 'r', (error, fd) => (error ? undefined : closeSync(fd)));
    },
    async release() {
      if (!held) return;
      held = false;
      for (const pipe of pipes) {
        // ENXIO: this pipe's reader is still queued behind a busy thread; it gets one as others free up.
        for (let tries = 0; ; tries++) {
          try {
            closeSync(openSync(pipe, fsConstants.O_WRONLY | fsConstants.O_NONBLOCK));
            break;
          } catch (error) {
            if ((error as { code?: unknown }).code !== 'ENXIO' || tries > 500) throw error;
            await new Promise((resolve) => setTimeout(resolve, 10));
          }
        }
      }
    },
  };
}

async function serve(path: string): Promise<{ status: number; body: Buffer; contentType: string }> {
  const relative = decodeURIComponent(path === '/' ? '/index.html' : path);
  const file = resolve(RENDERER_DIR, `.${relative}`);
  if (!file.startsWith(RENDERER_DIR + sep)) return { status: 404, body: Buffer.from('not found'), contentType: 'text/plain' };
  try {
    return { status: 200, body: await readFile(file), contentType: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
  } catch {
    return { status: 404, body: Buffer.from('not found'), contentType: 'text/plain' };
  }
}

/** The page side of the bridge; runs before any page script, in every frame. */
function installBridge(): void {
  const w = globalThis as unknown as PageGlobals;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  w.__bakenDeliver = (event, payload) => {
    for (const listener of listeners.get(event) ?? []) listener(payload);
  };
  w.baken = Object.freeze({
    invoke: (channel: string, input: unknown) => w.__bakenInvoke(channel, input),
    on: (event: string, listener: (payload: unknown) => void) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  });
}

export const test = base.extend<{ baken: Baken }>({
  baken: async ({ page }, use) => {
    const root = await mkdtemp(join(tmpdir(), 'baken-e2e-'));
    const vaultDir = join(root, 'vault');
    const usbDir = join(root, 'usb');
    await mkdir(usbDir);
    const clock = new ManualClock();
    const pending = new Set<Promise<unknown>>();
    let closing = false;

    let pause: { fileName: string; onReached: () => void } | null = null;
    const ioPool = { current: null as ReturnType<typeof holdIoPool> | null };

    function deliver<E extends EventName>(event: E, payload: EventPayloads[E]): void {
      if (event === 'import.progress' && pause && (payload as EventPayloads['import.progress']).fileName === pause.fileName) {
        // Right here, as the worker reports the file and before its first read of it comes back.
        pause.onReached();
        pause = null;
      }
      if (closing || page.isClosed()) return;
      const delivery = page
        .evaluate(([e, p]) => (globalThis as unknown as PageGlobals).__bakenDeliver?.(e, p), [event, payload] as const)
        .catch(() => undefined)
        .finally(() => pending.delete(delivery));
      pending.add(delivery);
    }

    const ctx: ServiceContext = {
      vaultDir,
      clock,
      kdf: E2E_KDF,
      platform: {
        chooseExportDirectory: () => Promise.resolve(baken.exportDirectory),
        chooseFolder: () => Promise.resolve(baken.chosenFolder),
        chooseBundleFiles: () => Promise.resolve(baken.chosenBundleFiles),
        detectVolumes: () => baken.volumes,
      },
      emit: deliver,
    };
    const dispatcher = createDispatcher(ctx, { appOrigin: APP_ORIGIN });
    const blockedRequests: string[] = [];
    const calls: string[] = [];
    const held = new Map<string, Promise<void>>();

    await page.context().route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== APP_ORIGIN) {
        blockedRequests.push(url.href);
        await route.abort('blockedbyclient');
        return;
      }
      const { status, body, contentType } = await serve(url.pathname);
      await route.fulfill({
        status,
        body,
        contentType,
        headers: { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
      });
    });
    await page.exposeBinding('__bakenInvoke', async (source, channel: unknown, input: unknown) => {
      calls.push(String(channel));
      await held.get(String(channel));
      return await dispatcher.dispatch(
        { url: source.frame.url(), isMainFrame: source.frame === source.page.mainFrame() },
        channel,
        input,
      );
    });
    await page.addInitScript(installBridge);

    const baken: Baken = {
      page,
      dispatcher,
      clock,
      vaultDir,
      usbDir,
      exportDirectory: usbDir,
      volumes: [],
      chosenFolder: null,
      chosenBundleFiles: null,
      blockedRequests,
      calls,
      async open() {
        await page.goto(APP_URL);
      },
      async invoke(channel, input) {
        const result = await dispatcher.dispatch({ url: APP_URL, isMainFrame: true }, channel, input);
        if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
        return result.value as ChannelOutput<typeof channel>;
      },
      async createVault() {
        await baken.invoke('vault.create', { ...ADMIN, passphraseRepeat: ADMIN.passphrase });
      },
      async idle(ms) {
        clock.advance(ms);
        dispatcher.sessions.checkIdle();
        await Promise.all([...pending]);
      },
      hold(channel) {
        let release = () => {};
        held.set(channel, new Promise<void>((resolve) => (release = resolve)));
        return () => {
          held.delete(channel);
          release();
        };
      },
      async emit(event, payload) {
        deliver(event, payload);
        await Promise.all([...pending]);
      },
      async folder(name) {
        const path = join(root, name);
        await mkdir(path, { recursive: true });
        return path;
      },
      pauseImportAt(fileName) {
        const pool = holdIoPool(root);
        ioPool.current = pool;
        let reached = () => {};
        const paused = new Promise<void>((resolve) => (reached = resolve));
        pause = {
          fileName,
          onReached: () => {
            pool.hold();
            reached();
          },
        };
        return {
          paused,
          async resume() {
            pause = null;
            await pool.release();
          },
        };
      },
    };

    await use(baken);

    closing = true;
    await Promise.all([...pending]);
    await ioPool.current?.release();
    dispatcher.sessions.lock('shutdown');
    await rm(root, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
