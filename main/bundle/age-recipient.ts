// Checks age recipients someone typed or pasted (a partner's key, the analysis service's keys)
// before they are stored: the shape, the bech32 checksum (a mistyped character is caught here,
// not when a package is encrypted), and no mixing of post-quantum and classic recipients.
import { bech32 } from '@scure/base';
import { BakenError } from '../../core/errors';

const SHAPE = /^age1(?:pq1)?[02-9ac-hj-np-z]{50,2000}$/;

export function isAgeRecipient(text: string): boolean {
  if (!SHAPE.test(text)) return false;
  try {
    const { prefix, words } = bech32.decode(text as `${string}1${string}`, 4096);
    if (prefix === 'age') return bech32.fromWords(words).length === 32;
    return prefix === 'age1pq';
  } catch {
    return false;
  }
}

/** Throws recipient-invalid or recipient-mixed; returns the list trimmed, without blanks or repeats. */
export function checkAgeRecipients(list: readonly string[]): string[] {
  const clean = [...new Set(list.map((r) => r.trim()).filter((r) => r !== ''))];
  if (clean.some((r) => !isAgeRecipient(r))) throw new BakenError('recipient-invalid');
  const pq = clean.filter((r) => r.startsWith('age1pq1')).length;
  if (pq > 0 && pq < clean.length) throw new BakenError('recipient-mixed');
  return clean;
}
