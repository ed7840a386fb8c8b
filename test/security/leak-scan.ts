// Looks for known secrets in what a program said: its stdout/stderr, console, log lines, error
// messages, audit entries. Each secret is searched in the forms it could leak in (as text, JSON-
// escaped, hex, base64) and by fragments, since a truncated key or passphrase is a leak too.
// Used by test/integration/secrets-in-output.test.ts.

/** `text`: passphrases and report content; `bytes`: keys, searched in their encodings as well. */
export type Secret = { label: string; text: string } | { label: string; bytes: Uint8Array };
export type Surface = { name: string; text: string };
export type Leak = { secret: string; form: string; surface: string; context: string };

/** Fragments this long (and longer secrets) are searched as well as the whole. */
const FRAGMENT = 20;

/** Every form a secret could be written in. */
export function secretForms(secret: Secret): { form: string; text: string }[] {
  const forms: { form: string; text: string }[] = [];
  const add = (form: string, text: string): void => {
    if (text.length > 0 && !forms.some((f) => f.text === text)) forms.push({ form, text });
  };
  const bytes = 'bytes' in secret ? Buffer.from(secret.bytes) : Buffer.from(secret.text, 'utf8');
  if ('text' in secret) {
    add('text', secret.text);
    add('JSON-escaped', JSON.stringify(secret.text).slice(1, -1));
    add('NFD', secret.text.normalize('NFD'));
  }
  add('hex', bytes.toString('hex'));
  add('HEX', bytes.toString('hex').toUpperCase());
  add('base64', bytes.toString('base64'));
  add('base64url', bytes.toString('base64url'));
  return forms;
}

/** Every place in `surfaces` where a form of a secret, or a FRAGMENT-long piece of one, appears. */
export function findLeaks(surfaces: Surface[], secrets: Secret[]): Leak[] {
  const leaks: Leak[] = [];
  for (const secret of secrets) {
    for (const { form, text } of secretForms(secret)) {
      const needles = [{ what: form, needle: text }];
      // Overlapping windows: any FRAGMENT-long run of the secret is found.
      for (let i = 0; text.length > FRAGMENT && i + FRAGMENT <= text.length; i += FRAGMENT / 2) {
        needles.push({ what: `${form} fragment at ${i}`, needle: text.slice(i, i + FRAGMENT) });
      }
      for (const surface of surfaces) {
        const hit = needles.find((n) => surface.text.includes(n.needle));
        if (!hit) continue;
        const at = surface.text.indexOf(hit.needle);
        leaks.push({
          secret: secret.label,
          form: hit.what,
          surface: surface.name,
          context: surface.text.slice(Math.max(0, at - 60), at + hit.needle.length + 60),
        });
      }
    }
  }
  return leaks;
}

/**
 * Records everything this process writes to stdout and stderr (main/log.ts writes there, and so do
 * worker threads through their parent) and every console call, still passing it on.
 */
export function captureProcessOutput(): { text: () => string; restore: () => void } {
  const chunks: string[] = [];
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const wrap = (original: typeof process.stdout.write, stream: NodeJS.WriteStream): typeof process.stdout.write =>
    function write(this: unknown, chunk: unknown, ...rest: unknown[]): boolean {
      chunks.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk as Uint8Array).toString('utf8'));
      return (original as (...a: unknown[]) => boolean).call(stream, chunk, ...rest);
    } as typeof process.stdout.write;
  process.stdout.write = wrap(stdoutWrite, process.stdout);
  process.stderr.write = wrap(stderrWrite, process.stderr);

  const methods = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
  const saved = methods.map((m) => [m, console[m]] as const);
  for (const [m, original] of saved) {
    console[m] = (...args: unknown[]) => {
      chunks.push(args.map((a) => (a instanceof Error ? `${a.name}: ${a.message}\n${a.stack ?? ''}` : typeof a === 'string' ? a : JSON.stringify(a))).join(' '));
      original.apply(console, args);
    };
  }
  return {
    text: () => chunks.join(''),
    restore: () => {
      process.stdout.write = stdoutWrite;
      process.stderr.write = stderrWrite;
      for (const [m, original] of saved) console[m] = original;
    },
  };
}
