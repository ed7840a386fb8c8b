// The Electron entry point. Order matters: everything in configureBeforeReady() and the app://
// scheme registration must happen before 'ready'; sessions, IPC and the window after it.
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { app, type BrowserWindow, session, type WebContents } from 'electron';
import { DEMO_USERS, seedDemoVault } from '../demo/seed-demo';
import { createDispatcher } from '../ipc/dispatcher';
import { systemClock } from '../services/clock';
import type { ServiceContext } from '../services/context';
import { logError } from '../log';
import { parseShellArgs, shellMode, trustedOrigin, vaultDirFrom } from '../security/shell-policy';
import { hardenAllContents } from './contents-guard';
import { createEventSink } from './events';
import { registerIpc } from './ipc';
import { wireLifecycle } from './lifecycle';
import { watchRemovableMedia } from './media-watch';
import { installMenu } from './menu';
import { hardenAllSessions, hardenSession } from './network-guard';
import { createPlatform } from './platform';
import { handleAppScheme, registerAppScheme } from './protocol';
import { configureBeforeReady } from './startup';
import { createMainWindow, focusWindow } from './window';

/** The window's session lives in memory: no cookies, storage or cache of the renderer on disk. */
const APP_PARTITION = 'baken';

/** More renderer losses than this within a minute: stop instead of reloading in a loop. */
const MAX_RENDERER_RESTARTS = 3;

function start(): void {
  // Paths first: the single-instance lock lives in userData.
  configureBeforeReady();
  if (!app.requestSingleInstanceLock()) {
    // Another Baken is running: it focuses its window (see 'second-instance'); this one stops.
    app.quit();
    return;
  }
  registerAppScheme();

  const args = parseShellArgs(process.argv);

  const mode = shellMode({ isPackaged: app.isPackaged, rendererUrlEnv: process.env.ELECTRON_RENDERER_URL });
  // --demo: a throwaway vault of made-up reports in a fresh temporary folder, removed on quit.
  const demoDir = args.demo ? mkdtempSync(join(app.getPath('temp'), 'baken-demo-')) : null;
  const vaultDir = demoDir ? join(demoDir, 'vault') : vaultDirFrom(process.env.BAKEN_VAULT, app.getPath('userData'));
  if (demoDir) app.on('quit', () => rmSync(demoDir, { recursive: true, force: true }));

  let mainWindow: BrowserWindow | null = null;
  const getWindow = () => mainWindow;
  const isAppContents = (contents: WebContents) =>
    mainWindow !== null && !mainWindow.isDestroyed() && contents === mainWindow.webContents;

  hardenAllContents(mode);
  app.on('second-instance', () => focusWindow(mainWindow));
  app.on('window-all-closed', () => app.quit());

  app
    .whenReady()
    // The demo vault is seeded before the window opens (a few seconds).
    .then(() => (demoDir ? seedDemoVault(demoDir).then(() => undefined) : undefined))
    .then(() => {
      hardenAllSessions(session.defaultSession, mode);
      const appSession = session.fromPartition(APP_PARTITION, { cache: false });
      hardenSession(appSession, mode);
      handleAppScheme(appSession);

      const emit = createEventSink(getWindow);
      const ctx: ServiceContext = {
        vaultDir,
        clock: systemClock,
        platform: createPlatform(getWindow),
        emit,
        ...(demoDir ? { demoUsers: DEMO_USERS } : {}),
      };
      const dispatcher = createDispatcher(ctx, { appOrigin: trustedOrigin(mode) });
      registerIpc(dispatcher, isAppContents);
      wireLifecycle(dispatcher.sessions);
      watchRemovableMedia(emit);
      installMenu(mode);

      mainWindow = createMainWindow(appSession, mode);
      mainWindow.on('closed', () => {
        mainWindow = null;
      });
      // A crashed or killed renderer takes its UI state with it: lock, then start the UI afresh.
      let restarts: number[] = [];
      mainWindow.webContents.on('render-process-gone', (_event, details) => {
        if (details.reason === 'clean-exit') return;
        logError('the renderer was lost', new Error(details.reason));
        try {
          dispatcher.sessions.lock('shutdown');
        } catch (error) {
          logError('locking after the renderer was lost failed', error);
        }
        const now = Date.now();
        restarts = [...restarts.filter((t) => now - t < 60_000), now];
        if (restarts.length > MAX_RENDERER_RESTARTS) app.quit();
        else if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.reload();
      });
    })
    .catch((error: unknown) => {
      logError('startup failed', error);
      app.exit(1);
    });
}

start();
