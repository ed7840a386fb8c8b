// Person names, found on the token stream (tokens.ts) by four rules:
//  1. known names (the reporters' names and pseudonyms): the whole name, whatever separates its
//     words, and each part of 3+ letters alone, in any case and with or without diacritics;
//  2. a first name of the shipped list (name-list.ts), capitalised (Latin, Cyrillic) or in Arabic
//     script, with the capitalised surname words and particles after it ("Jan van der Berg",
//     "Mohamed El-Amrani", "محمد بن سلمان");
//  3. a title before a capitalised word or an Arabic-script word ("dhr. Jansen", "Dr Yılmaz",
//     "السيد حسن"), or after one ("Ahmet Bey", "Mehmet adında");
//  4. a relation or naming cue before one ("mijn broer Karim", "named John", "adı Mehmet", "اسمه سمير";
//     after an Arabic relation word, "أخي سمير", only a listed first name).
// Then each part of a full name found by these rules is found alone too, where capitalised.
// Stop lists keep months, weekdays, places, organisations and everyday words out; a first name that
// is also an everyday word ("Can", "Umut", "Ben") needs a surname or a place mid-sentence.
import { MARK, classTable } from './chars';
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from './name-list';
import {
  ARABIC_PARTICLES,
  ARABIC_STOP,
  FUNCTION_WORDS,
  NAMING_CUES,
  NOT_NAMES,
  PARTICLES,
  RELATION_CUES,
  TITLES_AFTER,
  TITLES_BEFORE,
} from './name-words';
import type { Candidate } from './spans';
import { T_ALLCAPS, T_ARABIC, T_CJK, T_DIGITS, T_UPPER, type Tokens, foldToken, hashFolded, tokenStrings } from './tokens';

/** Shortest known name (folded letters and digits) or name part that is matched. */
export const MIN_NAME_LENGTH = 3;

/** Arabic one-letter prefixes written onto a name: و (and), ب (with), ل (to), ف (so). */
const ARABIC_PREFIXES = new Set(['\u0648', '\u0628', '\u0644', '\u0641']);

const CUE_BEFORE = 1;
const CUE_AFTER = 2;
const CUE_RELATION = 4;
const CUE_NAMING = 8;
const CUES: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  const add = (set: ReadonlySet<string>, bit: number) => {
    for (const w of set) m.set(w, (m.get(w) ?? 0) | bit);
  };
  add(TITLES_BEFORE, CUE_BEFORE);
  add(TITLES_AFTER, CUE_AFTER);
  add(RELATION_CUES, CUE_RELATION);
  add(NAMING_CUES, CUE_NAMING);
  return m;
})();
/** Hashes of the words a name may start from (first names, cues): other tokens are skipped unread. */
const START_HASHES: ReadonlySet<number> = new Set([...FIRST_NAMES, ...CUES.keys()].map(hashFolded));

/** Words a relation cue may skip before the name: "mijn naam is Karim", "his name was John". */
const CUE_FILLERS = new Set(['is', 'was', 'ist', 'est']);

/** A name part that is also an everyday word: matched only when written with a capital. */
function capsOnly(part: string): boolean {
  return AMBIGUOUS_FIRST_NAMES.has(part) || FUNCTION_WORDS.has(part);
}

/** Length of folded tokens, a CJK character counting two: "王伟" is a whole name. */
export function weightedLength(tokens: readonly string[]): number {
  let n = 0;
  for (const tok of tokens) n += tok.length === 1 && /\p{Script=Han}|\p{Script=Hangul}|\p{Script=Hiragana}|\p{Script=Katakana}/u.test(tok) ? 2 : tok.length;
  return n;
}

/** The folded key of a name: its folded tokens joined by single spaces ("ayse yilmaz"). */
export function nameKey(name: string): string {
  return tokenStrings(name).join(' ');
}

/** The parts of a folded name key that identify on their own: 3+ letters, not a particle. */
export function nameParts(key: string): string[] {
  return key.split(' ').filter((p) => p.length >= MIN_NAME_LENGTH && !/^\d+$/.test(p) && !PARTICLES.has(p) && !ARABIC_PARTICLES.has(p));
}

/** The caller's known names, indexed for matching on tokens. */
export class KnownNames {
  /** First folded token → the token sequences of the names that start with it, longest first. */
  readonly fulls = new Map<string, string[][]>();
  /** Folded part → whether it needs a capital (see capsOnly). */
  readonly parts = new Map<string, boolean>();
  /** Folded keys of the known names. */
  readonly keys: string[] = [];
  /** Hashes of the parts and first tokens, to skip other tokens unread. */
  readonly hashes = new Set<number>();

  constructor(names: readonly string[]) {
    const seen = new Set<string>();
    for (const name of names) {
      const tokens = tokenStrings(name);
      const key = tokens.join(' ');
      if (weightedLength(tokens) < MIN_NAME_LENGTH || seen.has(key)) continue;
      seen.add(key);
      this.keys.push(key);
      const first = tokens[0] ?? '';
      const list = this.fulls.get(first);
      if (list) list.push(tokens);
      else this.fulls.set(first, [tokens]);
      this.hashes.add(hashFolded(first));
      for (const p of nameParts(key)) {
        this.parts.set(p, capsOnly(p));
        this.hashes.add(hashFolded(p));
      }
    }
    for (const list of this.fulls.values()) list.sort((a, b) => b.length - a.length);
  }

  get empty(): boolean {
    return this.keys.length === 0;
  }
}

class NameFinder {
  private readonly t = classTable();

  constructor(
    private readonly text: string,
    private readonly tk: Tokens,
    private readonly known: KnownNames,
    private readonly out: Candidate[],
  ) {}

  private readonly foldedAt = new Map<number, string>();

  /** The folded form of token i, made on first use. */
  private folded(i: number): string {
    let f = this.foldedAt.get(i);
    if (f === undefined) {
      f = foldToken(this.text.slice(this.tk.start[i] ?? 0, this.tk.end[i] ?? 0));
      this.foldedAt.set(i, f);
    }
    return f;
  }

  private flags(i: number): number {
    return this.tk.flags[i] ?? 0;
  }

  private gap(i: number): string {
    return this.text.slice(this.tk.end[i - 1] ?? 0, this.tk.start[i] ?? 0);
  }

  /** Token ranges of the names of two or more words found in this text. */
  private readonly fullNames: [number, number][] = [];

  private push(first: number, last: number, skip = 0): void {
    this.out.push({ start: (this.tk.start[first] ?? 0) + skip, end: this.tk.end[last] ?? 0, kind: 'person' });
    if (last > first) this.fullNames.push([first, last]);
  }

  /**
   * Second pass: a part of a full name found in this text, alone elsewhere in it ("Ayşe Yılmaz …
   * Yılmaz zei"), written with a capital (Arabic script has none: any).
   */
  private partsOfFullNames(): void {
    const parts = new Map<number, string>();
    for (const [first, last] of this.fullNames) {
      for (let k = first; k <= last; k++) {
        const f = this.folded(k);
        if (f.length >= MIN_NAME_LENGTH && !PARTICLES.has(f) && !ARABIC_PARTICLES.has(f)) parts.set(this.tk.hash[k] ?? 0, f);
      }
    }
    if (parts.size === 0) return;
    for (let i = 0; i < this.tk.count; i++) {
      const fl = this.flags(i);
      if (!(fl & (T_UPPER | T_ARABIC))) continue;
      const part = parts.get(this.tk.hash[i] ?? 0);
      if (part !== undefined && this.folded(i) === part) this.out.push({ start: this.tk.start[i] ?? 0, end: this.tk.end[i] ?? 0, kind: 'person' });
    }
  }

  /** Units of an Arabic one-letter prefix (with its marks) at the start of token i, or 0. */
  private arabicPrefix(i: number, names: { has(name: string): boolean }): number {
    const f = this.folded(i);
    if (!(this.flags(i) & T_ARABIC) || f.length < 4 || !ARABIC_PREFIXES.has(f[0] ?? '') || !names.has(f.slice(1))) return 0;
    let k = (this.tk.start[i] ?? 0) + 1;
    while (k < (this.tk.end[i] ?? 0) && (this.t[this.text.charCodeAt(k)] ?? 0) & MARK) k++;
    return k - (this.tk.start[i] ?? 0);
  }

  /** A space or hyphen (at most two characters) between token i-1 and token i. */
  private joined(i: number): boolean {
    const g = this.gap(i);
    return g.length >= 1 && g.length <= 2 && /^[ \t-]+$/.test(g);
  }

  private sentenceStart(i: number): boolean {
    let k = (this.tk.start[i] ?? 0) - 1;
    while (k >= 0 && ' \t"\'(“„«*•-'.includes(this.text[k] ?? '')) k--;
    return k < 0 || '.!?…؟\n\r'.includes(this.text[k] ?? '');
  }

  /** Whether token i can be (part of) a name in Latin or another cased script. */
  private latinName(i: number): boolean {
    const fl = this.flags(i);
    if (!(fl & T_UPPER) || fl & (T_DIGITS | T_ARABIC | T_CJK)) return false;
    const f = this.folded(i);
    if (f.length < 2 || NOT_NAMES.has(f) || CUES.has(f)) return false;
    // An everyday word is no surname, unless it is a first name written as a name ("Ahmed Said").
    if (FUNCTION_WORDS.has(f) && !(FIRST_NAMES.has(f) && !(fl & T_ALLCAPS))) return false;
    return true;
  }

  private arabicName(i: number): boolean {
    if (!(this.flags(i) & T_ARABIC)) return false;
    const f = this.folded(i);
    return f.length >= 2 && !ARABIC_STOP.has(f) && !NOT_NAMES.has(f) && !CUES.has(f);
  }

  /** Last token of the name that starts at token j: surname words and particles after it. */
  private extendLatin(j: number): number {
    let last = j;
    let k = j + 1;
    for (let added = 0; added < 4 && k < this.tk.count && this.joined(k); added++) {
      if (PARTICLES.has(this.folded(k))) {
        let m = k + 1;
        while (m < this.tk.count && m - k < 3 && PARTICLES.has(this.folded(m)) && this.joined(m)) m++;
        if (m < this.tk.count && this.joined(m) && this.latinName(m)) {
          last = m;
          k = m + 1;
          continue;
        }
        break;
      }
      if (!this.latinName(k)) break;
      last = k;
      k++;
    }
    return last;
  }

  /** Last token of the Arabic-script name at j; family names with the article only when `article`. */
  private extendArabic(j: number, article = true): number {
    let last = j;
    let k = j + 1;
    for (let added = 0; added < 3 && k < this.tk.count && /^[ \t]{1,2}$/.test(this.gap(k)); added++) {
      const f = this.folded(k);
      if (!(this.flags(k) & T_ARABIC)) break;
      if (ARABIC_PARTICLES.has(f)) {
        if (k + 1 < this.tk.count && /^[ \t]{1,2}$/.test(this.gap(k + 1)) && this.arabicName(k + 1)) {
          last = k + 1;
          k += 2;
          continue;
        }
        break;
      }
      if (ARABIC_STOP.has(f) || NOT_NAMES.has(f)) break;
      // A first name, or a family name with the article ("الإدريسي").
      if (!(FIRST_NAMES.has(f) || (article && f.startsWith('\u0627\u0644') && f.length >= 4))) break;
      last = k;
      k++;
    }
    return last;
  }

  /**
   * A name announced by a cue at token j: a capitalised word, or an Arabic-script word (only a
   * first name of the list when `listedArabic`).
   */
  private nameAt(j: number, listedArabic: boolean): void {
    if (j >= this.tk.count) return;
    // A surname with its particles first: "mevrouw De Vries", "dhr. van der Berg".
    if (PARTICLES.has(this.folded(j)) && !(this.flags(j) & T_ARABIC)) {
      let m = j + 1;
      while (m < this.tk.count && m - j < 3 && PARTICLES.has(this.folded(m)) && this.joined(m)) m++;
      if (m < this.tk.count && this.joined(m) && this.latinName(m)) this.push(j, this.extendLatin(m));
      return;
    }
    if (this.latinName(j)) {
      this.push(j, this.extendLatin(j));
    } else if (this.arabicName(j)) {
      if (!listedArabic || FIRST_NAMES.has(this.folded(j))) this.push(j, this.extendArabic(j));
      else {
        const skip = this.arabicPrefix(j, FIRST_NAMES);
        if (skip) this.push(j, this.extendArabic(j), skip);
      }
    }
  }

  private knownAt(i: number): void {
    const f = this.folded(i);
    const seqs = this.known.fulls.get(f);
    if (seqs) {
      for (const seq of seqs) {
        let k = 1;
        while (k < seq.length && i + k < this.tk.count && this.folded(i + k) === seq[k]) k++;
        if (k === seq.length) {
          this.push(i, i + seq.length - 1);
          break;
        }
      }
    }
    const caps = this.known.parts.get(f);
    if (caps !== undefined && (!caps || this.flags(i) & T_UPPER)) this.push(i, i);
    const skip = this.arabicPrefix(i, this.known.parts);
    if (skip) this.push(i, i, skip);
  }

  private cues(i: number): void {
    const cue = CUES.get(this.folded(i));
    if (!cue) return;
    if (cue & CUE_BEFORE && i + 1 < this.tk.count && /^[ \t.]{1,3}$/.test(this.gap(i + 1))) this.nameAt(i + 1, false);
    if (cue & (CUE_RELATION | CUE_NAMING)) {
      let j = i + 1;
      if (j < this.tk.count && CUE_FILLERS.has(this.folded(j)) && /^[ \t]{1,2}$/.test(this.gap(j))) j++;
      if (j < this.tk.count && /^[ \t:"'“”«»]{1,4}$/.test(this.gap(j))) this.nameAt(j, !(cue & CUE_NAMING));
    }
    if (cue & CUE_AFTER && i > 0 && /^[ \t]{1,2}$/.test(this.gap(i))) {
      const p = i - 1;
      if (this.latinName(p)) {
        const first = p > 0 && this.joined(p) && this.latinName(p - 1) ? p - 1 : p;
        this.push(first, p);
      } else if (this.arabicName(p)) {
        this.push(p, p);
      }
    }
  }

  private firstName(i: number): void {
    const fl = this.flags(i);
    const arabic = (fl & T_ARABIC) !== 0;
    if (!arabic && !(fl & T_UPPER)) return;
    let f = this.folded(i);
    let skip = 0;
    if (!FIRST_NAMES.has(f)) {
      skip = this.arabicPrefix(i, FIRST_NAMES);
      if (!skip) return;
      f = f.slice(1);
    }
    if (NOT_NAMES.has(f)) return;
    const ambiguous = AMBIGUOUS_FIRST_NAMES.has(f);
    // An ambiguous Arabic-script name ("أسماء": also "names") needs another name after it; a word
    // with the article ("أسماء الحاضرين", the names of those present) is no evidence.
    const last = arabic ? this.extendArabic(i, !ambiguous) : this.extendLatin(i);
    if (last === i) {
      if (f.length <= 2) return;
      if (ambiguous && (arabic || fl & T_ALLCAPS || this.sentenceStart(i))) return;
    }
    this.push(i, last, skip);
  }

  run(): void {
    const knownToo = !this.known.empty;
    const knownHashes = this.known.hashes;
    const { hash, hashRest } = this.tk;
    for (let i = 0; i < this.tk.count; i++) {
      const fl = this.flags(i);
      if (fl & T_DIGITS) continue;
      const h = hash[i] ?? 0;
      const arabic = (fl & T_ARABIC) !== 0;
      const hr = arabic ? (hashRest[i] ?? 0) : 0;
      if (knownToo && (knownHashes.has(h) || (arabic && knownHashes.has(hr)))) this.knownAt(i);
      if (fl & T_CJK) continue;
      if (START_HASHES.has(h) || (arabic && START_HASHES.has(hr))) {
        this.cues(i);
        this.firstName(i);
      }
    }
    this.partsOfFullNames();
  }
}

export function detectNames(text: string, tokens: Tokens, known: KnownNames, out: Candidate[]): void {
  new NameFinder(text, tokens, known, out).run();
}
