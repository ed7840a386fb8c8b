// Splits text into folded word tokens with their positions, for the name finder and the leak
// check, which must agree on what a token is: a run of letters (with their marks), a run of digits,
// or one CJK character; a change between Arabic and another script ends a word too. Anything
// else separates tokens — hyphens and apostrophes too, so
// "El-Amrani" is two tokens and "Ayşe'nin" yields "ayse"; letters and digits split as well, so
// "Tulp-12", "Tulp12" and "tulp 12" are all [tulp, 12].
import { CJK, DIGIT, LETTER, MARK, UPPER, classTable, foldString, foldUnit, foldsToItself } from './chars';

/** Token flags. */
export const T_UPPER = 1; // first character upper case
export const T_DIGITS = 2; // digits only
export const T_ARABIC = 4; // Arabic script (no case: names are found by other rules)
export const T_ALLCAPS = 8; // two or more letters, all upper case
export const T_CJK = 16;

/**
 * Tokens of a text as parallel arrays. The folded strings are not made here: most tokens are of
 * no interest to the name finder, which checks a token's `hash` (of its folded form, hashFolded)
 * against the hashes of the words it looks for and folds only the few that may match. `hashRest`
 * is the hash without the first letter, for Arabic one-letter prefixes (وأحمد: "and Ahmed").
 */
export type Tokens = {
  count: number;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  hash: Int32Array;
  hashRest: Int32Array;
};

const FNV_BASIS = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** FNV-1a over the UTF-16 units of an already folded string. */
export function hashFolded(s: string): number {
  let h = FNV_BASIS;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a step for the folded form of unit `u`. */
function hashUnit(h: number, u: number): number {
  if (u < 0x80) return Math.imul(h ^ (u >= 0x41 && u <= 0x5a ? u + 32 : u), FNV_PRIME);
  if (foldsToItself(u)) return Math.imul(h ^ u, FNV_PRIME);
  const f = foldUnit(u);
  for (let k = 0; k < f.length; k++) h = Math.imul(h ^ f.charCodeAt(k), FNV_PRIME);
  return h;
}

// Folded forms of recent tokens: words repeat (Zipf), and folding is the costly part.
const foldCache = new Map<string, string>();
const FOLD_CACHE_MAX = 50_000;

export function foldToken(raw: string): string {
  let f = foldCache.get(raw);
  if (f === undefined) {
    f = foldString(raw);
    if (foldCache.size >= FOLD_CACHE_MAX) foldCache.clear();
    foldCache.set(raw, f);
  }
  return f;
}

function isArabic(c: number): boolean {
  return (c >= 0x0600 && c <= 0x06ff) || (c >= 0x0750 && c <= 0x077f) || (c >= 0x08a0 && c <= 0x08ff) || (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfeff);
}

type FoldedSink = (start: number, end: number, flags: number, folded: string) => void;

/**
 * Calls `each` for every token of `text` (see the top of this file) with its position, flags and
 * folded form; tokens whose folded form is empty (a lone mark) are skipped.
 */
export function eachToken(text: string, each: FoldedSink): void {
  const t = classTable();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = t[c] ?? 0;
    if (!(cls & (LETTER | DIGIT | MARK | CJK))) {
      i++;
      continue;
    }
    let j = i + 1;
    let f = 0;
    let fold: string;
    if (cls & CJK) {
      f = T_CJK;
      fold = foldToken(text[i] ?? '');
    } else if (cls & DIGIT) {
      while (j < n && (t[text.charCodeAt(j)] ?? 0) & DIGIT) j++;
      f = T_DIGITS;
      // ASCII digits are their own folded form; other scripts' digits fold to them.
      fold = c < 0x80 ? text.slice(i, j) : foldString(text.slice(i, j));
    } else {
      let upper = cls & UPPER ? 1 : 0;
      let letters = cls & LETTER ? 1 : 0;
      // Whether every unit folds to itself: then the token is its own folded form (most words of
      // Dutch, English, Arabic without hamza…), and no folding or cache lookup is needed.
      let itself = !upper && foldsToItself(c);
      const arabic = isArabic(c);
      while (j < n) {
        const u = text.charCodeAt(j);
        const d = t[u] ?? 0;
        if (!(d & (LETTER | MARK)) || d & CJK) break;
        if (d & LETTER && isArabic(u) !== arabic) break; // a change of script ends a word
        if (d & LETTER) {
          letters++;
          if (d & UPPER) upper++;
        }
        if (itself && (d & UPPER || !foldsToItself(u))) itself = false;
        j++;
      }
      if (cls & UPPER) f |= T_UPPER;
      if (letters >= 2 && upper === letters) f |= T_ALLCAPS;
      if (arabic) f |= T_ARABIC;
      const raw = text.slice(i, j);
      fold = itself ? raw : foldToken(raw);
    }
    if (fold !== '') each(i, j, f, fold);
    i = j;
  }
}

/** Receives tokens from scanTokens: positions, flags, hashes, and a weight (folded length, CJK 2). */
export interface TokenSink {
  token(start: number, end: number, flags: number, hash: number, hashRest: number, weight: number): void;
}

/** Scans `text` into tokens (see the top of this file) with the hashes of their folded forms. */
export function scanTokens(text: string, sink: TokenSink): void {
  const t = classTable();
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    const cls = t[c] ?? 0;
    if (!(cls & (LETTER | DIGIT | MARK | CJK))) {
      i++;
      continue;
    }
    let j = i + 1;
    let f = 0;
    let h = hashUnit(FNV_BASIS, c);
    let rest = FNV_BASIS;
    let weight: number;
    if (cls & CJK) {
      f = T_CJK;
      weight = 2;
    } else if (cls & DIGIT) {
      while (j < n && (t[text.charCodeAt(j)] ?? 0) & DIGIT) h = hashUnit(h, text.charCodeAt(j++));
      f = T_DIGITS;
      weight = j - i;
    } else {
      let upper = cls & UPPER ? 1 : 0;
      let letters = cls & LETTER ? 1 : 0;
      const arabic = isArabic(c);
      while (j < n) {
        const u = text.charCodeAt(j);
        const d = t[u] ?? 0;
        if (!(d & (LETTER | MARK)) || d & CJK) break;
        if (d & LETTER && isArabic(u) !== arabic) break; // a change of script ends a word
        if (d & LETTER) {
          letters++;
          if (d & UPPER) upper++;
        }
        h = hashUnit(h, u);
        if (arabic) rest = hashUnit(rest, u);
        j++;
      }
      if (letters === 0) {
        i = j; // only marks: nothing to fold
        continue;
      }
      if (cls & UPPER) f |= T_UPPER;
      if (letters >= 2 && upper === letters) f |= T_ALLCAPS;
      if (arabic) f |= T_ARABIC;
      weight = letters;
    }
    sink.token(i, j, f, h, rest, weight);
    i = j;
  }
}

class ArraySink implements TokenSink {
  count = 0;
  start: Int32Array;
  end: Int32Array;
  flags: Uint8Array;
  hash: Int32Array;
  hashRest: Int32Array;

  constructor(private cap: number) {
    this.start = new Int32Array(cap);
    this.end = new Int32Array(cap);
    this.flags = new Uint8Array(cap);
    this.hash = new Int32Array(cap);
    this.hashRest = new Int32Array(cap);
  }

  private grow(): void {
    this.cap *= 2;
    const grow32 = (a: Int32Array) => {
      const b = new Int32Array(this.cap);
      b.set(a);
      return b;
    };
    this.start = grow32(this.start);
    this.end = grow32(this.end);
    this.hash = grow32(this.hash);
    this.hashRest = grow32(this.hashRest);
    const f = new Uint8Array(this.cap);
    f.set(this.flags);
    this.flags = f;
  }

  token(start: number, end: number, flags: number, hash: number, hashRest: number): void {
    if (this.count === this.cap) this.grow();
    const k = this.count++;
    this.start[k] = start;
    this.end[k] = end;
    this.flags[k] = flags;
    this.hash[k] = hash;
    this.hashRest[k] = hashRest;
  }
}

/** The tokens of `text`, with positions, flags and hashes (see Tokens). */
export function tokenize(text: string): Tokens {
  const sink = new ArraySink(Math.max(16, Math.ceil(text.length / 5)));
  scanTokens(text, sink);
  return { count: sink.count, start: sink.start, end: sink.end, flags: sink.flags, hash: sink.hash, hashRest: sink.hashRest };
}

/** The folded token strings of a short value (a name, an e-mail address), without positions. */
export function tokenStrings(value: string): string[] {
  const out: string[] = [];
  eachToken(value, (_s, _e, _f, fold) => out.push(fold));
  return out;
}
