// Street addresses: a street name with a house number.
//  - Dutch: a word ending in straat/laan/weg/plein/gracht/… with a number and maybe an addition
//    ("Kerkstraat 12a", "Van Goghstraat 3-II", "Burgemeester de Monchyplein 5 bis"), and the
//    "Laan van Meerdervoort 52" form;
//  - English: "221B Baker Street", "10 Downing St.", "Baker Street 221B";
//  - Turkish: "Atatürk Caddesi No: 5", "Gül Sok. No 3/2", with a "… Mahallesi" before it;
//  - Arabic and Persian: شارع / خیابان + words + (رقم / پلاک) + number.
// Each is found from its street word (an anchor regex without nested repetition) and widened to
// the capitalised words before it by hand.
import { DIGIT, LETTER, MARK, UPPER, classTable, foldString } from './chars';
import { FUNCTION_WORDS, PARTICLES } from './name-words';
import type { Candidate } from './spans';

const DUTCH_SUFFIXES = [
  'straatweg', 'straat', 'laan', 'weg', 'plein', 'gracht', 'kade', 'singel', 'dijk', 'hof', 'pad', 'steeg', 'dreef',
  'markt', 'park', 'plantsoen', 'baan', 'wal', 'burgwal', 'dam', 'kaai', 'haven', 'veld', 'boulevard', 'allee', 'erf',
  'hoven', 'kamp', 'ring', 'poort', 'berg', 'oord', 'rade', 'hout', 'wijk', 'zijde', 'plaats', 'dreef', 'gaarde', 'kwartier',
];
/** Suffixes that make a street even in lower case ("kerkstraat 12"); "snelweg 3" or "loopbaan 5" need a capital. */
const STRONG = new Set(['straat', 'straatweg', 'laan', 'gracht', 'plein', 'kade', 'singel', 'steeg', 'dreef', 'plantsoen', 'burgwal']);

const ADDITION = "(?:[ -]?(?:bis|hs|[IVX]{1,4}|[A-Za-z])(?![\\p{L}])|-\\d{1,3}(?!\\p{N})|\\/\\d{1,3}(?!\\p{N}))";
// Found from the house number (digits are rare; trying every suffix at every letter is not cheap):
// a number after a letter, then the word before it is checked for a street suffix.
const NUMBER_RE = /(?<!\d)\d{1,5}(?!\d)/g;
const SUFFIX_END = new RegExp(`(?:${[...new Set(DUTCH_SUFFIXES)].sort((a, b) => b.length - a.length).join('|')})$`, 'i');
const ADDITION_AFTER = new RegExp(`${ADDITION}?(?![\\p{L}\\p{N}])`, 'uy');
const LAAN_RE = new RegExp(
  `(?<![\\p{L}])(?:Laan|Plein|Straat|Kade|Dijk|Weg|Singel|Gracht|Markt|Dreef|Burgwal|Park|Hof)(?: (?:van|der|de|den|het|op|ter|ten|te|'t|in|aan))+` +
    ` \\p{Lu}[\\p{L}\\p{M}'-]*(?: \\p{Lu}[\\p{L}\\p{M}'-]*)?,? \\d{1,5}${ADDITION}?(?![\\p{L}\\p{N}])`,
  'gu',
);

// Street words are found by plain alternations; the word boundaries around them are checked by
// hand (a Unicode lookbehind tried at every position of the text costs more than all the rest).
const EN_SUFFIX_RE = / (?:Street|St|Road|Rd|Avenue|Ave|Lane|Ln|Drive|Dr|Boulevard|Blvd|Way|Place|Pl|Square|Sq|Court|Ct|Close|Crescent|Terrace|Gardens|Row|Grove|Mews|Hill)\.?/g;
const EN_NUMBER_BEFORE = /(?<![\p{L}\p{N}])\d{1,5}[A-Za-z]? $/u;
const EN_NUMBER_AFTER = /,? ?\d{1,5}[A-Za-z]?(?![\p{L}\p{N}])/uy;

const TR_ANCHOR_RE = / (?:Caddesi|Cadde|Cad\.|Cd\.|Sokak|Sokağı|Sokagi|Sok\.|Sk\.|Bulvarı|Bulvari|Bulv\.|Blv\.|Meydanı|Yolu|Çıkmazı|Sitesi)/g;
const TR_NUMBER = /,? *(?:(?:No|NO|Numara|Nr|Nu)\.? *:? *\d{1,5}(?:[/-]\d{1,4}|[A-Z](?![\p{L}]))?(?: *,? *(?:D|Daire|Kat|K)\.? *:? *\d{1,3}){0,2}|\d{1,5}(?![\p{L}\p{N}]))/uy;
const TR_MAHALLE_BEFORE = /(?:\p{Lu}[\p{L}\p{M}]*\.? ){1,3}(?:Mahallesi|Mah\.|Mh\.),? *$/u;

const AR_ANCHOR_RE = /(?:شارع|خیابان|كوچة|کوچه|زنقة|درب|زقاق)/g;
const AR_REST = /(?: [\p{L}\p{M}]+){1,4}?[ ،,]*(?:(?:رقم|پلاک|no\.?|nr\.?)[ :]*)?\d{1,5}(?![\p{N}])/uy;

type Word = { start: number; end: number };

function isWordChar(text: string, i: number, t: Uint8Array): boolean {
  return i >= 0 && i < text.length && ((t[text.charCodeAt(i)] ?? 0) & (LETTER | MARK | DIGIT)) !== 0;
}

/** The word (letters, marks, inner hyphens and apostrophes) that ends at `end`, or null. */
function wordBefore(text: string, end: number, t: Uint8Array): Word | null {
  let s = end;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if ((t[c] ?? 0) & (LETTER | MARK)) s--;
    else if ((c === 0x2d || c === 0x27) && s - 2 >= 0 && (t[text.charCodeAt(s - 2)] ?? 0) & LETTER) s--;
    else break;
  }
  return s < end ? { start: s, end } : null;
}

function sentenceStart(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && ' \t"\'(“„«*•-'.includes(text[k] ?? '')) k--;
  return k < 0 || '.!?…؟\n\r:'.includes(text[k] ?? '');
}

/**
 * Extends a street name to the left over capitalised words ("Burgemeester", "Van") and lower-case
 * particles between them ("de"), at most `max` words, each one space (or hyphen) from the next.
 * Digits count as words when `digits` (Turkish "19 Mayıs Caddesi").
 */
function extendLeft(text: string, start: number, max: number, digits: boolean): number {
  const t = classTable();
  let best = start;
  let at = start;
  for (let n = 0; n < max; n++) {
    const gap = text[at - 1];
    if (gap !== ' ' && gap !== '-') break;
    if (text[at - 2] === ' ') break;
    let w = wordBefore(text, at - 1, t);
    if (!w && digits) {
      let s = at - 1;
      while (s > 0 && /\d/.test(text[s - 1] ?? '')) s--;
      if (s < at - 1) w = { start: s, end: at - 1 };
    }
    // A word glued to digits ("221B") is a house number, not part of the street name.
    if (w && w.start > 0 && (t[text.charCodeAt(w.start - 1)] ?? 0) & (LETTER | DIGIT)) break;
    if (!w) break;
    const raw = text.slice(w.start, w.end);
    const folded = foldString(raw);
    const capital = ((t[text.charCodeAt(w.start)] ?? 0) & UPPER) !== 0 || /^\d/.test(raw);
    if (PARTICLES.has(folded)) {
      at = w.start;
      if (capital) best = at; // "Van Goghstraat", "De Ruyterstraat"
      continue; // a lower-case particle only counts when a capitalised word comes before it
    }
    if (!capital || FUNCTION_WORDS.has(folded)) break;
    // A capitalised first word of a sentence before the street's own words is just that
    // ("Adresim Atatürk Caddesi"); as the street's only extra word it belongs to it.
    if (best < start && sentenceStart(text, w.start)) break;
    at = w.start;
    best = at;
  }
  return best;
}

function detectDutch(text: string, out: Candidate[]): void {
  const t = classTable();
  for (const m of text.matchAll(NUMBER_RE)) {
    // Back over " ", "," or ", " to the word before the number.
    let k = m.index;
    if (text[k - 1] === ' ') k--;
    if (text[k - 1] === ',') k--;
    if (text[k - 1] === ' ' && k < m.index) k--;
    const word = wordBefore(text, k, t);
    if (!word) continue;
    const suffix = SUFFIX_END.exec(text.slice(word.start, word.end));
    if (!suffix) continue;
    ADDITION_AFTER.lastIndex = m.index + m[0].length;
    if (!ADDITION_AFTER.exec(text)) continue;
    const end = ADDITION_AFTER.lastIndex;
    const suffixStart = word.end - suffix[0].length;
    // "'s-Gravendijkwal": the capital comes after the "s-".
    const first = text.startsWith('s-', word.start) ? word.start + 2 : word.start;
    const capital = ((t[text.charCodeAt(first)] ?? 0) & UPPER) !== 0;
    let start: number;
    if (suffixStart > word.start) {
      if (!capital && !STRONG.has(suffix[0].toLowerCase())) continue;
      start = extendLeft(text, word.start, 3, false);
    } else {
      // The suffix is the whole word ("Oude Gracht 12"): only with a capitalised word before it.
      if (!capital) continue;
      start = extendLeft(text, word.start, 3, false);
      if (start === word.start) continue;
    }
    out.push({ start, end, kind: 'address' });
  }
  for (const m of text.matchAll(LAAN_RE)) out.push({ start: m.index, end: m.index + m[0].length, kind: 'address' });
}

function detectEnglish(text: string, out: Candidate[]): void {
  const t = classTable();
  for (const m of text.matchAll(EN_SUFFIX_RE)) {
    const at = m.index + 1; // after the space
    const end = m.index + m[0].length;
    if (!isWordChar(text, m.index - 1, t) || (!m[0].endsWith('.') && isWordChar(text, end, t))) continue;
    const nameStart = extendLeft(text, at, 3, false);
    if (nameStart === at) continue;
    const before = EN_NUMBER_BEFORE.exec(text.slice(Math.max(0, nameStart - 8), nameStart));
    if (before) {
      out.push({ start: nameStart - before[0].length, end: end - (m[0].endsWith('.') ? 1 : 0), kind: 'address' });
      continue;
    }
    EN_NUMBER_AFTER.lastIndex = end;
    const after = EN_NUMBER_AFTER.exec(text);
    if (after) out.push({ start: nameStart, end: end + after[0].length, kind: 'address' });
  }
}

function detectTurkish(text: string, out: Candidate[]): void {
  const t = classTable();
  for (const m of text.matchAll(TR_ANCHOR_RE)) {
    const end = m.index + m[0].length;
    if (!isWordChar(text, m.index - 1, t) || (!m[0].endsWith('.') && isWordChar(text, end, t))) continue;
    TR_NUMBER.lastIndex = end;
    const num = TR_NUMBER.exec(text);
    if (!num) continue;
    let start = extendLeft(text, m.index + 1, 3, true);
    if (start === m.index + 1) continue;
    const mahalle = TR_MAHALLE_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
    if (mahalle) start -= mahalle[0].length;
    out.push({ start, end: end + num[0].length, kind: 'address' });
  }
}

export function detectAddresses(text: string, out: Candidate[]): void {
  detectDutch(text, out);
  detectEnglish(text, out);
  detectTurkish(text, out);
  const t = classTable();
  for (const m of text.matchAll(AR_ANCHOR_RE)) {
    if (isWordChar(text, m.index - 1, t)) continue;
    AR_REST.lastIndex = m.index + m[0].length;
    const rest = AR_REST.exec(text);
    if (rest) out.push({ start: m.index, end: AR_REST.lastIndex, kind: 'address' });
  }
}
