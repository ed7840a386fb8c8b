// The one folding of text for search, used for indexed text, queries and snippets alike, so a query
// matches wherever its folded form is a substring of the folded text:
//  - case: lower case; Turkish ı and İ both become i, ß becomes ss, final ς becomes σ;
//  - compatibility forms (NFKD): ligatures (ﬁ → fi), full-width letters, Arabic presentation forms;
//  - diacritics: the combining marks of Latin, Greek, Cyrillic, Hebrew and Arabic are dropped
//    (ö → o, ğ → g, ё → е, Arabic harakat, أ إ آ → ا) — but not Cyrillic й/ў, which are letters of
//    their own, nor the marks of Indic scripts or Japanese voicing marks, which change the word;
//  - Arabic script: tatweel dropped, ٱ → ا, ى and Persian ی → ي, Persian ک → ك, ة and ۀ → ه,
//    Arabic-Indic and Persian digits → 0–9;
//  - invisible format characters (ZWNJ, ZWJ, bidi controls, soft hyphen) dropped; whitespace runs
//    become one space, none at either end.
// The text is folded per cluster (a character with its combining marks, or an emoji sequence), and
// `normaliseWithMap` records for every UTF-16 unit of the folded text the cluster of the original it
// came from: a match in folded text maps back to whole characters of the original.
//
// Changing any rule here changes what the index holds: bump NORMALISER_VERSION, and the index is
// rebuilt on the next `ensureSearchIndex`.

export const NORMALISER_VERSION = 1;

/** Marks dropped after NFKD, as [first, last] code points (U+0306 breve apart: see `dropped`). */
const FOLD_MARKS: readonly (readonly [number, number])[] = [
  [0x0080, 0x009f], // C1 controls
  [0x0300, 0x0305], // combining diacritics (Latin, Greek, Cyrillic…)
  [0x0307, 0x036f],
  [0x0483, 0x0489], // Cyrillic titlo and friends
  [0x0591, 0x05bd], // Hebrew points
  [0x05bf, 0x05bf],
  [0x05c1, 0x05c2],
  [0x05c4, 0x05c5],
  [0x05c7, 0x05c7],
  [0x0610, 0x061a], // Arabic: harakat, hamza and madda above/below, Quranic marks
  [0x0640, 0x0640], // tatweel
  [0x064b, 0x065f],
  [0x0670, 0x0670],
  [0x06d6, 0x06dc],
  [0x06df, 0x06e4],
  [0x06e7, 0x06e8],
  [0x06ea, 0x06ed],
  [0x0730, 0x074a], // Syriac
  [0x0898, 0x089f], // Arabic extended
  [0x08ca, 0x08e1],
  [0x08e3, 0x08ff],
  [0x1ab0, 0x1aff], // more combining diacritics
  [0x1dc0, 0x1dff],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f], // variation selectors
  [0xfe20, 0xfe2f],
  [0xe0100, 0xe01ef],
];
const FORMAT = /\p{Cf}/u; // ZWNJ, ZWJ, bidi controls, soft hyphen, BOM, tags

function dropped(cp: number, prev: number): boolean {
  // The breve makes й and ў out of и and у: letters of their own. Elsewhere (ğ, ă) it is a diacritic.
  if (cp === 0x0306) return !(prev === 0x0418 || prev === 0x0438 || prev === 0x0423 || prev === 0x0443);
  for (const [lo, hi] of FOLD_MARKS) if (cp >= lo && cp <= hi) return true;
  return cp >= 0x00ad && FORMAT.test(String.fromCodePoint(cp));
}

function dropMarks(s: string): string {
  let out = '';
  let prev = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!dropped(cp, prev)) out += ch;
    prev = cp;
  }
  return out;
}

const AFTER: Record<string, string> = {
  ı: 'i',
  ß: 'ss',
  ς: 'σ',
  ł: 'l',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
  œ: 'oe',
  ħ: 'h',
  '\u0671': '\u0627', // ٱ alef wasla → ا
  '\u0649': '\u064a', // ى alef maksura → ي
  '\u06cc': '\u064a', // Persian ی → ي
  '\u06a9': '\u0643', // Persian ک → ك
  '\u0629': '\u0647', // ة teh marbuta → ه
};
for (let d = 0; d < 10; d++) {
  AFTER[String.fromCharCode(0x0660 + d)] = String(d);
  AFTER[String.fromCharCode(0x06f0 + d)] = String(d);
}
const AFTER_RE = new RegExp(`[${Object.keys(AFTER).join('')}]`, 'gu');

const cache = new Map<string, string>();
const CACHE_MAX = 20_000;

/** The folded form of one cluster: '' (dropped), ' ' (whitespace) or its folded characters. */
function foldCluster(cluster: string): string {
  const known = cache.get(cluster);
  if (known !== undefined) return known;
  // ۀ before NFKD, which would make it ە + hamza rather than ه.
  let x = cluster.normalize('NFC').replace('\u06c0', '\u0647');
  x = dropMarks(x.normalize('NFKD')).toLowerCase();
  x = x.replace(AFTER_RE, (c) => AFTER[c] ?? c).normalize('NFC');
  if (/\s/.test(x)) x = x.trim() === '' ? ' ' : x.replace(/\s+/g, ' ').trim();
  if (cache.size >= CACHE_MAX) cache.clear();
  cache.set(cluster, x);
  return x;
}

/** Folded forms of single BMP characters (no marks after them), filled as they are met. */
const single: (string | undefined)[] = new Array<string | undefined>(0x10000);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  single[c] = /\s/.test(ch) ? ' ' : /\p{Cc}/u.test(ch) ? '' : ch.toLowerCase();
}

// ---- character classes -------------------------------------------------------------------------

export const OTHER = 0;
/** A letter, digit or mark outside the CJK scripts: part of a word. */
export const WORD = 1;
/** Han, kana, Hangul, Bopomofo: scripts written without spaces between words (Korean aside). */
export const CJK = 2;
/** Continues the cluster before it: a combining mark, ZWJ, an emoji modifier or tag, Hangul jamo. */
const EXTENDS = 4;

const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u30fc]/u;
const WORD_RE = /[\p{L}\p{N}\p{M}]/u;
const MARK_RE = /\p{M}/u;

function classify(cp: number): number {
  const ch = String.fromCodePoint(cp);
  let c = CJK_RE.test(ch) ? CJK : WORD_RE.test(ch) ? WORD : OTHER;
  if (MARK_RE.test(ch) || cp === 0x200d || (cp >= 0x1f3fb && cp <= 0x1f3ff) || (cp >= 0xe0020 && cp <= 0xe007f)) c |= EXTENDS;
  if ((cp >= 0x1160 && cp <= 0x11ff) || (cp >= 0xd7b0 && cp <= 0xd7ff)) c |= EXTENDS;
  return c;
}

let bmp: Uint8Array | null = null;
/** The classes of all BMP characters: three regex scans over one string of them all (fast). */
function classes(): Uint8Array {
  if (bmp) return bmp;
  const t = new Uint8Array(0x10000);
  const units = new Uint16Array(0x10000);
  for (let cp = 0; cp < 0x10000; cp++) units[cp] = cp >= 0xd800 && cp <= 0xdfff ? 0 : cp; // no surrogates: index = code point
  let all = '';
  for (let at = 0; at < 0x10000; at += 0x1000) all += String.fromCharCode(...units.subarray(at, at + 0x1000));
  const mark = (re: RegExp, bits: number) => {
    for (const m of all.matchAll(re)) t[m.index] = (t[m.index] ?? 0) | bits;
  };
  mark(new RegExp(WORD_RE.source, 'gu'), WORD);
  for (const m of all.matchAll(new RegExp(CJK_RE.source, 'gu'))) t[m.index] = ((t[m.index] ?? 0) & ~3) | CJK;
  mark(new RegExp(MARK_RE.source, 'gu'), EXTENDS);
  t[0x200d] = (t[0x200d] ?? 0) | EXTENDS;
  for (let cp = 0x1160; cp <= 0x11ff; cp++) t[cp] = (t[cp] ?? 0) | EXTENDS;
  for (let cp = 0xd7b0; cp <= 0xd7ff; cp++) t[cp] = (t[cp] ?? 0) | EXTENDS;
  bmp = t;
  return t;
}

function classBits(cp: number): number {
  return cp < 0x10000 ? (classes()[cp] ?? OTHER) : classify(cp);
}

/** OTHER, WORD or CJK. */
export function charClass(cp: number): number {
  return classBits(cp) & 3;
}

/** Where the cluster starting at `i` ends: after its combining marks, ZWJ sequences and modifiers. */
export function clusterEnd(s: string, i: number): number {
  const n = s.length;
  let cp = s.codePointAt(i) ?? 0;
  let j = i + (cp > 0xffff ? 2 : 1);
  while (j < n) {
    const joined = cp === 0x200d;
    cp = s.codePointAt(j) ?? 0;
    if (!joined && !(classBits(cp) & EXTENDS)) break;
    j += cp > 0xffff ? 2 : 1;
  }
  return j;
}

/** Whether `k` is a cluster boundary of `s`: cutting there splits no character, mark or emoji. */
export function isClusterBoundary(s: string, k: number): boolean {
  if (k <= 0 || k >= s.length) return true;
  const unit = s.charCodeAt(k);
  const prev = s.charCodeAt(k - 1);
  if (unit >= 0xdc00 && unit <= 0xdfff && prev >= 0xd800 && prev <= 0xdbff) return false;
  if (prev === 0x200d) return false;
  return !(classBits(s.codePointAt(k) ?? 0) & EXTENDS);
}

// ---- folding -------------------------------------------------------------------------------------

export type NormalisedText = {
  text: string;
  /** For each UTF-16 unit of `text`: where its cluster starts in the original… */
  start: Int32Array;
  /** …and where it ends (exclusive). */
  end: Int32Array;
};

/** Output buffers, reused: folding builds no intermediate strings per character. */
let units = new Uint16Array(1 << 14);
let starts = new Int32Array(1 << 14);
let ends = new Int32Array(1 << 14);

function grow(need: number, withMap: boolean): void {
  if (need > units.length) {
    const u = new Uint16Array(Math.max(need, units.length * 2));
    u.set(units);
    units = u;
  }
  if (withMap && need > starts.length) {
    const st = new Int32Array(Math.max(need, starts.length * 2));
    st.set(starts);
    starts = st;
    const en = new Int32Array(st.length);
    en.set(ends);
    ends = en;
  }
}

function decode(length: number): string {
  // UTF-16 code units as they are (lone surrogates too: TextDecoder would replace those); the
  // typed array is little-endian on every platform Electron runs on.
  return Buffer.from(units.buffer, units.byteOffset, length * 2).toString('utf16le');
}

/** Folds `s` into `units` (and, with `withMap`, its origins into `starts`/`ends`); returns the length. */
function fold(s: string, withMap: boolean): number {
  const table = classes();
  const n = s.length;
  let len = 0;
  let space = false;
  let spaceFrom = 0;
  let spaceTo = 0;
  let i = 0;
  while (i < n) {
    const c = s.charCodeAt(i);
    let j: number;
    let f: string;
    const next = i + 1 < n ? s.charCodeAt(i + 1) : 0;
    // Fast path: a BMP character on its own (the next unit neither a mark nor a surrogate).
    if (c !== 0x200d && (c < 0xd800 || c > 0xdfff) && (next < 0xd800 || next > 0xdfff) && !((table[next] ?? 0) & EXTENDS)) {
      j = i + 1;
      f = single[c] ?? (single[c] = foldCluster(String.fromCharCode(c)));
    } else {
      j = clusterEnd(s, i);
      f = foldCluster(s.slice(i, j));
    }
    if (f === ' ') {
      if (!space) {
        space = true;
        spaceFrom = i;
      }
      spaceTo = j;
    } else if (f !== '') {
      if (len + f.length + 1 > (withMap ? Math.min(units.length, starts.length) : units.length)) grow(len + f.length + 1, withMap);
      if (space) {
        space = false;
        if (len > 0) {
          if (withMap) {
            starts[len] = spaceFrom;
            ends[len] = spaceTo;
          }
          units[len++] = 0x20;
        }
      }
      for (let k = 0; k < f.length; k++) {
        if (withMap) {
          starts[len] = i;
          ends[len] = j;
        }
        units[len++] = f.charCodeAt(k);
      }
    }
    i = j;
  }
  return len;
}

/** The folded form of `s` (see the top of this file). */
export function normalise(s: string): string {
  return decode(fold(s, false));
}

/** The folded form of `s` with, for every unit of it, the range of `s` it came from. */
export function normaliseWithMap(s: string): NormalisedText {
  const length = fold(s, true);
  return { text: decode(length), start: starts.slice(0, length), end: ends.slice(0, length) };
}
