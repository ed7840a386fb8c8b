// One import at a time per vault, across processes (GUI and CLI): a lock file holding the
// importer's process id. A lock left by a killed process is stale and taken over.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BakenError } from '../../core/errors';
import { processAlive, readPidFile } from '../os/process-alive';

const LOCK_NAME = 'import.lock';

/** True when a live process (other than a stale one) is importing into this vault. */
export function importInProgress(vaultDir: string): boolean {
  const pid = readPidFile(join(vaultDir, LOCK_NAME));
  return pid !== null && processAlive(pid);
}

export function acquireImportLock(vaultDir: string): () => void {
  const file = join(vaultDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const pid = readPidFile(file);
      if (pid !== null && processAlive(pid)) throw new BakenError('import-busy');
      rmSync(file, { force: true });
    }
  }
  throw new BakenError('import-busy');
}
