// Crash harness for fault tests: runs the real `baken` command as a child process and SIGKILLs it
// at a chosen or random moment (a time within a measured duration, or once a condition on disk
// holds), so a test can check what a hard crash leaves. Any CLI command can be driven this way
// (import, backup, purge, re-key); runs may be given a file size limit (`ulimit -f`) as a full medium.
import { spawn } from 'node:child_process';
import { BAKEN_BIN } from './cli';

export type ChildRun = {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Milliseconds from spawn to exit. */
  ms: number;
  /** Milliseconds from spawn to the SIGKILL of the plan, when one was sent. */
  killedAtMs: number | null;
  /** Killed because it ran past `timeoutMs`: a hang, never a planned kill. */
  timedOut: boolean;
};

export type KillPlan = {
  /** SIGKILL this many ms after the spawn. */
  afterMs?: number;
  /** Polled every millisecond or so; SIGKILL once it returns true (plus `delayMs`). */
  when?: () => boolean;
  /** With `when`: wait this long after it first held. */
  delayMs?: number;
};

export type RunOptions = {
  env: Record<string, string | undefined>;
  kill?: KillPlan;
  /** Run under `ulimit -f` with this many 1024-byte blocks: writes past it fail with EFBIG. */
  fileSizeLimitBlocks?: number;
  /** Kill the run anyway after this long (a hung child must not hang the test). */
  timeoutMs?: number;
};

/** Runs `baken ARGS…` to its end or until the plan kills it. */
export function runBaken(args: string[], options: RunOptions): Promise<ChildRun> {
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, ...options.env };
  const child =
    options.fileSizeLimitBlocks === undefined
      ? spawn(process.execPath, [BAKEN_BIN, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn('bash', ['-c', `ulimit -f ${options.fileSizeLimitBlocks} && exec "$0" "$@"`, process.execPath, BAKEN_BIN, ...args], {
          env,
          stdio: ['ignore', 'pipe', 'pipe'],
        });
  const started = performance.now();
  let killedAtMs: number | null = null;
  const kill = () => {
    if (killedAtMs !== null || child.exitCode !== null || child.signalCode !== null) return;
    killedAtMs = performance.now() - started;
    child.kill('SIGKILL');
  };
  return new Promise((resolve, reject) => {
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString('utf8');
    });
    child.stderr.on('data', (d: Buffer) => {
      stderr += d.toString('utf8');
    });
    const timers: NodeJS.Timeout[] = [];
    const plan = options.kill;
    if (plan?.afterMs !== undefined) timers.push(setTimeout(kill, plan.afterMs));
    if (plan?.when) {
      const when = plan.when;
      const poll = setInterval(() => {
        if (!when()) return;
        clearInterval(poll);
        if (plan.delayMs) timers.push(setTimeout(kill, plan.delayMs));
        else kill();
      }, 1);
      timers.push(poll);
    }
    let timedOut = false;
    const hung = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      for (const t of timers) clearTimeout(t);
      clearTimeout(hung);
      resolve({ code, signal, stdout, stderr, ms: performance.now() - started, killedAtMs, timedOut });
    });
  });
}

/** Deterministic numbers in [0, 1), so a failing run can be repeated with the same seed. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    return (s >>> 8) / 0x1000000;
  };
}

/** How many kills a crash test makes: BAKEN_CRASH_KILLS, or the test's own default. */
export function crashKills(fallback: number): number {
  const n = Number(process.env.BAKEN_CRASH_KILLS);
  return Number.isInteger(n) && n > 0 ? n : fallback;
}

export type KillLoop = {
  /** The command of run i (e.g. with a fresh output folder). */
  args: (i: number) => string[];
  env: Record<string, string | undefined>;
  kills: number;
  seed: number;
  /** How long an uninterrupted run takes (see measureBaken); kills land in [fromMs, durationMs]. */
  durationMs: number;
  /** The earliest kill, e.g. the measured start-up of the command before it does any work. */
  fromMs?: number;
  /** A kill plan of its own for run i (e.g. when a file appears); otherwise a random time. */
  plan?: (i: number, random: () => number) => KillPlan | null;
  /** Before run i: e.g. put a fresh copy of the vault in place. */
  before?: (i: number) => void | Promise<void>;
  /** After run i: the checks. */
  after: (run: ChildRun, i: number) => void | Promise<void>;
};

/** Runs the command `kills` times, each killed at a random moment, with the caller's checks after each. */
export async function killAtRandom(loop: KillLoop): Promise<{ killed: number; finished: number; killedAtMs: number[] }> {
  const random = seededRandom(loop.seed);
  const from = Math.max(0, loop.fromMs ?? 0);
  const span = Math.max(1, loop.durationMs - from);
  let killed = 0;
  let finished = 0;
  const at: number[] = [];
  for (let i = 0; i < loop.kills; i++) {
    await loop.before?.(i);
    const plan = loop.plan?.(i, random) ?? { afterMs: Math.round(from + random() * span) };
    const run = await runBaken(loop.args(i), { env: loop.env, kill: plan });
    if (run.timedOut) throw new Error(`baken ${loop.args(i).join(' ')} hung (run ${i})`);
    if (run.killedAtMs !== null && run.signal === 'SIGKILL') {
      killed++;
      at.push(Math.round(run.killedAtMs ?? 0));
    } else {
      finished++;
    }
    await loop.after(run, i);
  }
  return { killed, finished, killedAtMs: at };
}

/** Runs the command once to its end and returns how long it took (and what it printed). */
export async function measureBaken(args: string[], env: Record<string, string | undefined>): Promise<ChildRun> {
  const run = await runBaken(args, { env });
  if (run.code !== 0) throw new Error(`baken ${args.join(' ')} failed (${run.code}): ${run.stderr.trim()}`);
  return run;
}
