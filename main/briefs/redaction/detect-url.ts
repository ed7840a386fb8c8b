// URLs: "http(s)://…", "www.…", and a bare domain with a path ("t.me/naam", "instagram.com/naam",
// "wa.me/31612345678"), which names an account as surely as a handle does. Found from anchors
// (the scheme, "www.", each '/') and widened by hand: no regex with nested repetition runs over
// the narrative.
import { classTable } from './chars';
import { domainEnd } from './detect-email';
import type { Candidate } from './spans';

const START_RE = /https?:\/\/|\bwww\./gi;
const URL_MAX = 2048;

function isUrlChar(c: number): boolean {
  // Anything visible but quotes, angle brackets and whitespace; non-ASCII allowed (IRIs).
  return c > 0x20 && c !== 0x22 && c !== 0x3c && c !== 0x3e && c !== 0x60 && c !== 0x7f && c !== 0xa0 && !(c >= 0x2000 && c <= 0x200f) && c !== 0x3000;
}

/** Where a URL starting at `from` ends: trailing punctuation of the sentence is not part of it. */
function urlEnd(text: string, from: number): number {
  let j = from;
  const limit = Math.min(text.length, from + URL_MAX);
  while (j < limit && isUrlChar(text.charCodeAt(j))) j++;
  for (;;) {
    const c = text[j - 1];
    if (j <= from) break;
    if (c === ')' || c === ']' || c === '}') {
      // Keep a closing bracket that closes one inside the URL (Wikipedia-style paths).
      const open = c === ')' ? '(' : c === ']' ? '[' : '{';
      const inner = text.slice(from, j - 1);
      if (inner.split(open).length > inner.split(c).length) break;
      j--;
      continue;
    }
    if (c !== undefined && ".,;:!?'\"»”’،؛؟…".includes(c)) {
      j--;
      continue;
    }
    break;
  }
  return j;
}

function isWordBefore(c: number, t: Uint8Array): boolean {
  return (t[c] ?? 0) !== 0 || c === 0x2e || c === 0x40 || c === 0x2f || c === 0x2d || c === 0x5f || c === 0x3a;
}

export function detectUrls(text: string, out: Candidate[]): void {
  const t = classTable();
  const found: Candidate[] = [];
  let coveredTo = 0;
  for (const m of text.matchAll(START_RE)) {
    if (m.index < coveredTo) continue;
    const end = urlEnd(text, m.index);
    if (end > m.index + m[0].length) {
      found.push({ start: m.index, end, kind: 'url' });
      coveredTo = end;
    }
  }
  // Bare domains with a path: from each '/' outside the URLs above, look left for a domain.
  let k = 0;
  let slash = text.indexOf('/');
  while (slash !== -1) {
    let next = slash + 1;
    while (k < found.length && (found[k]?.end ?? 0) <= slash) k++;
    const inside = k < found.length && (found[k]?.start ?? Infinity) <= slash;
    if (inside) {
      next = found[k]?.end ?? next;
    } else if (slash > 0) {
      let s = slash;
      const lowest = Math.max(0, slash - 253);
      while (s > lowest && isDomainAscii(text.charCodeAt(s - 1))) s--;
      if (s < slash && (s === 0 || !isWordBefore(text.charCodeAt(s - 1), t)) && domainEnd(text, s, t) === slash) {
        const end = urlEnd(text, s);
        out.push({ start: s, end, kind: 'url' });
        next = Math.max(next, end);
      }
    }
    slash = text.indexOf('/', next);
  }
  for (const f of found) out.push(f);
}

function isDomainAscii(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2e || c === 0x2d;
}
