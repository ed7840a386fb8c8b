// Properties over generated texts (fast-check): spans are sorted, non-overlapping and point at
// their text, for any input; after redacting what was detected, the leak check finds none of the
// detected values nor the known names; hostile inputs finish.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LeakIdentifier } from '../../core/briefs/redaction-types';
import { Redactor, detectIdentifiers, findLeaks } from '../../main/briefs/redaction';

const KNOWN = ['Ayşe Yılmaz', 'Tulp-12', 'محمد العلوي', 'Jan van der Berg'];

/** Identifiers as they are written in narratives, in the four languages. */
const IDENTIFIERS = [
  'Ayşe Yılmaz', 'AYSE YILMAZ', 'Ayse', 'Yılmaz', 'Tulp-12', 'محمد العلوي', 'Jan van der Berg', 'Mehmet Kaya',
  'Fatima El-Amrani', 'dhr. Jansen', 'mijn broer Karim', 'my cousin John', 'kardeşim Emre', 'السيد حسن', 'Öztürk Bey',
  '+31 6 12345678', '06-12345678', '0031 20 1234567', '+90 532 123 45 67', '+212 6 12 34 56 78', '+٣١٦١٢٣٤٥٦٧٨',
  'ayse.yilmaz@gmail.com', 'hassan@example.ma', 'NL91 ABNA 0417 1643 00', 'NL91ABNA0417164300', '123456782',
  '1234.56.782', '1234 AB', '3511LX', 'Kerkstraat 12a', '221B Baker Street', 'Atatürk Caddesi No: 5', '12-ABC-3',
  '34 ABC 123', 'https://t.me/kanaal', 'www.voorbeeld.nl/profiel', 'instagram.com/ayse.y', '@ayse_y', 'XN12345K7',
  'paspoortnummer NP1234567', 'TC 10000000146', '192.168.1.10', '2001:db8::1', '12 maart 2026', '12-03-2026',
  '2026-03-12', 'March 12, 2026', '12 Mart 2026', '١٢ مارس ٢٠٢٦', '3 mei',
];

/** Everyday words of the four languages: no names, months, numbers or places. */
const WORDS = [
  'ik', 'was', 'bang', 'toen', 'de', 'man', 'belde', 'en', 'zei', 'dat', 'hij', 'wist', 'waar', 'ik', 'woon', 'niet', 'meer',
  'the', 'they', 'followed', 'me', 'home', 'after', 'protest', 'said', 'knew', 'family',
  'beni', 'takip', 'ettiler', 've', 'aradılar', 'çok', 'korktum', 'ailem', 'hâlâ', 'orada',
  'اتصلوا', 'بي', 'وقالوا', 'إنهم', 'يعرفون', 'أين', 'أسكن', 'خائفة', 'جدا',
];
const SEPARATORS = [' ', ', ', '. ', '\n', ' (', ') ', ': ', ' – '];

const fragment = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(...IDENTIFIERS) },
  { weight: 3, arbitrary: fc.constantFrom(...WORDS) },
);
const narrative = fc
  .array(fc.tuple(fragment, fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 40 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join(''));

function checkSpans(text: string): void {
  const spans = detectIdentifiers(text, { names: KNOWN });
  let end = 0;
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(end);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
    end = s.end;
  }
}

describe('spans', () => {
  it('are sorted, non-overlapping and point at their text, for generated narratives', () => {
    fc.assert(fc.property(narrative, (text) => checkSpans(text)), { numRuns: 300 });
  });

  it('are so for any string, lone surrogates and all', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => checkSpans(text)), { numRuns: 300 });
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'0123456789 +-./()@:aAbB'), maxLength: 200 }), (text) => checkSpans(text)), {
      numRuns: 300,
    });
  });
});

describe('leak check after redaction', () => {
  it('finds none of the detected values nor the known names in the redacted text', () => {
    fc.assert(
      fc.property(fc.array(narrative, { minLength: 1, maxLength: 3 }), (texts) => {
        const redactor = new Redactor({ names: KNOWN });
        const identifiers: LeakIdentifier[] = KNOWN.map((value) => ({ kind: 'known', value }));
        const outputs = texts.map((text, i) => {
          const spans = detectIdentifiers(text, { names: KNOWN });
          for (const s of spans) identifiers.push({ kind: s.kind, value: s.text });
          return { where: `vignette ${i + 1}`, text: redactor.redact(text, spans).text };
        });
        identifiers.push(...redactor.seen());
        expect(findLeaks(outputs, identifiers)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it('finds the value again when its span is dropped', () => {
    fc.assert(
      fc.property(narrative, fc.nat(), (text, pick) => {
        const spans = detectIdentifiers(text, { names: [] }).filter((s) => s.kind !== 'date' && s.text.replace(/\W/g, '').length >= 3);
        fc.pre(spans.length > 0);
        const dropped = spans[pick % spans.length]!;
        const redacted = new Redactor({ names: [] }).redact(
          text,
          spans.filter((s) => s !== dropped),
        ).text;
        const leaks = findLeaks([{ where: 'v', text: redacted }], [{ kind: dropped.kind, value: dropped.text }]);
        expect(leaks.length).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });
});

describe('hostile input', () => {
  // No assertion on time: these must simply return (no catastrophic backtracking).
  it.each([
    ['a'.repeat(1e6)],
    ['1-'.repeat(5e5)],
    ['1 '.repeat(5e5)],
    ['@a'.repeat(5e5)],
    ['a.'.repeat(5e5)],
    ['a/'.repeat(5e5)],
    ['Ahmed '.repeat(2e5)],
    ['Kerkstraat 1 '.repeat(8e4)],
    [`${'+'.repeat(1e5)}${'9'.repeat(1e5)}`],
    ['1:'.repeat(5e5)],
  ])('returns on %#', (text) => {
    const spans = detectIdentifiers(text, { names: ['Ahmed Benali'] });
    expect(Array.isArray(spans)).toBe(true);
    const r = new Redactor({ names: [] });
    expect(typeof r.redact(text, spans).text).toBe('string');
    expect(Array.isArray(findLeaks([{ where: 'x', text }], [{ kind: 'known', value: 'Ahmed Benali' }, { kind: 'phone', value: '+31612345678' }]))).toBe(true);
  });
});
