// Character classes and per-character folding, as lookup tables: detection and the leak check walk
// megabytes of text one UTF-16 unit at a time, and a table lookup is far cheaper than a Unicode
// regex or String.normalize per character. Both tables are built once, on first use.
//
// Folding (the same for detection, placeholders and the leak check, so they agree on "the same"):
// lower case; diacritics dropped (NFKD, then combining marks removed: ş→s, é→e, ö→o); Turkish ı→i;
// ß→ss and a few Latin letters without a decomposition (ł, ø, æ…); Arabic script: tashkeel,
// tatweel and hamza marks dropped, so أ إ آ ٱ all become ا, Persian ی/ک become ي/ك and ة/ۀ become ه;
// alef maksura ى stays: folding it to ي would make the preposition على equal to the name علي.
// Arabic-Indic and Persian digits become 0–9.

/** Bits of a character's class. */
export const LETTER = 1;
export const DIGIT = 2;
/** Combining marks and invisible joiners: inside a word, folded away. */
export const MARK = 4;
/** Han, kana, Hangul: written without spaces, so each character is a token of its own. */
export const CJK = 8;
export const UPPER = 16;
export const WORD = LETTER | DIGIT | MARK | CJK;

let table: Uint8Array | null = null;

/** The class bits of every BMP code unit (surrogates count as letters: rare scripts, emoji aside). */
export function classTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) units[cp] = cp >= 0xd800 && cp <= 0xdfff ? 0x20 : cp;
  let all = '';
  for (let at = 0; at < 0x10000; at += 0x1000) all += String.fromCharCode(...units.subarray(at, at + 0x1000));
  const mark = (re: RegExp, bits: number) => {
    for (const m of all.matchAll(re)) t[m.index] = (t[m.index] ?? 0) | bits;
  };
  mark(/\p{L}/gu, LETTER);
  mark(/\p{Nd}/gu, DIGIT);
  mark(/\p{M}/gu, MARK);
  mark(/[\p{Lu}\p{Lt}]/gu, UPPER);
  for (const m of all.matchAll(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/gu)) {
    t[m.index] = CJK;
  }
  // Zero-width (non-)joiners and the soft hyphen sit inside words (Persian writes ZWNJ in them).
  t[0x200c] = MARK;
  t[0x200d] = MARK;
  t[0x00ad] = MARK;
  for (let cp = 0xd800; cp <= 0xdfff; cp++) t[cp] = LETTER;
  table = t;
  return t;
}

const SPECIAL: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  ẞ: 'ss',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ħ: 'h',
  Ħ: 'h',
  þ: 'th',
  Þ: 'th',
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u06cc': '\u064a', // Persian ی → ي
  '\u06a9': '\u0643', // Persian ک → ك
  '\u0629': '\u0647', // ة teh marbuta → ه
  '\u06c0': '\u0647', // ۀ → ه
  '\u06d5': '\u0647', // ە (Kurdish/Uyghur ae) → ه
  '\u0640': '', // tatweel
  '\u200c': '',
  '\u200d': '',
  '\u00ad': '',
};
for (let d = 0; d < 10; d++) {
  SPECIAL[String.fromCharCode(0x0660 + d)] = String(d);
  SPECIAL[String.fromCharCode(0x06f0 + d)] = String(d);
  SPECIAL[String.fromCharCode(0xff10 + d)] = String(d);
}

const folded: (string | undefined)[] = new Array<string | undefined>(0x10000);

function computeFold(c: number): string {
  const ch = String.fromCharCode(c);
  const special = SPECIAL[ch];
  if (special !== undefined) return special;
  if (c < 0x80) return ch.toLowerCase();
  const cls = classTable()[c] ?? 0;
  if (cls & MARK) return '';
  if (!(cls & (LETTER | DIGIT | CJK))) return ch;
  let out = '';
  for (const part of ch.normalize('NFKD')) {
    const code = part.charCodeAt(0);
    if ((classTable()[code] ?? 0) & MARK) continue;
    out += SPECIAL[part] ?? part;
  }
  out = out.toLowerCase();
  return out.length === 1 ? (SPECIAL[out] ?? out) : out;
}

/** The folded form of one BMP code unit ('' for marks and joiners). */
export function foldUnit(c: number): string {
  let f = folded[c];
  if (f === undefined) {
    f = c >= 0xd800 && c <= 0xdfff ? String.fromCharCode(c) : computeFold(c);
    folded[c] = f;
  }
  return f;
}

const same = new Uint8Array(0x10000); // 0 not yet known, 1 folds to itself, 2 changes

/** Whether a BMP code unit folds to itself (most letters of unaccented scripts do). */
export function foldsToItself(c: number): boolean {
  let k = same[c] ?? 0;
  if (k === 0) {
    k = foldUnit(c) === String.fromCharCode(c) ? 1 : 2;
    same[c] = k;
  }
  return k === 1;
}

/** Folds a short string (a token or a name) character by character; ASCII takes a fast path. */
export function foldString(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) >= 0x80) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s.toLowerCase();
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // Units outside the BMP (surrogates) stay as they are, as in foldUnit.
    out += foldUnit(c);
  }
  return out;
}

// Units that `prepare` rewrites, one for one, so positions in the prepared text are positions in
// the original: other digits to ASCII, odd spaces to ' ', dashes to '-', curly apostrophes to "'".
const PREPARE_RE = /[\u0660-\u0669\u06f0-\u06f9\uff10-\uff19\u00a0\u2000-\u200b\u200e\u200f\u202f\u205f\u3000\u2010-\u2015\u2212\u2018\u2019\u02bc\uff0b]/;
const PREPARE_ALL = new RegExp(PREPARE_RE.source, 'g');

function prepareUnit(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0x0660 && c <= 0x0669) return String.fromCharCode(0x30 + c - 0x0660);
  if (c >= 0x06f0 && c <= 0x06f9) return String.fromCharCode(0x30 + c - 0x06f0);
  if (c >= 0xff10 && c <= 0xff19) return String.fromCharCode(0x30 + c - 0xff10);
  if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) return '-';
  if (c === 0x2018 || c === 0x2019 || c === 0x02bc) return "'";
  if (c === 0xff0b) return '+';
  return ' ';
}

/**
 * The text the pattern detectors read: the same length as `text`, with every digit ASCII, every
 * space-like unit (NBSP, thin space, bidi marks around numbers in Arabic text) a plain space and
 * every dash a hyphen-minus. Cheap when there is nothing to rewrite.
 */
export function prepare(text: string): string {
  if (!PREPARE_RE.test(text)) return text;
  return text.replace(PREPARE_ALL, prepareUnit);
}

/** ASCII digits of `s` (other scripts' digits converted), nothing else. */
export function digitsOf(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) out += s[i];
    else if (c >= 0x0660 && c <= 0x0669) out += String.fromCharCode(0x30 + c - 0x0660);
    else if (c >= 0x06f0 && c <= 0x06f9) out += String.fromCharCode(0x30 + c - 0x06f0);
    else if (c >= 0xff10 && c <= 0xff19) out += String.fromCharCode(0x30 + c - 0xff10);
  }
  return out;
}
