// Hardening for every webContents the app ever gets (the window, DevTools, anything unexpected):
// no navigation away from the app, no new windows, no <webview>, no device pickers.
import { app, type WebContents } from 'electron';
import { isNavigationAllowed, type ShellMode } from '../security/shell-policy';

export function hardenContents(contents: WebContents, mode: ShellMode): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));

  // Main frame and sub-frames; a server-side redirect is checked again.
  contents.on('will-frame-navigate', (event) => {
    if (!isNavigationAllowed(event.url, mode)) event.preventDefault();
  });
  contents.on('will-navigate', (event) => {
    if (!isNavigationAllowed(event.url, mode)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isNavigationAllowed(event.url, mode)) event.preventDefault();
  });

  // webviewTag is off in every window; refuse a guest page all the same.
  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}

/** Registers the hardening for all contents created from now on (call before the first window). */
export function hardenAllContents(mode: ShellMode): void {
  app.on('web-contents-created', (_event, contents) => hardenContents(contents, mode));
}
