// The normal form of each kind of identifier: two values with the same normal form are "the same"
// person, number or address, and get the same placeholder in a brief. The leak check looks for
// these forms too.
import type { IdentifierKind } from '../../../core/briefs/redaction-types';
import { digitsOf, prepare } from './chars';
import { parseDate } from './detect-date';
import { phoneE164 } from './detect-phone';
import { nameKey } from './names';

function alnumUpper(value: string): string {
  return prepare(value).replace(/[^\p{L}\p{N}]/gu, '').toUpperCase();
}

function ipForm(value: string): string {
  const v = value.trim().toLowerCase();
  // IPv4 octets without leading zeros: "010.001.002.003" is 10.1.2.3.
  if (/^\d{1,3}(?:\.\d{1,3}){3}$/.test(v)) return v.split('.').map((o) => String(Number(o))).join('.');
  return v;
}

function urlForm(value: string): string {
  return value
    .trim()
    .toLowerCase()
    .replace(/^[a-z][a-z0-9+.-]*:\/\//, '')
    .replace(/^www\./, '')
    .replace(/\/+$/, '');
}

function dateForm(value: string): string {
  const d = parseDate(prepare(value));
  if (!d) return nameKey(value);
  const mm = String(d.month).padStart(2, '0');
  const dd = String(d.day).padStart(2, '0');
  return d.year === null ? `--${mm}-${dd}` : `${d.year}-${mm}-${dd}`;
}

/**
 * The normal form of an identifier: phone → E.164 (Dutch by default), e-mail lower case, IBAN in
 * electronic format, BSN digits, postcode "1234AB", names folded (lower case, no diacritics,
 * Arabic without tashkeel and with one alef), dates ISO ("2026-03-12", "--03-12" without a year).
 */
export function normaliseIdentifier(kind: IdentifierKind, value: string): string {
  switch (kind) {
    case 'person':
    case 'address':
      return nameKey(value);
    case 'phone': {
      const e164 = phoneE164(value);
      if (e164) return e164;
      const digits = digitsOf(value);
      return /^\s*(?:\+|00)/.test(prepare(value)) ? `+${digits.replace(/^00/, '')}` : digits;
    }
    case 'email':
      return value.trim().toLowerCase();
    case 'iban':
    case 'document':
    case 'plate':
    case 'postcode':
      return alnumUpper(value);
    case 'bsn':
      return digitsOf(value);
    case 'date':
      return dateForm(value);
    case 'url':
      return urlForm(value);
    case 'handle':
      return `@${value.trim().replace(/^@+/, '').toLowerCase()}`;
    case 'ip':
      return ipForm(value);
    default: {
      const never: never = kind;
      throw new Error(`unknown identifier kind ${String(never)}`);
    }
  }
}
