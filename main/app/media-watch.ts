// Tells the renderer when removable media come or go ('media.changed'), so the import page can
// ask for media.list again. Linux and macOS only: there detection is a cheap directory listing.
// (On Windows it starts PowerShell, too costly to poll; the renderer asks when it needs to.)
import { app } from 'electron';
import { detectVolumes } from '../media/volumes';
import type { EventSink } from '../services/context';
import { logError } from '../log';

export const MEDIA_POLL_INTERVAL_MS = 3_000;

function fingerprint(): string {
  return detectVolumes()
    .map((v) => v.path)
    .sort()
    .join('\n');
}

export function watchRemovableMedia(emit: EventSink): void {
  if (process.platform !== 'linux' && process.platform !== 'darwin') return;
  let last = fingerprint();
  const timer = setInterval(() => {
    try {
      const now = fingerprint();
      if (now === last) return;
      last = now;
      emit('media.changed', {});
    } catch (error) {
      logError('watching removable media failed', error);
    }
  }, MEDIA_POLL_INTERVAL_MS);
  app.on('will-quit', () => clearInterval(timer));
}
