// Messages between the import worker thread and the thread that started it.
import type { BundleLimits } from '../../core/bundle/limits';
import type { ImportProgress, ImportResult } from '../../core/import-types';
import type { ImportFile } from './import-files';

export type WorkerInput = {
  vaultDir: string;
  keys: { database: Uint8Array; audit: Uint8Array; blobs: Uint8Array };
  user: string;
  files: ImportFile[];
  bundlePassphrase: string | null;
  limits: BundleLimits;
  /** One Int32 set to 1 to cancel: read between entries even while the worker never yields. */
  cancelFlag: SharedArrayBuffer;
};

export type WorkerRequest = { kind: 'cancel' };

export type WorkerMessage =
  | { kind: 'progress'; progress: ImportProgress }
  /** Every bundle is committed: the results, while the job goes on to compute review signals. */
  | { kind: 'results'; results: ImportResult[] }
  | { kind: 'done'; results: ImportResult[] }
  | { kind: 'cancelled' }
  /** Another process holds the vault's import lock. */
  | { kind: 'busy' }
  /** `code`: a damaged or long-locked database in words (db/sqlite-errors.ts), else internal. */
  | { kind: 'failed'; name: string; code: 'vault-corrupt' | 'vault-busy' | 'internal' };
