// What a query asks for, and the short tokens that answer queries the trigram index cannot.
//
// A query is plain text, never FTS5 syntax: it is split on whitespace ("double quotes" keep a phrase
// together), each term is folded (normalise.ts) and stripped of punctuation at its edges, and every
// term must match (AND). By its folded length a term is
//  - 'substring': 3+ characters, any script — found anywhere in the text by the trigram index;
//  - 'cjk': 1–2 characters of Han, kana or Hangul — found anywhere by a character or bigram token;
//  - 'prefix': 2 characters of another script — found at the start of a word ("ev" finds "evimize");
// one character outside CJK is too short to mean anything and is left out.
import { CJK, charClass, normalise, WORD } from './normalise';

export type TermKind = 'substring' | 'cjk' | 'prefix';
export type QueryTerm = { text: string; kind: TermKind };

const MAX_QUERY = 1000;
const MAX_TERMS = 16;
const MAX_TERM = 200;

/** Punctuation, symbols and spaces at the edges of a term: quotes, brackets, `*`, `-`, `:`, ... */
const EDGES = /^[\p{P}\p{S}\s]+|[\p{P}\p{S}\s]+$/gu;

export function parseQuery(query: string): QueryTerm[] {
  const raw = query.slice(0, MAX_QUERY).replace(/[“”„‟″＂]/g, '"');
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const m of raw.matchAll(/"([^"]*)"|[^\s"]+/g)) {
    const text = [...normalise(m[1] ?? m[0]).replace(EDGES, '')].slice(0, MAX_TERM).join('');
    const kind = termKind(text);
    if (kind === null || seen.has(text)) continue;
    seen.add(text);
    terms.push({ text, kind });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

function termKind(text: string): TermKind | null {
  const cps = [...text].map((c) => c.codePointAt(0) ?? 0);
  if (cps.length >= 3) return 'substring';
  if (cps.length === 0) return null;
  if (cps.every((cp) => charClass(cp) === CJK)) return 'cjk';
  if (cps.length === 2 && cps.every((cp) => charClass(cp) === WORD)) return 'prefix';
  return null;
}

/** An FTS5 string literal: the text is never read as query syntax. */
export function ftsString(text: string): string {
  return `"${text.replaceAll('"', '""')}"`;
}

/**
 * Characters as a token of FTS5's ascii tokenizer: `x` + hex code point each ("警察" → x8b66x5bdf).
 * Nothing in it is a separator, whatever the script or Unicode version.
 */
export function shortToken(cps: readonly number[]): string {
  let t = '';
  for (const cp of cps) t += `x${cp.toString(16)}`;
  return t;
}

/** The token a 'cjk' or 'prefix' term is looked up by. */
export function termToken(term: QueryTerm): string {
  return shortToken([...term.text].map((c) => c.codePointAt(0) ?? 0));
}

/**
 * The short tokens of a folded text: every CJK character and every pair of adjacent ones, and the
 * first two characters of every other word. Distinct, in order of appearance.
 */
export function shortTokens(folded: string): string[] {
  // Keys as numbers while collecting (a pair as (first + 1) · 0x110000 + second): no strings per character.
  const keys = new Set<number>();
  let prev = 0;
  let prevClass = 0;
  let i = 0;
  while (i < folded.length) {
    const cp = folded.codePointAt(i) ?? 0;
    const step = cp > 0xffff ? 2 : 1;
    const cls = charClass(cp);
    if (cls === CJK) {
      keys.add(cp);
      if (prevClass === CJK) keys.add((prev + 1) * 0x110000 + cp);
    } else if (cls === WORD && prevClass !== WORD) {
      const next = folded.codePointAt(i + step);
      if (next !== undefined && charClass(next) === WORD) keys.add((cp + 1) * 0x110000 + next);
    }
    prev = cp;
    prevClass = cls;
    i += step;
  }
  const tokens: string[] = [];
  for (const k of keys) tokens.push(k < 0x110000 ? shortToken([k]) : shortToken([Math.floor(k / 0x110000) - 1, k % 0x110000]));
  return tokens;
}

/** Whether a 'prefix' term may match at `at` in folded text: at the start of a word. */
export function isWordStart(folded: string, at: number): boolean {
  if (at === 0) return true;
  const before = folded.codePointAt(at - 1) ?? 0;
  const prev = before >= 0xdc00 && before <= 0xdfff && at >= 2 ? (folded.codePointAt(at - 2) ?? 0) : before;
  return charClass(prev) !== WORD;
}
