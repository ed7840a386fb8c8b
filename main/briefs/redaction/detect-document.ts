// Passport and identity-card numbers:
//  - Dutch document numbers by their shape: nine characters, two letters first, a digit last,
//    letters and digits between (never the letter O), e.g. "XN12345K7" or the specimen "SPECI2014";
//  - any number after a keyword in the reporters' languages ("paspoortnummer", "ID number",
//    "kimlik no", "رقم الهوية", "کد ملی");
//  - the Turkish T.C. kimlik numarası: eleven digits with its two check digits.
import { DIGIT, LETTER, MARK, classTable } from './chars';
import { isValidTcKimlik } from './checksums';
import type { Candidate } from './spans';

const DUTCH_RE = /(?<![\p{L}\p{N}])[A-NP-Z]{2}[A-NP-Z0-9]{6}\d(?![\p{L}\p{N}])/gu;

const LATIN_KEYWORDS = [
  'paspoortnummer', 'paspoortnr', 'paspoort', 'pasnummer', 'documentnummer', 'id-kaartnummer', 'id-kaart',
  'id kaart', 'identiteitskaartnummer', 'identiteitskaart', 'identiteitsbewijs', 'verblijfsvergunning',
  'verblijfspas', 'vreemdelingennummer', 'v-nummer', 'id-nummer', 'idnummer',
  'passport number', 'passport no', 'passport nr', 'passport', 'document number', 'identity card number',
  'identity card', 'id card number', 'id card', 'id number', 'id no', 'id nr', 'national id', 'residence permit',
  'pasaport numarası', 'pasaport numarasi', 'pasaport no', 'pasaport', 'tc kimlik no', 't.c. kimlik no',
  'tc kimlik', 't.c. kimlik', 'kimlik numarası', 'kimlik numarasi', 'kimlik no', 'kimlik kartı', 'kimlik karti',
  'kimlik', 'cin', 'cnie', 'numéro de passeport', 'passeport',
];
const ARABIC_KEYWORDS = [
  'رقم جواز السفر', 'جواز السفر', 'رقم الجواز', 'جواز', 'رقم الهوية', 'بطاقة الهوية', 'رقم البطاقة', 'البطاقة الوطنية',
  'شماره پاسپورت', 'پاسپورت', 'گذرنامه', 'کد ملی', 'کارت ملی', 'شماره ملی',
];

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
}

// Keywords are found by plain alternations (no Unicode lookbehind at every position: slow), their
// word boundaries checked by hand; then, from the keyword's end, maybe "nummer/no/is/:", and the
// number: letters and digits with at least three digits, or digit groups ("123 456 789").
const LATIN_RE = new RegExp(`(?:${alternation(LATIN_KEYWORDS)})`, 'gi');
const ARABIC_RE = new RegExp(`(?:${alternation(ARABIC_KEYWORDS)})`, 'g');
const NUMBER_AFTER = new RegExp(
  `(?![\\p{L}])[ \\t]*(?:(?:nummer|number|numarası|numarasi|nr|no|num|is|was|:|#|=|-)\\.?[ \\t]*){0,3}` +
    `((?:[A-Za-z]{0,4}\\d[A-Za-z0-9]{3,20})|(?:\\d{2,6}(?:[ -]\\d{2,6}){1,4}))(?![\\p{L}\\p{N}])`,
  'iuy',
);

const TC_RE = /(?<![\d+])[1-9]\d{10}(?!\d)/g;

function digitCount(s: string): number {
  return s.replace(/\D/g, '').length;
}

export function detectDocuments(text: string, out: Candidate[]): void {
  for (const m of text.matchAll(DUTCH_RE)) {
    if (digitCount(m[0]) >= 2) out.push({ start: m.index, end: m.index + m[0].length, kind: 'document' });
  }
  const t = classTable();
  for (const re of [LATIN_RE, ARABIC_RE]) {
    for (const m of text.matchAll(re)) {
      if (m.index > 0 && (t[text.charCodeAt(m.index - 1)] ?? 0) & (LETTER | DIGIT | MARK)) continue;
      NUMBER_AFTER.lastIndex = m.index + m[0].length;
      const after = NUMBER_AFTER.exec(text);
      const id = after?.[1] ?? '';
      if (!after || id.length < 5 || digitCount(id) < 3) continue;
      const end = NUMBER_AFTER.lastIndex;
      out.push({ start: end - id.length, end, kind: 'document' });
    }
  }
  for (const m of text.matchAll(TC_RE)) {
    if (isValidTcKimlik(m[0])) out.push({ start: m.index, end: m.index + m[0].length, kind: 'document' });
  }
}
