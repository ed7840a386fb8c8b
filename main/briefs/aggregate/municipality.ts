// Municipality → province lookup over the shipped table (provinces.ts). Names are compared after
// folding case, diacritics, whitespace and punctuation, so "’s-Gravenhage", "s Gravenhage" and
// "'S-GRAVENHAGE" are one name. Anything not in the table is unknown (null): a province name, a
// village, a typo. A wrong province would be worse than 'unknown', so nothing is guessed.
import {
  ALTERNATIVE_NAMES,
  AMBIGUOUS_NAMES,
  FORMER_NAMES,
  MUNICIPALITIES_BY_PROVINCE,
  PROVINCES,
  type Province,
} from './provinces';

/** Folds a name to its lookup key: no case, no diacritics, only letters and digits ("ĳ" → "ij"). */
export function municipalityKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

const split = (list: string): string[] => list.split('|');

/** Official name → province, for the current municipalities only. */
function officialNames(): Map<string, Province> {
  const byName = new Map<string, Province>();
  for (const province of PROVINCES) for (const name of split(MUNICIPALITIES_BY_PROVINCE[province])) byName.set(name, province);
  return byName;
}

function buildLookup(): Map<string, Province | null> {
  const lookup = new Map<string, Province | null>();
  // A key may be added twice only with the same answer: a clash is a data error, caught in tests.
  const add = (name: string, province: Province | null) => {
    const key = municipalityKey(name);
    if (lookup.has(key) && lookup.get(key) !== province) throw new Error(`municipality table: conflicting entries for "${name}"`);
    lookup.set(key, province);
  };
  const official = officialNames();
  for (const [name, province] of official) add(name, province);
  for (const [alias, name] of Object.entries(ALTERNATIVE_NAMES)) {
    const province = official.get(name);
    if (province === undefined) throw new Error(`municipality table: alias "${alias}" names no municipality`);
    add(alias, province);
  }
  for (const province of PROVINCES) for (const name of split(FORMER_NAMES[province] ?? '')) if (name !== '') add(name, province);
  for (const name of AMBIGUOUS_NAMES) add(name, null);
  return lookup;
}

const LOOKUP = buildLookup();

/** The province of a municipality, or null when the name is missing, unknown or ambiguous. */
export function provinceOf(municipality: string | null): Province | null {
  if (municipality === null) return null;
  return LOOKUP.get(municipalityKey(municipality)) ?? null;
}

/** The current municipalities (official names, 2025) with their province, for tests and audits. */
export function currentMunicipalities(): ReadonlyMap<string, Province> {
  return officialNames();
}
