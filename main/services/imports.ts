// Bundle import as a use case: one import at a time, run in a worker thread with the session's
// subkeys, progress relayed as events, cancelled when asked or when the vault locks.
import { BakenError } from '../../core/errors';
import type { ImportResult } from '../../core/import-types';
import type { ImportFile } from '../import/import-files';
import { type RunningImport, runImport } from '../import/run-import';
import type { ServiceContext } from './context';
import { readBundleLimits } from './settings';
import type { ActiveSession } from './session';

export class ImportService {
  private running: RunningImport | null = null;

  constructor(private readonly ctx: ServiceContext) {}

  async run(session: ActiveSession, files: ImportFile[], bundlePassphrase: string | null): Promise<ImportResult[]> {
    if (this.running) throw new BakenError('import-busy');
    const keys = session.vault.workerKeys();
    const running = runImport(
      { vaultDir: session.vault.dir, keys, user: session.user.username, files, bundlePassphrase, limits: readBundleLimits(session.vault.db) },
      (progress) => this.ctx.emit('import.progress', progress),
    );
    // The worker got its own copy when it was created.
    keys.database.fill(0);
    keys.audit.fill(0);
    keys.blobs.fill(0);
    this.running = running;
    try {
      const out = await running.done;
      if (out === 'cancelled') throw new BakenError('import-cancelled');
      return out;
    } finally {
      this.running = null;
    }
  }

  cancel(): boolean {
    if (!this.running) return false;
    this.running.cancel();
    return true;
  }

  isRunning(): boolean {
    return this.running !== null;
  }
}
