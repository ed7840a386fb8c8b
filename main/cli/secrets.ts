// Passphrases for the CLI: from a file or an environment variable, never from an argument.
import { CliError } from './errors';
import { readInputText } from './input-files';

export function readPassphrase(opts: { passphraseFile?: string }, env: NodeJS.ProcessEnv): string {
  if (opts.passphraseFile) return readInputText(opts.passphraseFile, 'passphrase');
  const fromEnv = env.BAKEN_PASSPHRASE;
  if (fromEnv !== undefined && fromEnv !== '') return fromEnv;
  throw new CliError('auth', 'no passphrase: set BAKEN_PASSPHRASE or use --passphrase-file F');
}

export function readNewPassphrase(file: string | undefined): string {
  if (!file) throw new CliError('usage', 'the new passphrase must come from --new-passphrase-file F');
  return readInputText(file, 'new passphrase');
}
