// Contact details as match keys: a phone number in E.164 (Dutch numbers without country code
// understood), an e-mail address in lower case without a "+tag", each under an HMAC keyed from
// the vault. Reports that share a key share contact details; the keys reveal nothing, and
// reviewers only ever learn "shares contact details with report X".
import { createHmac, hkdfSync } from 'node:crypto';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';

export type ContactKind = 'phone' | 'email';

export function normalisePhone(raw: string): string | null {
  const p = parsePhoneNumberFromString(raw.trim(), 'NL');
  return p?.isPossible() ? p.number : null;
}

export function normaliseEmail(raw: string): string | null {
  const m = /^\s*([^@\s]+)@([^@\s]+)\s*$/.exec(raw);
  if (!m?.[1] || !m[2]) return null;
  const local = m[1].toLowerCase().replace(/\+.*$/, '');
  return local ? `${local}@${m[2].toLowerCase().replace(/\.$/, '')}` : null;
}

/** The matching key for contact details, from the blob store key by HKDF (its own purpose). */
export function contactKeyFrom(blobKey: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', blobKey, Buffer.alloc(0), 'baken/v1/contact-match', 32));
}

/** Match keys for a report's reporter block: at most one phone and one e-mail. */
export function contactKeys(key: Buffer, reporter: { phone?: unknown; email?: unknown } | undefined): { kind: ContactKind; hmac: string }[] {
  const out: { kind: ContactKind; hmac: string }[] = [];
  const phone = typeof reporter?.phone === 'string' ? normalisePhone(reporter.phone) : null;
  const email = typeof reporter?.email === 'string' ? normaliseEmail(reporter.email) : null;
  if (phone) out.push({ kind: 'phone', hmac: createHmac('sha256', key).update(`phone:${phone}`).digest('hex') });
  if (email) out.push({ kind: 'email', hmac: createHmac('sha256', key).update(`email:${email}`).digest('hex') });
  return out;
}
