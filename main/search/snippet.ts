// Snippets: a window of about 160 characters of the ORIGINAL text around the best hits, as plain
// segments. The original is folded with a map back to its own offsets (normalise.ts), the query's
// terms are found in the folded text exactly as the index matched them, and each hit is mapped back
// to whole clusters of the original — a hit never splits a surrogate pair, a letter from its marks
// (Arabic harakat stay on their letter) or an emoji sequence, and neither does the window's edge.
import type { SnippetSegment } from '../../core/search';
import { isClusterBoundary, normaliseWithMap } from './normalise';
import { isWordStart, type QueryTerm } from './terms';

export const SNIPPET_WIDTH = 160;
const MAX_HITS_PER_TERM = 500;
/** How far the window's edges may move to fall on a space rather than inside a word. */
const WORD_SNAP = 20;

type Hit = { start: number; end: number; term: number };

/** Where the terms occur in `original`, as original offsets, in order; overlapping hits merged. */
export function findHits(original: string, terms: readonly QueryTerm[]): Hit[] {
  const folded = normaliseWithMap(original);
  const hits: Hit[] = [];
  terms.forEach((term, t) => {
    if (term.text === '') return;
    let found = 0;
    let at = folded.text.indexOf(term.text);
    while (at >= 0 && found < MAX_HITS_PER_TERM) {
      if (term.kind !== 'prefix' || isWordStart(folded.text, at)) {
        const last = at + term.text.length - 1;
        hits.push({ start: folded.start[at] ?? 0, end: folded.end[last] ?? 0, term: t });
        found++;
        at = folded.text.indexOf(term.text, at + term.text.length);
      } else {
        at = folded.text.indexOf(term.text, at + 1);
      }
    }
  });
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Hit[] = [];
  for (const h of hits) {
    const prev = merged[merged.length - 1];
    if (prev && h.start < prev.end) prev.end = Math.max(prev.end, h.end);
    else merged.push({ ...h });
  }
  return merged;
}

/** The first window start that covers the most different terms. */
function bestWindow(hits: readonly Hit[], width: number): { from: number; to: number } | null {
  let best: { from: number; to: number; score: number } | null = null;
  for (const h of hits) {
    const terms = new Set<number>();
    let to = h.end;
    for (const other of hits) {
      if (other.start < h.start) continue;
      if (other.end - h.start > width && other !== h) break;
      terms.add(other.term);
      to = Math.max(to, other.end);
    }
    if (!best || terms.size > best.score) best = { from: h.start, to, score: terms.size };
  }
  return best;
}

function snapBack(s: string, k: number): number {
  while (k > 0 && !isClusterBoundary(s, k)) k--;
  return k;
}
function snapForward(s: string, k: number): number {
  while (k < s.length && !isClusterBoundary(s, k)) k++;
  return k;
}

/** Bidi embeddings, overrides and isolates: a cut-out piece must not carry half a pair into the UI. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;
const tidy = (s: string) => s.replace(BIDI_CONTROLS, '').replace(/\s+/g, ' ');

/** A snippet of `original` for the query `terms` (found by `parseQuery`). */
export function buildSnippet(original: string, terms: readonly QueryTerm[], width = SNIPPET_WIDTH): SnippetSegment[] {
  const hits = findHits(original, terms);
  const n = original.length;
  let from = 0;
  let to = Math.min(n, width);
  const span = bestWindow(hits, width);
  if (span) {
    const room = Math.max(0, width - (span.to - span.from));
    from = Math.max(0, span.from - Math.floor(room / 3));
    to = Math.min(n, Math.max(span.to, from + width));
    from = Math.max(0, Math.min(from, to - width));
    // Prefer to cut at a space, as long as no hit of the window is lost.
    const before = original.lastIndexOf(' ', from);
    if (from > 0 && before >= 0 && from - before <= WORD_SNAP) from = before + 1;
    const after = original.indexOf(' ', to);
    if (to < n && after >= 0 && after - to <= WORD_SNAP) to = after;
    else if (to < n) {
      const back = original.lastIndexOf(' ', to);
      if (back > span.to && to - back <= WORD_SNAP) to = back;
    }
  } else {
    const after = original.indexOf(' ', to);
    if (to < n && after >= 0 && after - to <= WORD_SNAP) to = after;
  }
  from = snapBack(original, from);
  to = snapForward(original, to);

  const segments: SnippetSegment[] = [];
  const push = (text: string, hit: boolean) => {
    if (text === '') return;
    const last = segments[segments.length - 1];
    if (last && last.hit === hit) last.text += text;
    else segments.push({ text, hit });
  };
  if (from > 0) push('…', false);
  let at = from;
  for (const h of hits) {
    if (h.end <= from || h.start >= to) continue;
    const s = Math.max(h.start, from);
    const e = Math.min(h.end, to);
    push(tidy(original.slice(at, s)), false);
    push(tidy(original.slice(s, e)), true);
    at = e;
  }
  push(tidy(original.slice(at, to)), false);
  if (to < n) push('…', false);
  // No space just inside the ellipses or at the ends.
  const first = segments[0];
  if (first && !first.hit) first.text = first.text.replace(/^(…?) +/, '$1');
  const last = segments[segments.length - 1];
  if (last && !last.hit) last.text = last.text.replace(/ +(…?)$/, '$1');
  return segments.filter((s) => s.text !== '');
}
