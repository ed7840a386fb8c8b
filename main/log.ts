// Logging for main: names and stack frames only. Error messages from libraries may echo input,
// so they are not printed unless BAKEN_DEBUG is set on a development machine.
export function logError(what: string, error: unknown): void {
  const name = error instanceof Error ? error.name : typeof error;
  const code = (error as { code?: unknown } | null)?.code;
  const frames = error instanceof Error && error.stack ? error.stack.split('\n').slice(1, 6).join('\n') : '';
  const detail = process.env.BAKEN_DEBUG === '1' && error instanceof Error ? `: ${error.message}` : '';
  process.stderr.write(`[baken] ${what}: ${name}${typeof code === 'string' ? ` (${code})` : ''}${detail}\n${frames}\n`);
}
