// Turns the detectors' overlapping candidates into sorted, non-overlapping spans. The more specific
// kind wins an overlap (an e-mail address over the name inside it, a BSN over the "landline" its
// digits also parse as — but not over a longer phone number that contains it —, a date over a
// phone number); within a rank, the longer candidate wins.
// A candidate that loses only part of itself keeps the rest when that rest still identifies
// someone ("Ayşe" of a name whose surname an address took): better redacted twice than leaked.
import type { IdentifierKind, Span } from '../../../core/briefs/redaction-types';
import { DIGIT, LETTER, classTable } from './chars';

export type Candidate = { start: number; end: number; kind: IdentifierKind };

const RANK: Readonly<Record<IdentifierKind, number>> = {
  email: 0,
  url: 0,
  iban: 1,
  ip: 2,
  bsn: 3,
  document: 3,
  date: 4,
  phone: 5,
  postcode: 6,
  plate: 6,
  address: 7,
  handle: 8,
  person: 9,
};

/** Letters and digits in text[start, end). */
function alnumCount(text: string, start: number, end: number): number {
  const t = classTable();
  let k = 0;
  for (let i = start; i < end; i++) if ((t[text.charCodeAt(i)] ?? 0) & (LETTER | DIGIT)) k++;
  return k;
}

/** [start, end) without separators at either end. */
function trim(text: string, start: number, end: number): [number, number] {
  const t = classTable();
  while (start < end && !((t[text.charCodeAt(start)] ?? 0) & (LETTER | DIGIT))) start++;
  while (end > start && !((t[text.charCodeAt(end - 1)] ?? 0) & (LETTER | DIGIT))) end--;
  return [start, end];
}

function keepsRest(kind: IdentifierKind, alnum: number): boolean {
  return kind === 'person' || kind === 'address' ? alnum >= 2 : alnum >= 4;
}

/**
 * BSN candidates that lie inside a longer phone number: the BSN rank is there for a BSN that
 * also parses as a landline, not for the last nine digits of "+375 33 665 76 47 90".
 */
function bsnsInsidePhones(candidates: readonly Candidate[]): Set<Candidate> {
  const phones = candidates.filter((c) => c.kind === 'phone');
  const inside = new Set<Candidate>();
  if (phones.length === 0) return inside;
  for (const b of candidates) {
    if (b.kind !== 'bsn') continue;
    if (phones.some((p) => p.start <= b.start && p.end >= b.end && p.end - p.start > b.end - b.start)) inside.add(b);
  }
  return inside;
}

/** Sorted, non-overlapping spans out of candidates (see the top of this file). */
export function resolveCandidates(text: string, candidates: Candidate[]): Span[] {
  if (candidates.length === 0) return [];
  const dropped = bsnsInsidePhones(candidates);
  const order = candidates
    .filter((c) => c.start >= 0 && c.end <= text.length && c.end > c.start && !dropped.has(c))
    .sort((a, b) => RANK[a.kind] - RANK[b.kind] || b.end - b.start - (a.end - a.start) || a.start - b.start);
  // One byte per unit of the text, set where a span was taken: overlap checks cost the candidate's
  // length, however many spans there are.
  const taken = new Uint8Array(text.length);
  const out: Candidate[] = [];
  for (const c of order) {
    let free = true;
    for (let i = c.start; i < c.end; i++) {
      if (taken[i]) {
        free = false;
        break;
      }
    }
    const pieces: [number, number][] = [];
    if (free) {
      pieces.push([c.start, c.end]);
    } else {
      let i = c.start;
      while (i < c.end) {
        while (i < c.end && taken[i]) i++;
        const from = i;
        while (i < c.end && !taken[i]) i++;
        if (i > from) {
          const [s, e] = trim(text, from, i);
          if (e > s && keepsRest(c.kind, alnumCount(text, s, e))) pieces.push([s, e]);
        }
      }
    }
    for (const [s, e] of pieces) {
      taken.fill(1, s, e);
      out.push({ start: s, end: e, kind: c.kind });
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.map((c) => ({ start: c.start, end: c.end, kind: c.kind, text: text.slice(c.start, c.end) }));
}
