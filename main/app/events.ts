// Main → renderer events (e.g. session.locked): one channel, [name, payload], to the app window only.
import type { BrowserWindow } from 'electron';
import { EVENT_CHANNEL } from '../../core/ipc/events';
import type { EventSink } from '../services/context';

export function createEventSink(getWindow: () => BrowserWindow | null): EventSink {
  return (event, payload) => {
    const win = getWindow();
    if (!win || win.isDestroyed() || win.webContents.isDestroyed()) return;
    win.webContents.send(EVENT_CHANNEL, event, payload);
  };
}
