// Dutch postcodes: four digits (not starting with 0) and two letters, "1234 AB" or "1234AB";
// lower case only without the space ("1234ab"), since "2024 en" is a year and a word. SA, SD and
// SS are never issued.
import type { Candidate } from './spans';

const POSTCODE_RE = /(?<![\p{L}\p{N}+.,/-])[1-9]\d{3}(?: ?(?!SA|SD|SS)[A-Z]{2}|(?!sa|sd|ss)[a-z]{2})(?![\p{L}\p{N}])/gu;

export function detectPostcodes(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(POSTCODE_RE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'postcode' });
}
