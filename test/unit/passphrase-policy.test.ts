import { describe, expect, it } from 'vitest';
import { BakenError } from '../../core/errors';
import { passphraseLength, passphraseLengthProblem } from '../../core/passphrase-policy';
import { assertAcceptablePassphrase } from '../../main/security/passphrase-check';

function problem(p: string, username?: string): string | null {
  try {
    assertAcceptablePassphrase(p, username ? { username } : {});
    return null;
  } catch (e) {
    if (e instanceof BakenError) return e.code;
    throw e;
  }
}

describe('passphrase policy (ASVS 2.1)', () => {
  it('counts characters as code points, so any script counts fairly', () => {
    expect(passphraseLength('🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒🔒')).toBe(12);
    expect(passphraseLengthProblem('ğüşçöıİĞÜŞÇÖ')).toBeNull();
    expect(passphraseLengthProblem('سلام عليكم ي')).toBeNull();
    expect(passphraseLengthProblem('elf tekens!')).toBe('passphrase-too-short');
    expect(passphraseLengthProblem('x'.repeat(1025))).toBe('passphrase-too-long');
  });

  it('has no composition rules', () => {
    expect(problem('alleen kleine letters hier')).toBeNull();
    expect(problem('vier losse woorden samen')).toBeNull();
    expect(problem('kırmızı bisiklet yağmurda')).toBeNull();
  });

  it('rejects common and predictable passphrases', () => {
    for (const p of ['password1234', 'Password1234!', '1q2w3e4r5t6y', 'qwertyuiop12', 'wachtwoord2024', 'Welkom welkom 123', 'aaaaaaaaaaaa', 'abcabcabcabc', '123456789012', 'abcdefghijklmn', '111122223333', 'Vertrouwenslijn1']) {
      expect(problem(p), p).toBe('passphrase-common');
    }
  });

  it('rejects the user name with a few extra characters', () => {
    expect(problem('mehmetmehmet12', 'mehmet')).toBeNull(); // letters differ from the name
    expect(problem('mehmet 2024 !!!', 'mehmet')).toBe('passphrase-common');
  });
});
