// Process-wide settings that must be made before the app is ready: where Chromium keeps its data,
// the sandbox for every renderer, and the Chromium features this workstation never needs.
import { join } from 'node:path';
import { app } from 'electron';

export function configureBeforeReady(): void {
  // Keep a development run's data apart from an installed app's.
  const name = app.isPackaged ? 'Baken' : 'Baken-dev';
  app.setName('Baken');
  app.setPath('userData', join(app.getPath('appData'), name));
  if (process.platform === 'win32') app.setAppUserModelId('nl.vertrouwenslijn.baken');

  // Every renderer sandboxed, whatever a window's webPreferences say.
  app.enableSandbox();

  // No GPU process: forms and SVG charts render fine in software, and it removes a large attack
  // surface and the GPU shader cache on disk. WebGL is off per window as well.
  app.disableHardwareAcceleration();

  // Nothing from the renderer is cached on disk (the app session is in memory as well).
  app.commandLine.appendSwitch('disable-http-cache');
  // Media keys and the media session service are not needed (no audio or video in the app).
  app.commandLine.appendSwitch('disable-features', 'HardwareMediaKeyHandling,MediaSessionService');
}
