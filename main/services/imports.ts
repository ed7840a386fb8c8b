// Bundle import as a use case: one import at a time, run with the session's subkeys (in a worker
// thread in the app), progress relayed as events, cancelled when asked or when the vault locks.
import { BakenError } from '../../core/errors';
import type { ImportResult } from '../../core/import-types';
import type { ImportFile } from '../import/import-files';
import { type ImportRunner, type RunningImport, runImport } from '../import/run-import';
import type { ServiceContext } from './context';
import { readBundleLimits } from './settings';
import type { ActiveSession } from './session';

export class ImportService {
  private running: RunningImport | null = null;
  /** The running job has given its results and is computing review signals. */
  private reviewing = false;

  constructor(
    private readonly ctx: ServiceContext,
    private readonly runner: ImportRunner = runImport,
  ) {}

  async run(session: ActiveSession, files: ImportFile[], bundlePassphrase: string | null): Promise<ImportResult[]> {
    if (this.running && !this.reviewing) throw new BakenError('import-busy');
    // A job still computing signals steps aside: what it leaves pending, the new job computes.
    if (this.running) await this.stop(this.running);
    if (this.running) throw new BakenError('import-busy');
    const keys = session.vault.workerKeys();
    const running = this.runner(
      { vaultDir: session.vault.dir, keys, user: session.user.username, files, bundlePassphrase, limits: readBundleLimits(session.vault.db) },
      (progress) => this.ctx.emit('import.progress', progress),
    );
    // The runner took its own copy.
    keys.database.fill(0);
    keys.audit.fill(0);
    keys.blobs.fill(0);
    this.running = running;
    this.reviewing = false;
    void running.finished.then(() => {
      if (this.running !== running) return;
      this.running = null;
      this.reviewing = false;
    });
    let out: ImportResult[] | 'cancelled';
    try {
      out = await running.done;
    } catch (error) {
      await running.finished;
      throw error;
    }
    if (out === 'cancelled') {
      // Over once the job has stopped, so that importing again is possible at once.
      await running.finished;
      throw new BakenError('import-cancelled');
    }
    if (this.running === running) this.reviewing = true;
    return out;
  }

  /** Whether an import job (or its follow-up work) is running: a backup waits for it. */
  busy(): boolean {
    return this.running !== null;
  }

  private async stop(running: RunningImport): Promise<void> {
    running.cancel();
    await running.finished;
  }

  cancel(): boolean {
    if (!this.running) return false;
    this.running.cancel();
    return true;
  }

  isRunning(): boolean {
    return this.running !== null && !this.reviewing;
  }
}
