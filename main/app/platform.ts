// The shell's half of the services' Platform: native file dialogs and removable media.
import fs from 'node:fs';
import os from 'node:os';
import { type BrowserWindow, dialog, type OpenDialogOptions } from 'electron';
import { detectVolumes } from '../media/volumes';
import type { Platform } from '../services/context';
import { removableMediaRoots } from '../security/shell-policy';

function isDirectory(path: string): boolean {
  try {
    return fs.statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function currentUser(): string | undefined {
  try {
    return os.userInfo().username;
  } catch {
    return process.env.USER;
  }
}

/**
 * Where a folder or file dialog opens: the one mounted removable medium if there is exactly one,
 * else the first folder media are mounted under, else the dialog's own default.
 */
export function defaultMediaPath(): string | undefined {
  // On Windows detecting drives starts PowerShell; a dialog's starting folder is not worth that.
  const volumes = process.platform === 'win32' ? [] : detectVolumes();
  if (volumes.length === 1) return volumes[0]?.path;
  return removableMediaRoots(process.platform, currentUser()).find(isDirectory);
}

export function createPlatform(getWindow: () => BrowserWindow | null): Platform {
  async function open(options: OpenDialogOptions): Promise<string[] | null> {
    const defaultPath = defaultMediaPath();
    const full: OpenDialogOptions = { ...options, ...(defaultPath ? { defaultPath } : {}) };
    const win = getWindow();
    const result = win && !win.isDestroyed() ? await dialog.showOpenDialog(win, full) : await dialog.showOpenDialog(full);
    return result.canceled || result.filePaths.length === 0 ? null : result.filePaths;
  }

  return {
    async chooseExportDirectory() {
      const picked = await open({
        title: 'Kies de map op de verwisselbare schijf voor de export',
        buttonLabel: 'Exporteer naar deze map',
        properties: ['openDirectory', 'createDirectory', 'dontAddToRecent'],
      });
      return picked?.[0] ?? null;
    },

    async chooseFolder() {
      const picked = await open({
        title: 'Kies een map met meldingsbundels',
        buttonLabel: 'Kies deze map',
        properties: ['openDirectory', 'dontAddToRecent'],
      });
      return picked?.[0] ?? null;
    },

    async chooseBundleFiles() {
      return open({
        title: 'Kies meldingsbundels om in te lezen',
        buttonLabel: 'Inlezen',
        properties: ['openFile', 'multiSelections', 'dontAddToRecent'],
        filters: [{ name: 'Baken-bundels', extensions: ['baken'] }],
      });
    },

    detectVolumes: () => detectVolumes(),
  };
}
