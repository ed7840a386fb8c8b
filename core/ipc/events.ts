// Events main pushes to the renderer (the only other direction of IPC). Written once.
import type { ImportProgress } from '../import-types';
import type { LockReason, RekeyProgress } from '../types';

export type EventPayloads = {
  'session.locked': { reason: LockReason };
  'import.progress': ImportProgress;
  /** Removable media came or went; the renderer asks for media.list again. */
  'media.changed': Record<string, never>;
  'rekey.progress': RekeyProgress;
  /** Bytes of vault files written into the backup so far, of all of them. */
  'backup.progress': { bytesDone: number; bytesTotal: number };
};
export type EventName = keyof EventPayloads;
export const EVENT_NAMES: readonly EventName[] = ['session.locked', 'import.progress', 'media.changed', 'rekey.progress', 'backup.progress'];
/** The one ipcRenderer channel that carries events: [name, payload]. */
export const EVENT_CHANNEL = 'baken:event';
/** The one ipcRenderer channel that carries invocations. */
export const INVOKE_CHANNEL = 'baken:invoke';
