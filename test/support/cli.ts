// Runs the real `baken` command as a separate process, as an admin or a script would.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const BAKEN_BIN = fileURLToPath(new URL('../../main/cli/baken.mjs', import.meta.url));

export type CliRun = { status: number | null; stdout: string; stderr: string };

export function baken(args: string[], env: Record<string, string | undefined> = {}): CliRun {
  const r = spawnSync(process.execPath, [BAKEN_BIN, ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
