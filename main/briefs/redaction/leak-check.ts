// The leak check: does any identifier (a name, pseudonym, phone, e-mail… of any report) occur in
// the brief's outputs, exactly or in a normal form? Built for ~500,000 identifiers against a few
// MB of output: the outputs are read once each, never once per identifier.
//  - Words: identifiers and outputs become folded token streams (tokens.ts: lower case, no
//    diacritics, one alef; letters and digits split), and an identifier's token sequence is looked
//    up by a rolling hash at each output token that starts some identifier. Separators between
//    tokens do not matter ("AYSE  YILMAZ", "ayse.yilmaz", "Ayşe-Yılmaz" all match "Ayşe Yılmaz"),
//    token boundaries do ("Ali" is not found in "Alice").
//  - Digits: phone numbers, BSNs, document and account numbers also as digit strings. Runs of
//    digits in the outputs, whatever separates their groups, are compared group-aligned against
//    every form of the number: "+31612345678" is found as "06 12 34 56 78" and "0031 6 1234 5678".
//  - IBANs: IBAN-shaped strings in the outputs, in electronic format.
// Values whose normal form is shorter than 3 characters are ignored (noise), and so are the
// redactor's own placeholders in the outputs. One hit is reported per place (the longest). The
// excerpt shows a few words around a hit, the hit itself masked; values are never logged nor put
// in errors. A value is matched whole: pass a name's parts as identifiers of their own to have
// them found alone.
import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max';
import { type LeakHit, type LeakIdentifier, PLACEHOLDER_LABELS } from '../../../core/briefs/redaction-types';
import { digitsOf, prepare } from './chars';
import { ibanPrefix } from './detect-iban';
import { DUTCH_MONTHS } from './months';
import { MIN_NAME_LENGTH } from './names';
import { T_ARABIC, type TokenSink, foldToken, hashFolded, scanTokens, tokenStrings } from './tokens';

export type { LeakHit, LeakIdentifier };

const MAX_TOKENS = 30; // longer values (long URLs) are matched by their first 30 tokens
const MIN_DIGITS = 7;
const MAX_DIGITS = 19;
const MASK = '▇▇▇';

let callingCodes: Set<string> | null = null;
function isCallingCode(s: string): boolean {
  if (!callingCodes) {
    callingCodes = new Set<string>();
    for (const c of getCountries()) callingCodes.add(getCountryCallingCode(c));
  }
  return callingCodes.has(s);
}

/**
 * The keys a phone-like number is stored under: its digits with the country code when it has one
 * ("31612345678"), and its national significant number ("612345678"). An output's digits are
 * turned into the same keys (outputKeys), so "+31 6 12345678", "0031612345678", "06-12345678" and
 * "+31 (0)6 1234 5678" all meet.
 */
function phoneKeys(value: string, out: string[]): void {
  const prepared = prepare(value);
  const d = digitsOf(prepared);
  out.push(d);
  let i = 0;
  while (i < prepared.length && (prepared[i] === ' ' || prepared[i] === '(')) i++;
  if (prepared[i] === '+' || d.startsWith('00')) {
    const e = d.startsWith('00') ? d.slice(2) : d;
    const cc = callingCodeOf(e);
    if (cc) {
      out.push(e);
      out.push(e.slice(cc.length).replace(/^0/, ''));
    }
  } else if (d.length >= 2 && d[0] === '0' && d[1] !== '0') {
    // National: Dutch unless written otherwise.
    out.push(`31${d.slice(1)}`);
    out.push(d.slice(1));
  } else if (d.length >= 10) {
    const cc = callingCodeOf(d); // E.164 written without its '+'
    if (cc) out.push(d.slice(cc.length));
  }
}

/** The country calling code an international number (digits, no prefix) starts with, or ''. */
function callingCodeOf(e: string): string {
  for (let k = 1; k <= 3; k++) if (isCallingCode(e.slice(0, k))) return e.slice(0, k);
  return '';
}

/** The keys to look up for digits read in an output (see phoneKeys). */
function outputKeys(d: string, out: string[]): void {
  out.length = 0;
  out.push(d);
  if (d.startsWith('00')) {
    const e = d.slice(2);
    out.push(e);
    const cc = callingCodeOf(e);
    if (cc && e[cc.length] === '0') out.push(cc + e.slice(cc.length + 1));
  } else if (d[0] === '0') {
    out.push(`31${d.slice(1)}`, d.slice(1));
  } else {
    const cc = callingCodeOf(d);
    // "+31 (0)6 …": the trunk 0 after the country code.
    if (cc && d[cc.length] === '0') out.push(cc + d.slice(cc.length + 1));
  }
}

function isPhoneLike(value: string): boolean {
  let digits = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if ((c >= 0x30 && c <= 0x39) || (c >= 0x0660 && c <= 0x0669) || (c >= 0x06f0 && c <= 0x06f9)) digits++;
    else if (!(c === 0x20 || c === 0x2b || c === 0x28 || c === 0x29 || c === 0x2e || c === 0x2f || c === 0x2d || c === 0xa0 || (c >= 0x2010 && c <= 0x2015))) return false;
  }
  return digits >= MIN_DIGITS;
}

function isAsciiLetter(c: number): boolean {
  return (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a;
}
function isAsciiDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

function looksLikeIban(value: string): boolean {
  let i = 0;
  while (value.charCodeAt(i) === 0x20) i++;
  return (
    value.length - i >= 15 &&
    isAsciiLetter(value.charCodeAt(i)) &&
    isAsciiLetter(value.charCodeAt(i + 1)) &&
    isAsciiDigit(value.charCodeAt(i + 2)) &&
    isAsciiDigit(value.charCodeAt(i + 3))
  );
}

// Everything is keyed by 30-bit hashes, so Map keys stay small integers: strings or larger
// numbers as keys make a map of 500,000 entries several times slower to build. A hash only finds
// candidates; every hit is checked against the real strings before it is reported.
const H0 = 0x811c9dc5 | 0;
function step(h: number, id: number): number {
  return Math.imul(h ^ (id + 1), 0x01000193);
}
function small(h: number): number {
  return (h ^ (h >>> 30)) & 0x3fffffff;
}

/** A multimap from 30-bit keys to entries (ints), chained through one array. */
class Chains {
  private readonly head = new Map<number, number>();
  private readonly next: number[] = [];
  readonly value: number[] = [];

  add(key: number, value: number): void {
    this.next.push(this.head.get(key) ?? -1);
    this.value.push(value);
    this.head.set(key, this.value.length - 1);
  }

  first(key: number): number {
    return this.head.get(key) ?? -1;
  }

  after(entry: number): number {
    return this.next[entry] ?? -1;
  }

  get size(): number {
    return this.head.size;
  }
}

/** Collects the token hashes of one value (scanTokens). */
class HashSink implements TokenSink {
  hashes: number[] = [];
  weight = 0;

  reset(): void {
    this.hashes.length = 0;
    this.weight = 0;
  }

  token(_s: number, _e: number, _f: number, hash: number, _r: number, weight: number): void {
    if (this.hashes.length < MAX_TOKENS) {
      this.hashes.push(small(hash));
      this.weight += weight;
    }
  }
}

class LeakIndex {
  /** Hashes of every token of every sequence: other output tokens break a match at once. */
  readonly tokens = new Set<number>();
  /** Sequence key → owner (identifier index). */
  readonly sequences = new Chains();
  /** First token → bit L set when some sequence of L tokens starts with it. */
  readonly firstLens = new Map<number, number>();
  /** Digit key (phoneKeys) → owner. */
  readonly digits = new Chains();
  readonly digitLens = new Set<number>();
  readonly ibans = new Map<string, number>();
  readonly ibanLens = new Set<number>();

  constructor(private readonly identifiers: readonly LeakIdentifier[]) {
    const sink = new HashSink();
    const keys: string[] = [];
    for (let owner = 0; owner < identifiers.length; owner++) {
      const ident = identifiers[owner];
      const value = typeof ident?.value === 'string' ? ident.value : '';
      if (!ident || value === '') continue;
      sink.reset();
      scanTokens(value, sink);
      if (sink.hashes.length > 0 && sink.weight >= MIN_NAME_LENGTH) this.addSequence(sink.hashes, owner);
      const kind = ident.kind;
      if (kind === 'iban' || looksLikeIban(value)) this.addIban(value, owner);
      if (kind === 'bsn' || kind === 'document') {
        this.addDigits(digitsOf(value), owner);
      } else if (kind === 'phone' || isPhoneLike(value)) {
        keys.length = 0;
        phoneKeys(value, keys);
        for (const k of keys) this.addDigits(k, owner);
      }
    }
  }

  private addSequence(ids: readonly number[], owner: number): void {
    let h = H0;
    for (const id of ids) {
      this.tokens.add(id);
      h = step(h, id);
    }
    this.sequences.add(small(h), owner);
    const first = ids[0] ?? 0;
    this.firstLens.set(first, (this.firstLens.get(first) ?? 0) | (1 << ids.length));
  }

  private addDigits(form: string, owner: number): void {
    if (form.length < MIN_DIGITS || form.length > MAX_DIGITS) return;
    this.digits.add(small(hashFolded(form)), owner);
    this.digitLens.add(form.length);
  }

  private addIban(value: string, owner: number): void {
    const compact = prepare(value).replace(/[^A-Za-z0-9]/g, '').toUpperCase();
    const hit = ibanPrefix(compact);
    if (!hit) return;
    if (!this.ibans.has(hit[1])) this.ibans.set(hit[1], owner);
    this.ibanLens.add(hit[1].length);
    // The account number inside it leaks the account on its own.
    for (const run of hit[1].slice(4).match(/\d{7,}/g) ?? []) {
      this.addDigits(run, owner);
      this.addDigits(run.replace(/^0+/, ''), owner);
    }
  }

  /** The folded tokens of an identifier, as the sequence index holds them (for checking hits). */
  identifierTokens(owner: number): string[] {
    return tokenStrings(this.identifiers[owner]?.value ?? '').slice(0, MAX_TOKENS);
  }

  /** Whether `digits` (read in an output) is one of the keys of this identifier. */
  hasDigitKey(owner: number, digits: string): boolean {
    const ident = this.identifiers[owner];
    if (!ident) return false;
    const value = ident.value;
    if (ident.kind === 'bsn' || ident.kind === 'document') return digitsOf(value) === digits;
    const keys: string[] = [];
    if (ident.kind === 'phone' || isPhoneLike(value)) phoneKeys(value, keys);
    if (ident.kind === 'iban' || looksLikeIban(value)) {
      const hit = ibanPrefix(prepare(value).replace(/[^A-Za-z0-9]/g, '').toUpperCase());
      for (const run of hit?.[1].slice(4).match(/\d{7,}/g) ?? []) keys.push(run, run.replace(/^0+/, ''));
    }
    return keys.includes(digits);
  }
}

/** A few words either side of [start, end), the hit masked, whitespace collapsed. */
function excerpt(text: string, start: number, end: number): string {
  const RADIUS = 40;
  let from = Math.max(0, start - RADIUS);
  let to = Math.min(text.length, end + RADIUS);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    if (space !== -1 && space < start) from = space + 1;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  const clean = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${clean(text.slice(from, start))}${MASK}${clean(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}

const ARABIC_PREFIXES = new Set(['\u0648', '\u0628', '\u0644', '\u0641']);
const RUN_RE = /\+?\d[\d ()./-]*\d|\d/g;
const IBAN_RE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,32}/g;

type Hit = { owner: number; start: number; end: number };

/** Output tokens as hashes, with -1 for tokens no identifier has. */
class OutputSink implements TokenSink {
  start: number[] = [];
  end: number[] = [];
  ids: number[] = [];
  /** Whether the token matched without its Arabic one-letter prefix (see below). */
  stripped: boolean[] = [];

  constructor(
    readonly text: string,
    private readonly known: ReadonlySet<number>,
  ) {}

  token(start: number, end: number, flags: number, hash: number, hashRest: number): void {
    let id = small(hash);
    let stripped = false;
    if (!this.known.has(id)) {
      id = -1;
      // Arabic writes "and", "with", "to" onto the next word: وأحمد is "and Ahmed".
      if (flags & T_ARABIC && end - start >= 4 && ARABIC_PREFIXES.has(this.text[start] ?? '')) {
        const rest = small(hashRest);
        if (this.known.has(rest)) {
          id = rest;
          stripped = true;
        }
      }
    }
    this.start.push(start);
    this.end.push(end);
    this.ids.push(id);
    this.stripped.push(stripped);
  }
}

function wordHits(index: LeakIndex, text: string, hits: Hit[]): void {
  if (index.firstLens.size === 0) return;
  const out = new OutputSink(text, index.tokens);
  scanTokens(text, out);
  const { ids, start, end } = out;
  for (let i = 0; i < ids.length; i++) {
    const first = ids[i] ?? -1;
    if (first < 0) continue;
    const lens = index.firstLens.get(first);
    if (!lens) continue;
    let h = H0;
    for (let len = 1; len <= MAX_TOKENS && i + len <= ids.length && lens >>> len; len++) {
      const id = ids[i + len - 1] ?? -1;
      if (id < 0) break;
      h = step(h, id);
      if (!(lens & (1 << len))) continue;
      for (let e = index.sequences.first(small(h)); e !== -1; e = index.sequences.after(e)) {
        const owner = index.sequences.value[e] ?? -1;
        if (owner >= 0 && sameTokens(index.identifierTokens(owner), out, i, len)) {
          hits.push({ owner, start: start[i] ?? 0, end: end[i + len - 1] ?? 0 });
          break; // one identifier per place is enough to point at it
        }
      }
    }
  }
}

/** Whether output tokens [i, i + len) fold to exactly the identifier's tokens. */
function sameTokens(expected: readonly string[], out: OutputSink, i: number, len: number): boolean {
  if (expected.length !== len) return false;
  const text = out.text;
  for (let k = 0; k < len; k++) {
    let f = foldToken(text.slice(out.start[i + k] ?? 0, out.end[i + k] ?? 0));
    if (out.stripped[i + k]) f = f.slice(1);
    if (f !== expected[k]) return false;
  }
  return true;
}

function digitHits(index: LeakIndex, prepared: string, hits: Hit[]): void {
  if (index.digits.size === 0) return;
  const keys: string[] = [];
  for (const m of prepared.matchAll(RUN_RE)) {
    // The groups of digits in the run, with their positions.
    const groups: { start: number; end: number; digits: string }[] = [];
    for (const g of m[0].matchAll(/\d+/g)) groups.push({ start: m.index + g.index, end: m.index + g.index + g[0].length, digits: g[0] });
    for (let i = 0; i < groups.length; i++) {
      let digits = '';
      for (let j = i; j < groups.length; j++) {
        digits += groups[j]?.digits ?? '';
        if (digits.length > MAX_DIGITS + 2) break;
        if (digits.length < MIN_DIGITS) continue;
        outputKeys(digits, keys);
        let found = -1;
        for (const k of keys) {
          if (!index.digitLens.has(k.length)) continue;
          for (let e = index.digits.first(small(hashFolded(k))); e !== -1 && found === -1; e = index.digits.after(e)) {
            const owner = index.digits.value[e] ?? -1;
            if (owner >= 0 && index.hasDigitKey(owner, k)) found = owner;
          }
          if (found !== -1) break;
        }
        if (found !== -1) hits.push({ owner: found, start: groups[i]?.start ?? 0, end: groups[j]?.end ?? 0 });
      }
    }
  }
}

function ibanHits(index: LeakIndex, prepared: string, hits: Hit[]): void {
  if (index.ibans.size === 0) return;
  const re = new RegExp(IBAN_RE.source, 'g');
  for (let m = re.exec(prepared); m; m = re.exec(prepared)) {
    re.lastIndex = m.index + 1; // IBANs may follow each other closely: look again from the next unit
    let compact = '';
    let at = 0;
    const ends: number[] = [];
    for (const c of m[0]) {
      at++;
      if (c === ' ') continue;
      compact += c.toUpperCase();
      ends.push(at);
    }
    for (const len of index.ibanLens) {
      const owner = index.ibans.get(compact.slice(0, len));
      if (owner !== undefined) hits.push({ owner, start: m.index, end: m.index + (ends[len - 1] ?? m[0].length) });
    }
  }
}

// The redactor's own placeholders ("[PERSOON 1]", "[maart 2026]") are blanked before reading an
// output: their words and numbers are not the reporter's, and "[PERSOON 1] [mei]" must not read
// as the date "1 mei".
const PLACEHOLDER_RE = new RegExp(
  `\\[(?:(?:${Object.values(PLACEHOLDER_LABELS).join('|')})(?: \\d+)?|(?:${DUTCH_MONTHS.join('|')})(?: \\d{4})?)\\]`,
  'g',
);

function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER_RE, (p) => ' '.repeat(p.length));
}

/** Leak check: none of these identifiers, in exact or normalised form, may occur in the outputs. */
export function findLeaks(outputs: { where: string; text: string }[], identifiers: LeakIdentifier[]): LeakHit[] {
  const index = new LeakIndex(identifiers);
  const result: LeakHit[] = [];
  for (const output of outputs) {
    const text = output.text;
    const prepared = withoutPlaceholders(prepare(text));
    const hits: Hit[] = [];
    wordHits(index, prepared, hits);
    digitHits(index, prepared, hits);
    ibanHits(index, prepared, hits);
    // One hit per place: the longest identifier found there; hits inside it ("612345678" inside
    // "0031 6 1234 5678", an account number inside its IBAN) add nothing.
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    let coveredTo = -1;
    for (const h of hits) {
      if (h.end <= coveredTo) continue;
      coveredTo = h.end;
      const ident = identifiers[h.owner];
      if (!ident) continue;
      result.push({ kind: ident.kind, value: ident.value, where: output.where, index: h.start, excerpt: excerpt(text, h.start, h.end) });
    }
  }
  return result;
}
