// Drives the real `age` / `age-keygen` CLIs (FiloSottile/age) for interop tests.
// `age -p` and passphrase decryption read the passphrase from the terminal only (age 1.1.1 honours
// no environment variable), so those runs go through a pseudo-terminal made by python3's pty
// module; the passphrase reaches the helper through its environment, never its argv.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Run = { status: number | null; stdout: Buffer; stderr: string };

function run(cmd: string, args: string[], input?: Uint8Array, env: Record<string, string> = {}): Run {
  const r = spawnSync(cmd, args, {
    input,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
    timeout: 120_000,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr.toString('utf8') };
}

function ok(r: Run, what: string): Buffer {
  if (r.status !== 0) throw new Error(`${what} failed (${r.status}): ${r.stderr.trim()}`);
  return r.stdout;
}

function has(cmd: string, args: string[]): boolean {
  try {
    return spawnSync(cmd, args, { timeout: 10_000 }).error === undefined;
  } catch {
    return false;
  }
}

export const AGE_AVAILABLE = has('age', ['--version']) && has('age-keygen', ['--help']);
export const PTY_AVAILABLE = AGE_AVAILABLE && has('python3', ['-c', 'import pty']);

export function ageVersion(): string {
  return ok(run('age', ['--version']), 'age --version').toString('utf8').trim();
}

/** Whether this age-keygen can make post-quantum (ML-KEM-768+X25519) keys; age 1.1.1 cannot. */
export function ageKeygenHasPq(): boolean {
  const r = run('age-keygen', ['-pq']);
  return r.status === 0 && r.stdout.toString('utf8').includes('AGE-SECRET-KEY-PQ-1');
}

export type AgeKeyPair = { identity: string; recipient: string; keyFile: string };

/** `age-keygen -o DIR/NAME.txt`; the identity is returned for the code under test, never printed. */
export function ageKeygen(dir: string, name = 'key', pq = false): AgeKeyPair {
  const keyFile = join(dir, `${name}.txt`);
  ok(run('age-keygen', [...(pq ? ['-pq'] : []), '-o', keyFile]), 'age-keygen');
  const recipient = ok(run('age-keygen', ['-y', keyFile]), 'age-keygen -y').toString('utf8').trim();
  const identity = readFileSync(keyFile, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('AGE-SECRET-KEY-'));
  if (!identity) throw new Error('age-keygen wrote no identity');
  return { identity, recipient, keyFile };
}

export function writeIdentityFile(dir: string, name: string, identities: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, `${identities.join('\n')}\n`, { mode: 0o600 });
  return path;
}

/** `age [-a] -r R… -o OUT IN` */
export function ageEncrypt(input: string, output: string, recipients: string[], armor = false): void {
  const args = [...(armor ? ['-a'] : []), ...recipients.flatMap((r) => ['-r', r]), '-o', output, input];
  ok(run('age', args), 'age -e');
}

/** `age -d -i KEY… IN` → plaintext, or the failed run (for rejection tests). */
export function ageDecrypt(input: string, keyFiles: string[]): Run {
  return run('age', ['-d', ...keyFiles.flatMap((k) => ['-i', k]), input]);
}

export function ageDecryptOk(input: string, keyFiles: string[]): Buffer {
  return ok(ageDecrypt(input, keyFiles), 'age -d');
}

// Answers every "passphrase" prompt age writes to the terminal with $AGE_TEST_PASSPHRASE.
const PTY_DRIVER = `
import os, sys, pty, select
pw = os.environ['AGE_TEST_PASSPHRASE'].encode()
pid, fd = pty.fork()
if pid == 0:
    os.execvp(sys.argv[1], sys.argv[1:])
seen = b''
answered = 0
while True:
    try:
        r, _, _ = select.select([fd], [], [], 60)
    except OSError:
        break
    if not r:
        break
    try:
        data = os.read(fd, 4096)
    except OSError:
        break
    if not data:
        break
    seen += data
    while seen.count(b'passphrase') > answered:
        os.write(fd, pw + b'\\n')
        answered += 1
_, status = os.waitpid(pid, 0)
sys.exit(os.waitstatus_to_exitcode(status))
`;

function withPty(args: string[], passphrase: string): Run {
  return run('python3', ['-c', PTY_DRIVER, 'age', ...args], undefined, { AGE_TEST_PASSPHRASE: passphrase });
}

/** `age -p [-a] -o OUT IN` (age always uses scrypt work factor 2^18). */
export function ageEncryptPassphrase(input: string, output: string, passphrase: string, armor = false): void {
  ok(withPty(['-p', ...(armor ? ['-a'] : []), '-o', output, input], passphrase), 'age -p');
}

/** `age -d -o OUT IN`, answering the passphrase prompt. */
export function ageDecryptPassphrase(input: string, output: string, passphrase: string): Run {
  return withPty(['-d', '-o', output, input], passphrase);
}
