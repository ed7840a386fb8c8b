// Near-duplicate narratives: the text folded as search folds it (case, diacritics, Arabic and
// Cyrillic letter forms), cut into tokens (words; each CJK character on its own), and into
// shingles of three tokens. A MinHash signature of 64 values estimates the Jaccard similarity of
// two shingle sets (64 seeded 32-bit hashes); 16 bands of 4 values each are LSH keys, so candidates come from an index
// lookup instead of a comparison with every report. Candidates are then compared exactly.
import { CJK, WORD, charClass, normalise } from '../search/normalise';

export const SHINGLE_TOKENS = 3;
export const MINHASH_SIZE = 64;
export const LSH_BANDS = 16;
const ROWS = MINHASH_SIZE / LSH_BANDS;
/** One fixed 32-bit seed per hash function, the same on every machine and in every version. */
const SEEDS: Uint32Array = (() => {
  let s = 0x9e3779b9;
  const out = new Uint32Array(MINHASH_SIZE);
  for (let i = 0; i < MINHASH_SIZE; i++) {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    out[i] = s >>> 0;
  }
  return out;
})();

/** A strong 32-bit mixer (murmur3's finaliser): hash i of x is mix(x ^ seed_i). */
function mix(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x85ebca6b);
  x = Math.imul(x ^ (x >>> 13), 0xc2b2ae35);
  return (x ^ (x >>> 16)) >>> 0;
}

/** Folded tokens: runs of letters and digits, and single CJK characters. */
export function tokens(text: string): string[] {
  const folded = normalise(text);
  const out: string[] = [];
  let word = '';
  for (const ch of folded) {
    const cls = charClass(ch.codePointAt(0) ?? 0);
    if (cls === WORD) {
      word += ch;
      continue;
    }
    if (word) out.push(word);
    word = '';
    if (cls === CJK) out.push(ch);
  }
  if (word) out.push(word);
  return out;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** 32-bit hashes of the token shingles (a text shorter than a shingle is one shingle). */
export function shingleSet(text: string): Set<number> {
  const t = tokens(text);
  const out = new Set<number>();
  if (t.length === 0) return out;
  if (t.length < SHINGLE_TOKENS) out.add(fnv1a(t.join(' ')));
  for (let i = 0; i + SHINGLE_TOKENS <= t.length; i++) out.add(fnv1a(t.slice(i, i + SHINGLE_TOKENS).join(' ')));
  return out;
}

export function minhash(shingles: Set<number>): Uint32Array {
  const sig = new Uint32Array(MINHASH_SIZE).fill(0xffffffff);
  for (const x of shingles) {
    for (let i = 0; i < MINHASH_SIZE; i++) {
      const v = mix(x ^ (SEEDS[i] as number));
      if (v < (sig[i] as number)) sig[i] = v;
    }
  }
  return sig;
}

/** The LSH key of each band: band number in the high bits, a hash of its values in the low 32. */
export function lshKeys(sig: Uint32Array): number[] {
  const keys: number[] = [];
  for (let band = 0; band < LSH_BANDS; band++) {
    let h = 0x811c9dc5 ^ band;
    for (let r = 0; r < ROWS; r++) {
      h ^= sig[band * ROWS + r] as number;
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    keys.push(band * 2 ** 32 + (h >>> 0));
  }
  return keys;
}

export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < MINHASH_SIZE; i++) if (a[i] === b[i]) same++;
  return same / MINHASH_SIZE;
}

export function jaccard(a: Set<number>, b: Set<number>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let inter = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const x of small) if (large.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export type Passage = { a: string; b: string; tokens: number };

/**
 * The longest passages two texts share (runs of at least `min` equal folded tokens), as they
 * read in each text, longest first. For showing side by side why two narratives match.
 */
export function sharedPassages(textA: string, textB: string, opts: { min?: number; max?: number } = {}): Passage[] {
  const min = opts.min ?? 6;
  const max = opts.max ?? 3;
  const ta = wordSpans(textA);
  const tb = wordSpans(textB);
  const at = new Map<string, number[]>();
  for (let j = 0; j + min <= tb.length; j++) {
    const key = tb.slice(j, j + min).map((t) => t.token).join(' ');
    at.set(key, [...(at.get(key) ?? []), j]);
  }
  const found: { i: number; j: number; len: number }[] = [];
  const covered = new Set<number>();
  for (let i = 0; i + min <= ta.length; i++) {
    if (covered.has(i)) continue;
    const key = ta.slice(i, i + min).map((t) => t.token).join(' ');
    let best: { i: number; j: number; len: number } | null = null;
    for (const j of at.get(key) ?? []) {
      let len = min;
      while (i + len < ta.length && j + len < tb.length && ta[i + len]?.token === tb[j + len]?.token) len++;
      if (!best || len > best.len) best = { i, j, len };
    }
    if (best) {
      found.push(best);
      for (let k = best.i; k < best.i + best.len; k++) covered.add(k);
    }
  }
  found.sort((x, y) => y.len - x.len);
  return found.slice(0, max).map((f) => ({
    a: textA.slice(ta[f.i]?.start ?? 0, ta[f.i + f.len - 1]?.end ?? 0),
    b: textB.slice(tb[f.j]?.start ?? 0, tb[f.j + f.len - 1]?.end ?? 0),
    tokens: f.len,
  }));
}

/** Tokens with where they are in the original text (per word; the fold keeps word boundaries). */
function wordSpans(text: string): { token: string; start: number; end: number }[] {
  const out: { token: string; start: number; end: number }[] = [];
  const re = /[\p{L}\p{N}\p{M}]+/gu;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    for (const t of tokens(m[0])) out.push({ token: t, start: m.index, end: m.index + m[0].length });
  }
  return out;
}
