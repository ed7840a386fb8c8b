// Growing delay after wrong passphrases, kept beside the vault so it survives restarts and holds
// for the CLI too. No permanent lock-out: the delay is capped. Holds counts and times, no names.
import { readFileSync, rmSync } from 'node:fs';
import { z } from 'zod';
import { writeFileAtomic } from '../fs/atomic-write';

const stateSchema = z.object({ failures: z.number().int().min(0), first: z.string(), last: z.string() });
export type ThrottleState = z.infer<typeof stateSchema>;

/** Free tries before any wait; after that 1 s, 2 s, 4 s … up to 60 s. */
export const FREE_ATTEMPTS = 3;
export const MAX_DELAY_MS = 60_000;

export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(MAX_DELAY_MS, 1000 * 2 ** (failures - FREE_ATTEMPTS));
}

export function readThrottle(file: string): ThrottleState | null {
  try {
    const parsed = stateSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** How long to wait before the next attempt may run, given the recorded failures. */
export function waitBeforeAttempt(state: ThrottleState | null, nowMs: number): number {
  if (!state) return 0;
  const since = nowMs - Date.parse(state.last);
  return Math.max(0, delayAfter(state.failures) - Math.max(0, since));
}

export function recordFailure(file: string, nowIso: string): ThrottleState {
  const prev = readThrottle(file);
  const next = { failures: (prev?.failures ?? 0) + 1, first: prev?.first ?? nowIso, last: nowIso };
  writeFileAtomic(file, Buffer.from(JSON.stringify(next)));
  return next;
}

export function clearThrottle(file: string): void {
  rmSync(file, { force: true });
}
