// The sandboxed preload: exposes window.baken = { invoke, on } and nothing else. The renderer never
// sees ipcRenderer, an IPC event object or a channel name other than through these two functions.
// Bundled into one CommonJS file (out/preload/index.cjs) whose only require is 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { BakenBridge } from '../core/ipc/bridge';
import { EVENT_CHANNEL, EVENT_NAMES, type EventName, INVOKE_CHANNEL } from '../core/ipc/events';

function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && (EVENT_NAMES as readonly string[]).includes(value);
}

const bridge: BakenBridge = {
  invoke(channel, input) {
    // The main process checks the channel name, the input and the session; this only forwards.
    return ipcRenderer.invoke(INVOKE_CHANNEL, channel, input);
  },

  on(event, listener) {
    if (!isEventName(event)) throw new TypeError('unknown event');
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    // Pass on the payload only, never the IpcRendererEvent (it carries the sender).
    const relay = (_ipcEvent: IpcRendererEvent, name: unknown, payload: unknown): void => {
      if (name === event) listener(payload as Parameters<typeof listener>[0]);
    };
    ipcRenderer.on(EVENT_CHANNEL, relay);
    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      ipcRenderer.removeListener(EVENT_CHANNEL, relay);
    };
  },
};

contextBridge.exposeInMainWorld('baken', Object.freeze(bridge));
