// Check digits of the numbers the detectors accept only when valid: a random nine-digit number is
// a BSN only one time in eleven, so the check keeps ordinary numbers (amounts, case numbers) in the
// brief. IBAN checks come from ibantools (mod 97 plus each country's BBAN format).
import { isValidIBAN } from 'ibantools';

/** The Dutch BSN "elfproef": 9×d1 + 8×d2 + … + 2×d8 − d9 is a multiple of 11 (and not 0). */
export function isValidBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += (9 - i) * (digits.charCodeAt(i) - 48);
  sum -= digits.charCodeAt(8) - 48;
  return sum % 11 === 0;
}

/** The Turkish T.C. kimlik numarası: 11 digits, no leading 0, two check digits. */
export function isValidTcKimlik(digits: string): boolean {
  if (!/^[1-9]\d{10}$/.test(digits)) return false;
  const d = [...digits].map((c) => c.charCodeAt(0) - 48);
  const at = (i: number) => d[i] ?? 0;
  const odd = at(0) + at(2) + at(4) + at(6) + at(8);
  const even = at(1) + at(3) + at(5) + at(7);
  if ((((odd * 7 - even) % 10) + 10) % 10 !== at(9)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i++) sum += at(i);
  return sum % 10 === at(10);
}

/** An IBAN in electronic format (upper case, no spaces) with a valid checksum and BBAN. */
export function isValidIban(electronic: string): boolean {
  return isValidIBAN(electronic);
}
