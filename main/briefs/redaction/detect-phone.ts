// Phone numbers in any country's format. A cheap regex finds runs of digits and separators with
// at least seven digits; libphonenumber (full metadata) decides which parts of a run are valid
// numbers — Dutch by default ("06-12345678", "020 123 4567"), any country with "+" or "00".
// A national number that is not Dutch ("0532 123 45 67") is tried against the countries the
// line's reporters come from. IBANs, BSNs and dates outrank phones (spans.ts): a BSN also parses
// as a Dutch landline.
import { findPhoneNumbersInText, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { LETTER, classTable, prepare } from './chars';
import type { Candidate } from './spans';

/** Countries tried for a national number (leading 0) that is not a valid Dutch one. */
const FALLBACK_REGIONS: readonly CountryCode[] = [
  'TR', 'MA', 'BE', 'DE', 'GB', 'FR', 'IR', 'SY', 'IQ', 'EG', 'DZ', 'TN', 'ER', 'ET', 'AF', 'SO',
  'RU', 'UA', 'CN', 'PK', 'LB', 'SA', 'AE', 'SD',
];

// A '+' or '(' or digit, then digits and separators, ending in a digit. Linear: the class and the
// final \d cannot both match the same character in more than one way per run.
const RUN_RE = /[+(]?\d[\d ()./-]*\d/g;
/** Longer runs (tables of numbers, or hostile input) are fed to libphonenumber in windows. */
const WINDOW = 2000;
const OVERLAP = 60;

function digitCount(s: string): number {
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) k++;
  }
  return k;
}

// Results of the slow search per run and country: the same numbers (and the same account numbers
// that look like them) recur through a brief.
const findCache = new Map<string, { startsAt: number; endsAt: number }[]>();

function findIn(run: string, region: CountryCode): { startsAt: number; endsAt: number }[] {
  const key = `${region}:${run}`;
  let found = findCache.get(key);
  if (!found) {
    found = findPhoneNumbersInText(run, { defaultCountry: region }).map((f) => ({ startsAt: f.startsAt, endsAt: f.endsAt }));
    if (findCache.size >= 10_000) findCache.clear();
    findCache.set(key, found);
  }
  return found;
}

const NUMERIC_DATE = /^(?:\d{1,2}([-/.])\d{1,2}\1\d{2,4}|\d{4}([-/.])\d{1,2}\2\d{1,2})$/;

/**
 * [start, end) of the run when all its digits are one valid Dutch or international number: its
 * national number, after nothing but a trunk 0, a country code, or 00 and a country code.
 */
function wholeNumber(run: string): [number, number] | null {
  const digitCountRun = digitCount(run);
  if (digitCountRun > 17) return null;
  const p = parsePhoneNumberFromString(run, 'NL');
  if (!p || p.ext) return null;
  // Written with "+" or "00", a number of a possible length is a phone number even when the
  // metadata does not know its range (new ranges, numbers typed with a digit too many for a range).
  const international = /^\(?(?:\+|00)/.test(run);
  if (!p.isValid() && !(international && p.isPossible())) return null;
  const digits = run.replace(/\D/g, '');
  const nsn = p.nationalNumber;
  if (!digits.endsWith(nsn)) return null;
  const lead = digits.slice(0, digits.length - nsn.length);
  const cc = p.countryCallingCode;
  if (!(lead === '' || lead === '0' || lead === cc || lead === `00${cc}` || lead === `${cc}0`)) return null;
  // Trim an opening bracket that does not close ("(06) 123" keeps it; "(0612345678" does not).
  let start = 0;
  let end = run.length;
  if (run[0] === '(' && !run.includes(')')) start = 1;
  if (run.endsWith(')') && !run.includes('(')) end--;
  remember(run.slice(start, end), p.number);
  return [start, end];
}

/**
 * Numbers in a run of several (“+31 6 12345678 0031 20 1234567”), which libphonenumber's search
 * does not separate: from each group of digits, the longest sequence of groups that is one valid
 * number. Only for runs of up to MAX_GROUPS groups; longer ones go to the search in windows.
 */
function numbersInGroups(run: string, groups: RegExpMatchArray[], at: number, out: Candidate[]): number {
  let found = 0;
  let g = 0;
  while (g < groups.length) {
    const first = groups[g];
    const from = (first?.index ?? 0) - (run[(first?.index ?? 0) - 1] === '+' ? 1 : 0);
    let best: [number, number] | null = null;
    let bestGroup = -1;
    let digits = 0;
    for (let h = g; h < groups.length; h++) {
      const group = groups[h];
      digits += group?.[0].length ?? 0;
      if (digits > 17) break;
      if (digits < 7) continue;
      const to = (group?.index ?? 0) + (group?.[0].length ?? 0);
      const whole = wholeNumber(run.slice(from, to));
      if (whole) {
        best = [from + whole[0], from + whole[1]];
        bestGroup = h;
      }
    }
    if (best) {
      out.push({ start: at + best[0], end: at + best[1], kind: 'phone' });
      found++;
      g = bestGroup + 1;
    } else {
      g++;
    }
  }
  return found;
}

const MAX_GROUPS = 40;

export function detectPhones(text: string, out: Candidate[]): void {
  const t = classTable();
  for (const m of text.matchAll(RUN_RE)) {
    let run = m[0];
    let index = m.index;
    const before = index > 0 ? text.charCodeAt(index - 1) : 0x20;
    // Digits glued to letters are codes ("XN12345K7"), not phones: unless the whole run is one
    // number ("Tel06-12345678"), it starts after them.
    if ((t[before] ?? 0) & LETTER && !wholeNumber(run)) {
      const rest = /^\d+[ ()./-]+/.exec(run);
      if (!rest) continue;
      run = run.slice(rest[0].length);
      index += rest[0].length;
      if (!/^[+(]?\d/.test(run)) continue;
    }
    if (digitCount(run) < 7) continue;
    // Fast path: the whole run is one valid number (parsing is several times cheaper than a search).
    const whole = wholeNumber(run);
    if (whole) {
      out.push({ start: index + whole[0], end: index + whole[1], kind: 'phone' });
      continue;
    }
    if (NUMERIC_DATE.test(run)) continue; // a date, found as such (detect-date.ts)
    let found = 0;
    const groups = [...run.matchAll(/\d+/g)];
    if (groups.length <= MAX_GROUPS) {
      found = numbersInGroups(run, groups, index, out);
    } else {
      for (let w = 0; w < run.length; w += WINDOW - OVERLAP) {
        const piece = run.slice(w, w + WINDOW);
        for (const f of findIn(piece, 'NL')) {
          out.push({ start: index + w + f.startsAt, end: index + w + f.endsAt, kind: 'phone' });
          found++;
        }
        if (w + WINDOW >= run.length) break;
      }
    }
    if (found === 0 && run.length <= 40 && /^\(?0[1-9]/.test(run)) {
      for (const region of FALLBACK_REGIONS) {
        const hits = findIn(run, region);
        if (hits.length === 0) continue;
        for (const f of hits) out.push({ start: index + f.startsAt, end: index + f.endsAt, kind: 'phone' });
        break;
      }
    }
  }
}

// E.164 forms of the numbers just detected, so that normalising them for their placeholder does
// not parse them again.
const e164Cache = new Map<string, string>();
function remember(text: string, e164: string): void {
  if (e164Cache.size >= 10_000) e164Cache.clear();
  e164Cache.set(text, e164);
}

/** E.164 form of a phone number as detected (Dutch first, then the fallback countries), or null. */
export function phoneE164(value: string): string | null {
  const v = prepare(value).trim();
  const cached = e164Cache.get(v);
  if (cached) return cached;
  const nl = parsePhoneNumberFromString(v, 'NL');
  if (nl?.isValid()) return nl.number;
  if (/^\(?0[1-9]/.test(v)) {
    for (const region of FALLBACK_REGIONS) {
      const p = parsePhoneNumberFromString(v, region);
      if (p?.isValid()) return p.number;
    }
  }
  return nl?.isPossible() ? nl.number : null;
}
