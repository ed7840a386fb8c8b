// Licence plates. Dutch ones by their side codes, always written with dashes ("12-ABC-3",
// "AB-123-C", "XX-99-99"); Turkish ones as province code (01–81), letters and digits ("34 ABC 123").
// Upper case only: the letters of a plate are capitals, and lower case would match ordinary words.
// Found by a plain shape regex (fast: no Unicode lookbehind per position), then checked by hand
// against the side codes and for word boundaries.
import { DIGIT, LETTER, classTable } from './chars';
import type { Candidate } from './spans';

/** Dutch side codes as shapes: L letter, D digit. */
const SIDE_CODES = new Set([
  'LL-DD-DD', 'DD-DD-LL', 'DD-LL-DD', 'LL-DD-LL', 'LL-LL-DD', 'DD-LL-LL', 'DD-LLL-D',
  'D-LLL-DD', 'LL-DDD-L', 'L-DDD-LL', 'LLL-DD-L', 'L-DD-LLL', 'D-LL-DDD', 'DDD-LL-D',
]);
const DUTCH_RE = /[A-Z\d]{1,3}-[A-Z\d]{2,3}-[A-Z\d]{1,3}/g;
const TURKISH_RE = /(?:0[1-9]|[1-7]\d|8[01]) ?[A-Z]{1,3} ?\d{2,4}/g;

function wordChar(text: string, i: number, t: Uint8Array): boolean {
  return i >= 0 && i < text.length && ((t[text.charCodeAt(i)] ?? 0) & (LETTER | DIGIT)) !== 0;
}

export function detectPlates(text: string, out: Candidate[]): void {
  const t = classTable();
  for (const m of text.matchAll(DUTCH_RE)) {
    const end = m.index + m[0].length;
    if (wordChar(text, m.index - 1, t) || text[m.index - 1] === '-' || wordChar(text, end, t)) continue;
    if (text[end] === '-' && wordChar(text, end + 1, t)) continue;
    if (SIDE_CODES.has(m[0].replace(/[A-Z]/g, 'L').replace(/\d/g, 'D'))) out.push({ start: m.index, end, kind: 'plate' });
  }
  for (const m of text.matchAll(TURKISH_RE)) {
    const end = m.index + m[0].length;
    const before = text[m.index - 1];
    if (wordChar(text, m.index - 1, t) || before === '.' || before === ',' || before === '-' || wordChar(text, end, t)) continue;
    out.push({ start: m.index, end, kind: 'plate' });
  }
}
