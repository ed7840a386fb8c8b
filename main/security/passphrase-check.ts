// Rejects passphrases that are common or trivially predictable (ASVS 2.1.7), on top of the
// length rules in core/passphrase-policy.ts. No composition rules.
import { dictionary } from '@zxcvbn-ts/language-common';
import { BakenError } from '../../core/errors';
import { passphraseLengthProblem } from '../../core/passphrase-policy';

// Common Dutch and product-specific words the English-centred list lacks.
const LOCAL_WORDS = [
  'wachtwoord', 'wachtwoordzin', 'welkom', 'welkomwelkom', 'geheim', 'geheimpje', 'vertrouwenslijn',
  'baken', 'bakenbaken', 'nederland', 'amsterdam', 'rotterdam', 'denhaag', 'utrecht', 'ajax',
  'feyenoord', 'zomer', 'winter', 'voorjaar', 'najaar', 'maandag', 'januari', 'hallo', 'halloallemaal',
  'ikhouvanjou', 'letmein', 'password', 'passphrase', 'qwertyuiop', 'azertyuiop', 'administrator', 'admin',
];

let common: Set<string> | null = null;
function commonSet(): Set<string> {
  common ??= new Set([...dictionary.passwords, ...LOCAL_WORDS].map((w) => w.toLowerCase()));
  return common;
}

function isRepetition(s: string): boolean {
  // "aaaaaaaaaaaa", "abcabcabcabc", "12341234…": a short unit repeated.
  for (let unit = 1; unit <= 4; unit++) {
    const u = s.slice(0, unit);
    if (u.length === unit && u.repeat(Math.ceil(s.length / unit)).slice(0, s.length) === s) return true;
  }
  return false;
}

function isSequence(s: string): boolean {
  // "123456789012", "abcdefghijkl": every character one code point after (or before) the last.
  if (s.length < 4) return false;
  const step = (s.codePointAt(1) ?? 0) - (s.codePointAt(0) ?? 0);
  if (Math.abs(step) !== 1) return false;
  for (let i = 1; i < s.length; i++) {
    const d = (s.codePointAt(i) ?? 0) - (s.codePointAt(i - 1) ?? 0);
    if (d !== step && !(s[i] === '0' && s[i - 1] === '9')) return false;
  }
  return true;
}

/** Throws a BakenError with a specific code when the passphrase may not be used. */
export function assertAcceptablePassphrase(passphrase: string, context: { username?: string } = {}): void {
  const lengthProblem = passphraseLengthProblem(passphrase);
  if (lengthProblem) throw new BakenError(lengthProblem);
  const lower = passphrase.normalize('NFKC').toLowerCase();
  const compact = lower.replace(/\s+/g, '');
  // The letters alone: "Wachtwoord2024!" and "password 1234" are as weak as their word.
  const letters = lower.replace(/[^\p{L}]/gu, '');
  const set = commonSet();
  const userLetters = context.username?.toLowerCase().replace(/[^\p{L}]/gu, '') ?? '';
  const weak =
    set.has(lower) ||
    set.has(compact) ||
    (letters.length > 0 && set.has(letters)) ||
    isRepetition(compact) ||
    isSequence(compact) ||
    (userLetters.length > 0 && letters === userLetters) ||
    // Digits and symbols only, with little variety: "111122223333", "12-12-12-12-12".
    (letters.length === 0 && new Set(compact).size < 6);
  if (weak) throw new BakenError('passphrase-common');
}