// Types of the brief's redaction, shared by main (which finds and replaces identifiers) and the
// renderer (which highlights them for the coordinator). Data only, no zod: the renderer imports it.

export const IDENTIFIER_KINDS = [
  'person',
  'phone',
  'email',
  'iban',
  'bsn',
  'postcode',
  'address',
  'plate',
  'date',
  'url',
  'handle',
  'document',
  'ip',
] as const;
export type IdentifierKind = (typeof IDENTIFIER_KINDS)[number];

/** The label in a placeholder, "[PERSOON 1]": Dutch, because the brief is Dutch. */
export const PLACEHOLDER_LABELS: Readonly<Record<IdentifierKind, string>> = {
  person: 'PERSOON',
  phone: 'TELEFOON',
  email: 'EMAIL',
  iban: 'IBAN',
  bsn: 'BSN',
  postcode: 'POSTCODE',
  address: 'ADRES',
  plate: 'KENTEKEN',
  date: 'DATUM',
  url: 'URL',
  handle: 'ACCOUNT',
  document: 'DOCUMENT',
  ip: 'IP',
};

/** A found identifier in a text: [start, end) in UTF-16 code units of the original text. */
export type Span = { start: number; end: number; kind: IdentifierKind; text: string };

/** One applied redaction, positions in the redacted output text, for highlighting. */
export type Replacement = { start: number; end: number; kind: IdentifierKind; replacement: string; original: string };

/** A text after redaction, with what was replaced where. */
export type RedactedText = { text: string; replacements: Replacement[] };

/** An identifier value, for the leak check; 'known' is a name or pseudonym the caller knows. */
export type LeakIdentifier = { kind: IdentifierKind | 'known'; value: string };

/**
 * An identifier found in an output by the leak check. `where` is the caller's label of the output,
 * `index` the UTF-16 offset of the hit in it; `excerpt` is a few words around the hit with the hit
 * itself masked, fit to show to a coordinator.
 */
export type LeakHit = { kind: IdentifierKind | 'known'; value: string; where: string; index: number; excerpt: string };
