// Replaces spans by placeholders, numbered per kind and consistent across one brief: the same
// person (by normal form, normalise.ts) is "[PERSOON 1]" in every vignette. A name part alone
// ("Ayşe", after "Ayşe Yılmaz") gets the full name's number when only one full name has that part.
// Dates are generalised to the month instead ("[maart 2026]"). Remembers every value it replaced,
// original and normal form, for the leak check.
import { type IdentifierKind, PLACEHOLDER_LABELS, type RedactedText, type Replacement, type Span } from '../../../core/briefs/redaction-types';
import { generaliseDate } from './detect-date';
import { KnownNames, nameParts } from './names';
import { normaliseIdentifier } from './normalise';

type Piece = { start: number; end: number; kind: IdentifierKind };

/** Spans clamped to the text and sorted; overlapping spans merged into one (of the first's kind). */
function cleanSpans(text: string, spans: readonly Span[]): Piece[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.floor(s.start)), end: Math.min(text.length, Math.floor(s.end)), kind: s.kind }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Piece[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start < last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export class Redactor {
  private readonly numbers = new Map<string, number>();
  private readonly counters = new Map<IdentifierKind, number>();
  /** Name part → the one full name (key) it belongs to; null once two full names share it. */
  private readonly partOf = new Map<string, string | null>();
  private readonly seenValues = new Map<string, { kind: IdentifierKind; value: string }>();
  private readonly norms = new Map<string, string>();

  constructor(known: { names: string[] }) {
    for (const key of new KnownNames(known.names).keys) this.registerParts(key);
  }

  private registerParts(key: string): void {
    if (!key.includes(' ')) return;
    for (const p of nameParts(key)) {
      const owner = this.partOf.get(p);
      if (owner === undefined) this.partOf.set(p, key);
      else if (owner !== key) this.partOf.set(p, null);
    }
  }

  private number(kind: IdentifierKind, key: string): number {
    const id = `${kind}\u0000${key}`;
    let n = this.numbers.get(id);
    if (n === undefined) {
      n = (this.counters.get(kind) ?? 0) + 1;
      this.counters.set(kind, n);
      this.numbers.set(id, n);
    }
    return n;
  }

  /** The placeholder key of a person: a lone part maps to its full name when unambiguous. */
  private personKey(norm: string): string {
    if (norm.includes(' ') || this.numbers.has(`person\u0000${norm}`)) return norm;
    return this.partOf.get(norm) ?? norm;
  }

  /** Normal forms, once per distinct value: the same names and numbers recur through a brief. */
  private normalise(kind: IdentifierKind, original: string): string {
    const id = `${kind}\u0000${original}`;
    let n = this.norms.get(id);
    if (n === undefined) {
      n = normaliseIdentifier(kind, original);
      this.norms.set(id, n);
      // Remembered once per distinct value, original and normal form.
      this.remember(kind, original);
      // A date without a year has no normal form worth looking for ("--03-12").
      if (n && !n.startsWith('--')) this.remember(kind, n);
    }
    return n;
  }

  private remember(kind: IdentifierKind, value: string): void {
    const v = value.trim();
    if (v) this.seenValues.set(`${kind}\u0000${v}`, { kind, value: v });
  }

  private placeholder(kind: IdentifierKind, norm: string): string {
    if (kind === 'date') {
      // The normal form of a date is ISO ("2026-03-12", "--03-12"): month and year come from it.
      const iso = /^(\d{4}|-)-(\d{2})-(\d{2})$/.exec(norm);
      if (!iso) return `[${PLACEHOLDER_LABELS.date}]`;
      return generaliseDate({ day: Number(iso[3]), month: Number(iso[2]), year: iso[1] === '-' ? null : Number(iso[1]) });
    }
    const key = kind === 'person' ? this.personKey(norm) : norm;
    return `[${PLACEHOLDER_LABELS[kind]} ${this.number(kind, key)}]`;
  }

  /** spans: usually detectIdentifiers' result, possibly edited by the coordinator. */
  redact(text: string, spans: Span[]): RedactedText {
    const pieces = cleanSpans(text, spans).map((p) => {
      const original = text.slice(p.start, p.end);
      return { ...p, original, norm: this.normalise(p.kind, original) };
    });
    // Full names first, so "Ayşe … Ayşe Yılmaz" in one text shares a number either way round.
    for (const p of pieces) if (p.kind === 'person') this.registerParts(p.norm);
    let out = '';
    let at = 0;
    const replacements: Replacement[] = [];
    for (const p of pieces) {
      out += text.slice(at, p.start);
      const replacement = this.placeholder(p.kind, p.norm);
      replacements.push({ start: out.length, end: out.length + replacement.length, kind: p.kind, replacement, original: p.original });
      out += replacement;
      at = p.end;
    }
    out += text.slice(at);
    return { text: out, replacements };
  }

  /** Every identifier value seen so far (original and normalised forms), for the leak check. */
  seen(): { kind: IdentifierKind; value: string }[] {
    return [...this.seenValues.values()];
  }
}
