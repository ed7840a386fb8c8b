// The one application window: sandboxed, isolated, no Node, no webview, no spellcheck, DevTools
// only in an unpackaged run, in an in-memory session, showing app://baken/index.html.
import { join } from 'node:path';
import { app, BrowserWindow, type Session } from 'electron';
import { entryUrl, type ShellMode } from '../security/shell-policy';
import { logError } from '../log';

export function preloadPath(): string {
  return join(app.getAppPath(), 'out', 'preload', 'index.cjs');
}

export function createMainWindow(ses: Session, mode: ShellMode): BrowserWindow {
  const win = new BrowserWindow({
    title: 'Baken',
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      session: ses,
      preload: preloadPath(),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      enableWebSQL: false,
      webviewTag: false,
      plugins: false,
      webgl: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      // Middle-click would try to open a link in a new window (denied anyway): not even the event.
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      autoplayPolicy: 'document-user-activation-required',
      devTools: mode.devTools,
    },
  });

  // Keep reports out of screenshots and screen sharing where the OS supports it (Windows, macOS).
  win.setContentProtection(true);
  win.once('ready-to-show', () => win.show());

  win.loadURL(entryUrl(mode)).catch((error: unknown) => logError('the window did not load', error));
  return win;
}

/** Brings the window to the front (a second launch of the app lands here). */
export function focusWindow(win: BrowserWindow | null): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
}
