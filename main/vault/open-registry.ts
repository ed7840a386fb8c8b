// Which processes have a vault open: one small file per open vault in `open/`, named by process id
// and a random token. Re-keying swaps the database and blob files, so it must be the only holder;
// a file left by a killed process is recognised by its dead process id and removed.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { processAlive } from '../os/process-alive';

const ENTRY = /^(\d+)-([0-9a-f]{16})$/;

export type OpenRegistration = { readonly token: string; release(): void };

export function registerOpen(vaultDir: string): OpenRegistration {
  const dir = join(vaultDir, 'open');
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const token = `${process.pid}-${randomBytes(8).toString('hex')}`;
  writeFileSync(join(dir, token), '', { mode: 0o600 });
  return { token, release: () => rmSync(join(dir, token), { force: true }) };
}

/** How many other live holders have the vault open (this process's other handles count too). */
export function otherHolders(vaultDir: string, ownToken: string | null): number {
  const dir = join(vaultDir, 'open');
  if (!existsSync(dir)) return 0;
  let count = 0;
  for (const name of readdirSync(dir)) {
    const m = ENTRY.exec(name);
    if (!m || name === ownToken) continue;
    if (processAlive(Number(m[1]))) count++;
    else rmSync(join(dir, name), { force: true });
  }
  return count;
}
