// Dates with a day in them: "12 maart 2026", "12-03-2026", "2026-03-12", "12/03/2026",
// "March 12, 2026", "12 Mart 2026", "12 مارس 2026", "1st of May". The brief keeps the month and
// year ("[maart 2026]") and drops the day, which can point at one meeting or one person. A month
// with a year ("maart 2026") or a bare year is vague enough and stays. Numeric dates are read day
// first (Dutch), unless only month-first makes sense ("03/25/2026").
import { DUTCH_MONTHS, MONTH_ALTERNATION, MONTH_BY_NAME } from './months';
import { DIGIT, LETTER, MARK, classTable, foldString } from './chars';
import type { Candidate } from './spans';

const DAY = '(3[01]|[12]\\d|0?[1-9])';
const YEAR = '((?:19|20)\\d{2})';
const ORDINAL = '(?:st|nd|rd|th|ste|de|e|er|ème)?';
const MONTH = `(${MONTH_ALTERNATION})`;

// "12 maart 2026", "12e maart", "1st of May 2026", "12-mrt-2026", "12. März 2026"
const DAY_MONTH = `${DAY}${ORDINAL}(?:\\.? +|-| +(?:of|van|de) +)${MONTH}\\.?(?![\\p{L}\\p{M}])(?:(?:,? +|-)${YEAR}(?![\\p{N}]))?`;
// "March 12, 2026", "March 12th", "mart 12 2026"
const MONTH_DAY = `${MONTH}\\.? +${DAY}(?:st|nd|rd|th)?(?![\\p{N}\\p{L}])(?:,? +${YEAR}(?![\\p{N}]))?`;
const NAMED_RE = new RegExp(`(?<![\\p{L}\\p{N}\\p{M}])(?:${DAY_MONTH}|${MONTH_DAY})`, 'giu');
// Both named forms are found from the day number (digits are rare in a narrative; trying every
// month name at every letter of the text is not cheap): the month is read after it ("12 maart")
// by a sticky pattern, or looked up in the word before it ("March 12").
const DAY_RE = /(?<!\d)(?:3[01]|[12]\d|0?[1-9])(?!\d)/g;
const MONTH_AFTER = new RegExp(`${ORDINAL}(?:\\.? +|-| +(?:of|van|de) +)${MONTH}\\.?(?![\\p{L}\\p{M}])(?:(?:,? +|-)${YEAR}(?![\\p{N}]))?`, 'iuy');
const DAY_SUFFIX = /(?:st|nd|rd|th)?/y;
const YEAR_AFTER = /,? +((?:19|20)\d{2})(?!\d)/y;

// "12-03-2026", "12/3/2026", "12.03.26", "2026-03-12"
const NUMERIC_RE = /(?<![\d./-])(?:(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)?\d{2})|((?:19|20)\d{2})([-/.])(\d{1,2})\6(\d{1,2}))(?!\d|[-/.]\d)/g;

export type ParsedDate = { day: number; month: number; year: number | null };

function fourDigitYear(y: string): number {
  const n = Number(y);
  if (y.length === 4) return n;
  return n <= 50 ? 2000 + n : 1900 + n;
}

function valid(day: number, month: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

function fromNumeric(m: RegExpExecArray | RegExpMatchArray): ParsedDate | null {
  if (m[5] !== undefined) {
    const year = Number(m[5]);
    const month = Number(m[7]);
    const day = Number(m[8]);
    return valid(day, month) ? { day, month, year } : null;
  }
  const a = Number(m[1]);
  const b = Number(m[3]);
  const year = fourDigitYear(m[4] ?? '');
  if (valid(a, b)) return { day: a, month: b, year };
  if (valid(b, a)) return { day: b, month: a, year };
  return null;
}

function fromNamed(m: RegExpExecArray | RegExpMatchArray): ParsedDate | null {
  // Groups: DAY_MONTH → 1 day, 2 month, 3 year; MONTH_DAY → 4 month, 5 day, 6 year.
  const dayText = m[1] ?? m[5];
  const monthText = m[2] ?? m[4];
  const yearText = m[1] !== undefined ? m[3] : m[6];
  const month = MONTH_BY_NAME.get(foldString(monthText ?? '').replace(/ +/g, ' '));
  const day = Number(dayText);
  if (month === undefined || !valid(day, month)) return null;
  return { day, month, year: yearText ? Number(yearText) : null };
}

export function detectDates(text: string, out: Candidate[], hasDigits: boolean): void {
  if (!hasDigits) return;
  for (const m of text.matchAll(NUMERIC_RE)) {
    if (fromNumeric(m)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'date' });
  }
  const t = classTable();
  for (const m of text.matchAll(DAY_RE)) {
    const dayEnd = m.index + m[0].length;
    if (m.index > 0 && (t[text.charCodeAt(m.index - 1)] ?? 0) & (LETTER | MARK)) continue;
    MONTH_AFTER.lastIndex = dayEnd;
    const after = MONTH_AFTER.exec(text);
    if (after) {
      const month = MONTH_BY_NAME.get(foldString(after[1] ?? '').replace(/ +/g, ' '));
      if (month !== undefined && valid(Number(m[0]), month)) {
        out.push({ start: m.index, end: MONTH_AFTER.lastIndex, kind: 'date' });
        continue;
      }
    }
    monthBefore(text, m.index, dayEnd, Number(m[0]), t, out);
  }
}

/** "March 12(th)(, 2026)": the word before the day at [dayStart, dayEnd) is a month. */
function monthBefore(text: string, dayStart: number, dayEnd: number, day: number, t: Uint8Array, out: Candidate[]): void {
  DAY_SUFFIX.lastIndex = dayEnd;
  let end = dayEnd + (DAY_SUFFIX.exec(text)?.[0].length ?? 0);
  if ((t[text.charCodeAt(end)] ?? 0) & (LETTER | DIGIT)) return;
  let k = dayStart;
  while (k > 0 && dayStart - k < 3 && text[k - 1] === ' ') k--;
  if (k === dayStart) return;
  if (text[k - 1] === '.') k--;
  const wordEnd = k;
  while (k > 0 && (t[text.charCodeAt(k - 1)] ?? 0) & (LETTER | MARK)) k--;
  if (k === wordEnd || (k > 0 && (t[text.charCodeAt(k - 1)] ?? 0) & DIGIT)) return;
  const month = MONTH_BY_NAME.get(foldString(text.slice(k, wordEnd)));
  if (month === undefined || !valid(day, month)) return;
  YEAR_AFTER.lastIndex = end;
  if (YEAR_AFTER.exec(text)) end = YEAR_AFTER.lastIndex;
  out.push({ start: k, end, kind: 'date' });
}

const NUMERIC_EXACT = new RegExp(`^(?:${NUMERIC_RE.source})$`);
const NAMED_EXACT = new RegExp(`^(?:${NAMED_RE.source})$`, 'iu');

/** Day, month and year of a date as the detectors find them, or null. */
export function parseDate(text: string): ParsedDate | null {
  const s = text.trim();
  const numeric = NUMERIC_EXACT.exec(s);
  if (numeric) return fromNumeric(numeric);
  const named = NAMED_EXACT.exec(s);
  return named ? fromNamed(named) : null;
}

/** The brief's form of a date: "[maart 2026]", or "[maart]" without a year. */
export function generaliseDate(d: ParsedDate): string {
  const month = DUTCH_MONTHS[d.month - 1] ?? '';
  return d.year === null ? `[${month}]` : `[${month} ${d.year}]`;
}
