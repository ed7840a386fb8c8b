// Recipients typed or pasted by staff: real ones from age-keygen pass; one changed character, a
// wrong prefix or a mix of post-quantum and classic recipients do not.
import { afterAll, describe, expect, it } from 'vitest';
import { BakenError } from '../../core/errors';
import { checkAgeRecipients, isAgeRecipient } from '../../main/bundle/age-recipient';
import { ageKeygen, ageKeygenHasPq } from '../support/age-cli';
import { tempDir } from '../support/temp';

const tmp = tempDir();
afterAll(() => tmp.cleanup());

function code(fn: () => unknown): string {
  try {
    fn();
    return 'ok';
  } catch (e) {
    return e instanceof BakenError ? e.code : 'other';
  }
}

describe('age recipients', () => {
  it('accepts what age-keygen prints and refuses a one-character typo', () => {
    const { recipient } = ageKeygen(tmp.path, 'a');
    expect(isAgeRecipient(recipient)).toBe(true);
    const last = recipient.at(-1) === 'q' ? 'p' : 'q';
    expect(isAgeRecipient(`${recipient.slice(0, -1)}${last}`)).toBe(false);
    expect(isAgeRecipient(recipient.replace(/^age1/, 'agf1'))).toBe(false);
    expect(isAgeRecipient('AGE-SECRET-KEY-1QQQQ')).toBe(false);
  });

  it('trims, drops blanks and repeats, and refuses to mix post-quantum with classic', () => {
    const { recipient } = ageKeygen(tmp.path, 'b');
    expect(checkAgeRecipients([` ${recipient} `, '', recipient])).toEqual([recipient]);
    expect(code(() => checkAgeRecipients([recipient, 'age1nietgoed']))).toBe('recipient-invalid');
    if (ageKeygenHasPq()) {
      const pq = ageKeygen(tmp.path, 'c', true).recipient;
      expect(isAgeRecipient(pq)).toBe(true);
      expect(code(() => checkAgeRecipients([recipient, pq]))).toBe('recipient-mixed');
    }
  });
});
