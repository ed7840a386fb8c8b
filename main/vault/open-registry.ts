// Which processes have a vault open: one small file per open vault in `open/`, named by process id
// and a random token, holding the machine's boot id. Re-keying swaps the database and blob files,
// so it must be the only holder. A file left by a killed process is stale: its process id is dead,
// or (after a restart, when process ids are handed out again) it names another boot.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../os/process-alive';

const ENTRY = /^(\d+)-([0-9a-f]{16})$/;

/** Linux's id of this boot; empty where there is none (then the process id alone decides). */
function bootId(): string {
  try {
    return readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
  } catch {
    return '';
  }
}

export type OpenRegistration = { readonly token: string; release(): void };

export function registerOpen(vaultDir: string): OpenRegistration {
  const dir = join(vaultDir, 'open');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const token = `${process.pid}-${randomBytes(8).toString('hex')}`;
  writeFileSync(join(dir, token), bootId(), { mode: 0o600 });
  return { token, release: () => rmSync(join(dir, token), { force: true }) };
}

function stale(file: string, pid: number, boot: string): boolean {
  if (!processAlive(pid)) return true;
  try {
    const recorded = readFileSync(file, 'utf8').trim();
    return recorded !== '' && boot !== '' && recorded !== boot;
  } catch {
    return true;
  }
}

/** How many other live holders have the vault open (this process's other handles count too). */
export function otherHolders(vaultDir: string, ownToken: string | null): number {
  const dir = join(vaultDir, 'open');
  if (!existsSync(dir)) return 0;
  const boot = bootId();
  let count = 0;
  for (const name of readdirSync(dir)) {
    const m = ENTRY.exec(name);
    if (!m || name === ownToken) continue;
    const file = join(dir, name);
    if (stale(file, Number(m[1]), boot)) rmSync(file, { force: true });
    else count++;
  }
  return count;
}
