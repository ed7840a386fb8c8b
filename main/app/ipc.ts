// The one IPC entry: ipcMain.handle(INVOKE_CHANNEL) → dispatcher. The dispatcher decides; this only
// reports who is asking. A frame is the "main frame" only if it is the top frame of the app window.
import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { INVOKE_CHANNEL } from '../../core/ipc/events';
import type { Dispatcher, Sender } from '../ipc/dispatcher';

/** What the dispatcher's sender check sees for one invocation. */
export function senderOf(event: IpcMainInvokeEvent, isAppContents: (contents: WebContents) => boolean): Sender {
  const frame = event.senderFrame;
  // A frame that is gone, or contents that are not the app window, get no URL: always refused.
  if (!frame || frame.detached || !isAppContents(event.sender)) return { url: '', isMainFrame: false };
  const top = event.sender.mainFrame;
  const isMainFrame =
    frame.parent === null && frame.processId === top.processId && frame.frameToken === top.frameToken;
  return { url: frame.url, isMainFrame };
}

export function registerIpc(dispatcher: Dispatcher, isAppContents: (contents: WebContents) => boolean): void {
  ipcMain.removeHandler(INVOKE_CHANNEL);
  ipcMain.handle(INVOKE_CHANNEL, (event, channel: unknown, input: unknown) =>
    dispatcher.dispatch(senderOf(event, isAppContents), channel, input),
  );
}
