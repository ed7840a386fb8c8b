// Dutch citizen service numbers (BSN): nine digits, as written on documents ("1234.56.782") or in
// groups ("123 456 782", "123.456.782"), accepted only when they pass the 11-check.
import { isValidBsn } from './checksums';
import type { Candidate } from './spans';

// Nine digits on their own: not part of a longer number. Nine digits at the end of a phone number
// ("+375 33 665 76 47 90") are left to the phone number, which contains them (spans.ts).
const BSN_RE = /(?<![\d.,/+]|\d-)(?:\d{9}|\d{4}[ .]\d{2}[ .]\d{3}|\d{3}[ .]\d{3}[ .]\d{3}|\d{3}[ .]\d{2}[ .]\d{2}[ .]\d{2})(?!\d|[.,/-]\d)/g;

export function detectBsns(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(BSN_RE)) {
    if (isValidBsn(m[0].replace(/\D/g, ''))) out.push({ start: m.index, end: m.index + m[0].length, kind: 'bsn' });
  }
}
