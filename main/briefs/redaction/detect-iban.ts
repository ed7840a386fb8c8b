// IBANs, with or without the usual groups of four ("NL91 ABNA 0417 1643 00"), accepted only with
// a valid checksum and country format. The pattern may run on into the next word; the country's
// IBAN length (from ibantools) says where the IBAN really ends.
import { getCountrySpecifications } from 'ibantools';
import { isValidIban } from './checksums';
import type { Candidate } from './spans';

const IBAN_RE = /(?<![A-Za-z0-9])[A-Za-z]{2}\d{2}(?: ?[A-Za-z0-9]){10,32}/g;

const LENGTHS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>();
  for (const [country, spec] of Object.entries(getCountrySpecifications())) {
    if (spec.chars) m.set(country, spec.chars);
  }
  return m;
})();

/** [end of the IBAN in `s`, its electronic form], when `s` starts with a valid IBAN. */
export function ibanPrefix(s: string): [number, string] | null {
  const country = s.slice(0, 2).toUpperCase();
  const length = LENGTHS.get(country);
  if (!length) return null;
  let compact = '';
  let i = 0;
  while (i < s.length && compact.length < length) {
    const c = s[i] ?? '';
    if (c !== ' ') compact += c.toUpperCase();
    i++;
  }
  if (compact.length !== length || !isValidIban(compact)) return null;
  // The IBAN must end at a group or word boundary, not in the middle of a longer code.
  const next = s[i];
  if (next !== undefined && next !== ' ' && /[A-Za-z0-9]/.test(next)) return null;
  return [i, compact];
}

export function detectIbans(text: string, out: Candidate[]): void {
  const re = new RegExp(IBAN_RE.source, 'g');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const hit = ibanPrefix(m[0]);
    if (hit) out.push({ start: m.index, end: m.index + hit[0], kind: 'iban' });
    // The pattern may have run into the next IBAN ("NL91… NL91…"): go on right after this one.
    re.lastIndex = m.index + (hit ? hit[0] : 1);
  }
}
