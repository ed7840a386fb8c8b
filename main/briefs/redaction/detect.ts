// Runs every detector over a text and resolves their overlaps into the spans to redact. Detectors
// read the prepared text (chars.ts: same length, ASCII digits, plain spaces and hyphens), so spans
// are positions in the original text too. Detectors whose trigger character is absent are skipped.
import type { Span } from '../../../core/briefs/redaction-types';
import { prepare } from './chars';
import { detectAddresses } from './detect-address';
import { detectBsns } from './detect-bsn';
import { detectDates } from './detect-date';
import { detectDocuments } from './detect-document';
import { detectEmailsAndHandles } from './detect-email';
import { detectIbans } from './detect-iban';
import { detectIps } from './detect-ip';
import { detectPhones } from './detect-phone';
import { detectPlates } from './detect-plate';
import { detectPostcodes } from './detect-postcode';
import { detectUrls } from './detect-url';
import { KnownNames, detectNames } from './names';
import { type Candidate, resolveCandidates } from './spans';
import { tokenize } from './tokens';

// The known-name index of the last few callers: a brief builder calls once per text with the same
// names, and building the index folds every name.
const knownCache = new Map<string, KnownNames>();
let last: { names: readonly string[]; copy: string[]; index: KnownNames } | null = null;

export function knownNames(names: readonly string[]): KnownNames {
  // The same array again (a brief builder's loop): compare its elements, not a joined key.
  if (last && last.names === names && last.copy.length === names.length && last.copy.every((n, i) => n === names[i])) return last.index;
  const key = names.join('\u0000');
  let k = knownCache.get(key);
  if (!k) {
    k = new KnownNames(names);
    if (knownCache.size >= 8) knownCache.clear();
    knownCache.set(key, k);
  }
  last = { names, copy: [...names], index: k };
  return k;
}

/** Candidates of every detector, unresolved (overlapping). */
export function detectCandidates(text: string, known: KnownNames): Candidate[] {
  const prep = prepare(text);
  const out: Candidate[] = [];
  const hasDigits = /\d/.test(prep);
  if (prep.includes('@')) detectEmailsAndHandles(prep, out);
  if (prep.includes('/') || /www\./i.test(prep)) detectUrls(prep, out);
  if (hasDigits) {
    detectIbans(prep, out);
    detectBsns(prep, out);
    detectDocuments(prep, out);
    detectIps(prep, out);
    detectPhones(prep, out);
    detectPostcodes(prep, out);
    detectPlates(prep, out);
    detectAddresses(prep, out);
  }
  detectDates(prep, out, hasDigits);
  detectNames(prep, tokenize(prep), known, out);
  return out;
}

/** Identifiers in `text`: sorted, non-overlapping; the more specific or the longer wins. */
export function detectIdentifiers(text: string, known: { names: string[] }): Span[] {
  return resolveCandidates(text, detectCandidates(text, knownNames(known.names)));
}
