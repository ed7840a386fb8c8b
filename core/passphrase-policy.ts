// Passphrase rules per OWASP ASVS 4 §2.1: length only, no composition rules, never truncated.
// The check against common passphrases needs a word list and lives in main/security.
export const PASSPHRASE_MIN_LENGTH = 12;
/** Long enough for any real passphrase; the whole string is always used, never cut. */
export const PASSPHRASE_MAX_LENGTH = 1024;

/** Length in Unicode code points, after NFC, as ASVS 2.1.1 counts characters. */
export function passphraseLength(passphrase: string): number {
  return [...passphrase.normalize('NFC')].length;
}

export type PassphraseProblem = 'passphrase-too-short' | 'passphrase-too-long';

export function passphraseLengthProblem(passphrase: string): PassphraseProblem | null {
  const n = passphraseLength(passphrase);
  if (n < PASSPHRASE_MIN_LENGTH) return 'passphrase-too-short';
  if (n > PASSPHRASE_MAX_LENGTH) return 'passphrase-too-long';
  return null;
}
