// What every service gets: where the vault is, the clock, the platform hooks and the event sink.
import type { EventName, EventPayloads } from '../../core/ipc/events';
import type { Volume } from '../media/volumes';
import type { Role } from '../../core/roles';
import type { KdfParams } from '../vault/header';
import type { Clock } from './clock';

/** Things only the shell can do (native dialogs); the harness and CLI supply their own. */
export type Platform = {
  /** A folder chosen by the user for an export (removable medium), or null if cancelled. */
  chooseExportDirectory(): Promise<string | null>;
  /** A folder an admin adds as an import source, or null if cancelled. */
  chooseFolder(): Promise<string | null>;
  /** Bundle files picked one by one, or null if cancelled. */
  chooseBundleFiles(): Promise<string[] | null>;
  /** Mounted removable volumes right now. */
  detectVolumes(): Volume[];
};

export type EventSink = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

export type ServiceContext = {
  vaultDir: string;
  clock: Clock;
  platform: Platform;
  emit: EventSink;
  /** KDF cost for new vaults; only tests lower it. */
  kdf?: KdfParams;
  /** Set only for a throwaway demo vault (npm run demo): its users are shown at unlock. */
  demoUsers?: { username: string; passphrase: string; roles: Role[] }[];
};
