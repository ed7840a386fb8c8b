// Passphrases for the CLI: from a file or an environment variable, never from an argument.
import { readFileSync } from 'node:fs';
import { CliError } from './errors';

function readSecretFile(file: string, what: string): string {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new CliError('usage', `cannot read the ${what} file`);
  }
  // One trailing line break is the file's, not the passphrase's.
  return text.replace(/\r?\n$/, '');
}

export function readPassphrase(opts: { passphraseFile?: string }, env: NodeJS.ProcessEnv): string {
  if (opts.passphraseFile) return readSecretFile(opts.passphraseFile, 'passphrase');
  const fromEnv = env.BAKEN_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  throw new CliError('auth', 'no passphrase: set BAKEN_PASSPHRASE or use --passphrase-file F');
}

export function readNewPassphrase(file: string | undefined): string {
  if (!file) throw new CliError('usage', 'the new passphrase must come from --new-passphrase-file F');
  return readSecretFile(file, 'new passphrase');
}
