// E-mail addresses and social-media handles: both hang on an '@', so one indexOf walk finds both,
// and each '@' is widened by hand (bounded, no regex backtracking). "naam@host.nl" is an address;
// "@naam" at a word start is a handle.
import { DIGIT, LETTER, MARK, classTable } from './chars';
import type { Candidate } from './spans';

const LOCAL_MAX = 64;
const DOMAIN_MAX = 253;
const HANDLE_MAX = 30;

function isLocalChar(c: number, t: Uint8Array): boolean {
  // a-z A-Z 0-9 . _ % + - and letters of other scripts (internationalised addresses).
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x2d) return true;
  return c >= 0x80 && ((t[c] ?? 0) & (LETTER | DIGIT | MARK)) !== 0;
}

function isDomainChar(c: number, t: Uint8Array): boolean {
  if ((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)) return true;
  if (c === 0x2e || c === 0x2d) return true;
  return c >= 0x80 && ((t[c] ?? 0) & (LETTER | DIGIT | MARK)) !== 0;
}

function isHandleChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2e;
}

/** Where a valid domain starting at `from` ends (after its top-level label), or -1. */
export function domainEnd(text: string, from: number, t: Uint8Array): number {
  let j = from;
  const limit = Math.min(text.length, from + DOMAIN_MAX);
  while (j < limit && isDomainChar(text.charCodeAt(j), t)) j++;
  // A sentence's full stop or a dash after the address is not part of it.
  while (j > from && (text.charCodeAt(j - 1) === 0x2e || text.charCodeAt(j - 1) === 0x2d)) j--;
  const domain = text.slice(from, j);
  const labels = domain.split('.');
  if (labels.length < 2 || labels.some((l) => l === '' || l.startsWith('-') || l.endsWith('-'))) return -1;
  const tld = labels[labels.length - 1] ?? '';
  if (tld.length < 2 || tld.length > 24 || !/^(?:[a-z]+|xn--[a-z0-9-]+|\p{L}+)$/iu.test(tld)) return -1;
  return j;
}

export function detectEmailsAndHandles(text: string, out: Candidate[]): void {
  const t = classTable();
  let at = text.indexOf('@');
  while (at !== -1) {
    let s = at;
    const lowest = Math.max(0, at - LOCAL_MAX);
    while (s > lowest && isLocalChar(text.charCodeAt(s - 1), t)) s--;
    while (s < at && text.charCodeAt(s) === 0x2e) s++; // a local part does not start with '.'
    let next = at + 1;
    if (s < at) {
      const end = domainEnd(text, at + 1, t);
      if (end !== -1) {
        out.push({ start: s, end, kind: 'email' });
        next = end;
      }
    } else {
      // A handle: '@' at a word start (not "a@b", not "@@"), then 2–30 name characters.
      const before = at > 0 ? text.charCodeAt(at - 1) : 0x20;
      if (!isLocalChar(before, t) && before !== 0x40) {
        let j = at + 1;
        while (j < text.length && isHandleChar(text.charCodeAt(j))) j++;
        const tooLong = j - at - 1 > HANDLE_MAX;
        while (j > at + 1 && text.charCodeAt(j - 1) === 0x2e) j--;
        const name = text.slice(at + 1, j);
        if (!tooLong && name.length >= 2 && /[a-z_]/i.test(name)) {
          out.push({ start: at, end: j, kind: 'handle' });
          next = j;
        }
      }
    }
    at = text.indexOf('@', next);
  }
}
