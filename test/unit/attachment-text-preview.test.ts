// Text previews: strict decoding, byte-order marks stripped, the 200,000-character cap, nothing
// interpreted.
import { describe, expect, it } from 'vitest';
import { PREVIEW_LIMITS } from '../../core/attachments';
import { TEXT_READ_BYTES, textPreview } from '../../main/attachments/text-preview';
import { MULTILINGUAL_TEXT } from '../support/attachment-fixtures';

describe('textPreview', () => {
  it('returns Turkish, Arabic, Cyrillic and emoji intact, markup untouched', () => {
    expect(textPreview(Buffer.from(MULTILINGUAL_TEXT, 'utf8'), true)).toEqual({ text: MULTILINGUAL_TEXT, truncated: false });
  });

  it('strips a UTF-8 byte-order mark and decodes UTF-16 with a mark, either byte order', () => {
    expect(textPreview(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MULTILINGUAL_TEXT)]), true)?.text).toBe(MULTILINGUAL_TEXT);
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MULTILINGUAL_TEXT, 'utf16le')]);
    expect(textPreview(le, true)?.text).toBe(MULTILINGUAL_TEXT);
    const be = Buffer.from(le);
    be.swap16();
    expect(textPreview(be, true)?.text).toBe(MULTILINGUAL_TEXT);
  });

  it('refuses what is not text: NUL, invalid UTF-8, odd UTF-16, many control characters', () => {
    expect(textPreview(Buffer.from('abc\0def'), true)).toBeNull();
    expect(textPreview(Buffer.from([0x61, 0xff, 0x62]), true)).toBeNull();
    expect(textPreview(Buffer.from([0xff, 0xfe, 0x61]), true)).toBeNull();
    expect(textPreview(Buffer.from('a\x07b\x08c\x1bd'), true)).toBeNull();
    // Without a mark, UTF-16 is not guessed: its NUL bytes make it binary.
    expect(textPreview(Buffer.from('plain', 'utf16le'), true)).toBeNull();
  });

  it('caps at 200,000 characters without splitting a surrogate pair', () => {
    const max = PREVIEW_LIMITS.textChars;
    const long = `${'a'.repeat(max - 1)}😀tail`;
    const out = textPreview(Buffer.from(long, 'utf8'), true);
    expect(out?.truncated).toBe(true);
    expect(out?.text).toBe('a'.repeat(max - 1));
    const exact = 'b'.repeat(max);
    expect(textPreview(Buffer.from(exact), true)).toEqual({ text: exact, truncated: false });
  });

  it('shows the start of a longer file, cut on a character boundary', () => {
    const text = 'ğüşiöç'.repeat(200_000);
    const prefix = Buffer.from(text, 'utf8').subarray(0, TEXT_READ_BYTES);
    const out = textPreview(prefix, false);
    expect(out?.truncated).toBe(true);
    expect(out?.text.length).toBe(PREVIEW_LIMITS.textChars);
    expect(text.startsWith(out?.text ?? 'x')).toBe(true);
    // A short prefix ending inside a character.
    expect(textPreview(Buffer.from('aş', 'utf8').subarray(0, 2), false)).toEqual({ text: 'a', truncated: true });
  });
});
