// One import at a time per vault, across processes (GUI and CLI): a lock file holding the
// importer's process id. A lock left by a killed process is stale and taken over.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BakenError } from '../../core/errors';

const LOCK_NAME = 'import.lock';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

function holder(file: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(file, 'utf8'), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

/** True when a live process (other than a stale one) is importing into this vault. */
export function importInProgress(vaultDir: string): boolean {
  const pid = holder(join(vaultDir, LOCK_NAME));
  return pid !== null && alive(pid);
}

export function acquireImportLock(vaultDir: string): () => void {
  const file = join(vaultDir, LOCK_NAME);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx', mode: 0o600 });
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
      const pid = holder(file);
      if (pid !== null && alive(pid)) throw new BakenError('import-busy');
      rmSync(file, { force: true });
    }
  }
  throw new BakenError('import-busy');
}
