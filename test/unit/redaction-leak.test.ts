// The leak check: identifiers found in outputs in their exact and normalised forms (case,
// diacritics, spacing, phone formats), with where and at which index, an excerpt that masks the
// hit, no noise from short values or partial words, and nothing in a properly redacted output.
import { describe, expect, it } from 'vitest';
import type { LeakIdentifier } from '../../core/briefs/redaction-types';
import { Redactor, detectIdentifiers, findLeaks } from '../../main/briefs/redaction';

const out = (text: string, where = 'vignette 1') => [{ where, text }];

function hits(text: string, identifiers: LeakIdentifier[]): string[] {
  return findLeaks(out(text), identifiers).map((h) => text.slice(h.index, h.index + 40).split(/[.;]/)[0] ?? '');
}

describe('names', () => {
  const ayse: LeakIdentifier[] = [{ kind: 'known', value: 'Ayşe Yılmaz' }];

  it('finds a name exactly, without diacritics, in upper case and with odd spacing', () => {
    for (const written of ['Ayşe Yılmaz', 'ayse yilmaz', 'AYSE  YILMAZ', 'AYŞE YILMAZ', 'Ayşe-Yılmaz', 'ayse.yilmaz']) {
      const found = findLeaks(out(`Gesproken met ${written} gisteren.`), ayse);
      expect(found, written).toHaveLength(1);
      expect(found[0]?.index).toBe(14);
    }
  });

  it('finds a normalised identifier in its original spelling', () => {
    expect(findLeaks(out('Toen kwam Ayşe Yılmaz binnen.'), [{ kind: 'person', value: 'ayse yilmaz' }])).toHaveLength(1);
  });

  it('finds Arabic-script names with tashkeel, another alef or a prefix', () => {
    const ids: LeakIdentifier[] = [{ kind: 'known', value: 'أحمد العلوي' }];
    expect(findLeaks(out('قابلت اَحْمد العلوي أمس'), ids)).toHaveLength(1);
    expect(findLeaks(out('قابلت سارة وأحمد العلوي أمس'), ids)).toHaveLength(1);
  });

  it('matches whole words only, and ignores values shorter than three characters', () => {
    expect(findLeaks(out('Alice en Alinea, Ayşegül Yılmazlar'), [{ kind: 'known', value: 'Ali' }, ...ayse])).toEqual([]);
    expect(findLeaks(out('Li zei: ik ga. 5 keer, 12 keer.'), [{ kind: 'known', value: 'Li' }, { kind: 'phone', value: '5' }, { kind: 'bsn', value: '12' }])).toEqual([]);
    expect(findLeaks(out('Ali kwam'), [{ kind: 'known', value: 'Ali' }])).toHaveLength(1);
  });

  it('finds a pseudonym written with or without its hyphen', () => {
    expect(hits('De melder Tulp-12 en later Tulp 12 en TULP12.', [{ kind: 'known', value: 'Tulp-12' }])).toEqual(['Tulp-12 en later Tulp 12 en TULP12', 'Tulp 12 en TULP12', 'TULP12']);
  });
});

describe('numbers', () => {
  it('finds a phone number however it is written', () => {
    const phone: LeakIdentifier[] = [{ kind: 'phone', value: '+31612345678' }];
    for (const written of ['+31612345678', '06 12 34 56 78', '06-12345678', '0031 6 1234 5678', '+31 (0)6 12345678', '۰۶۱۲۳۴۵۶۷۸', 'tel:0612345678']) {
      expect(findLeaks(out(`Bel ${written} nu`), phone), written).toHaveLength(1);
    }
  });

  it('finds a nationally written identifier in its international form', () => {
    expect(findLeaks(out('Bel +31 6 12345678.'), [{ kind: 'phone', value: '06-12345678' }])).toHaveLength(1);
    expect(findLeaks(out('Arayın: +90 532 123 45 67'), [{ kind: 'phone', value: '0532 123 45 67' }])).toHaveLength(1);
    expect(findLeaks(out('Arayın: 0532 123 45 67'), [{ kind: 'phone', value: '+905321234567' }])).toHaveLength(1);
  });

  it('does not find a number inside a longer one, nor another number', () => {
    expect(findLeaks(out('Zaak 206123456789 en 0612345679'), [{ kind: 'phone', value: '0612345678' }])).toEqual([]);
  });

  it('finds BSNs, IBANs and account numbers whatever their grouping', () => {
    expect(findLeaks(out('BSN 1234.56.782'), [{ kind: 'bsn', value: '123456782' }])).toHaveLength(1);
    const iban: LeakIdentifier[] = [{ kind: 'iban', value: 'NL91ABNA0417164300' }];
    expect(findLeaks(out('IBAN nl91 abna 0417 1643 00.'), iban)).toHaveLength(1);
    expect(findLeaks(out('rekening 417164300'), iban)).toHaveLength(1);
  });

  it('finds e-mail addresses in any case', () => {
    expect(findLeaks(out('Mail AYSE.Yilmaz@Gmail.com'), [{ kind: 'email', value: 'ayse.yilmaz@gmail.com' }])).toHaveLength(1);
  });
});

describe('hits', () => {
  it('report kind, value, where, index and a short excerpt with the hit masked', () => {
    const long = `${'Een lange aanloop zonder namen. '.repeat(5)}Daarna belde Ayşe Yılmaz ons op. ${'En dan nog veel meer tekst erachter. '.repeat(5)}`;
    const found = findLeaks(
      [
        { where: 'inleiding', text: 'Niets.' },
        { where: 'vignet 2', text: long },
      ],
      [{ kind: 'known', value: 'Ayşe Yılmaz' }],
    );
    expect(found).toHaveLength(1);
    const h = found[0]!;
    expect(h).toMatchObject({ kind: 'known', value: 'Ayşe Yılmaz', where: 'vignet 2', index: long.indexOf('Ayşe') });
    expect(h.excerpt).toContain('Daarna belde ▇▇▇ ons op.');
    expect(h.excerpt).not.toMatch(/ay[sş]e|y[iı]lmaz/i);
    expect(h.excerpt.length).toBeLessThan(110);
    expect(h.excerpt.startsWith('…') && h.excerpt.endsWith('…')).toBe(true);
  });

  it('finds every occurrence, in every output', () => {
    const found = findLeaks(
      [
        { where: 'a', text: 'Ahmed Benali. Ahmed Benali.' },
        { where: 'b', text: 'AHMED BENALI' },
      ],
      [{ kind: 'known', value: 'Ahmed Benali' }],
    );
    expect(found.map((h) => [h.where, h.index])).toEqual([
      ['a', 0],
      ['a', 14],
      ['b', 0],
    ]);
  });

  it('finds nothing when there are no identifiers or no outputs', () => {
    expect(findLeaks(out('Ahmed Benali'), [])).toEqual([]);
    expect(findLeaks([], [{ kind: 'known', value: 'Ahmed Benali' }])).toEqual([]);
  });
});

describe('after redaction', () => {
  it('finds nothing in a properly redacted output, and the leak when one span was undone', () => {
    const known = { names: ['Ayşe Yılmaz', 'Tulp-12'] };
    const text = 'Ayşe Yılmaz (Tulp-12) belde op 12 maart 2026 van 06-12345678 over Kerkstraat 12, 1234 AB; mail ayse@example.nl, IBAN NL91ABNA0417164300.';
    const spans = detectIdentifiers(text, known);
    const r = new Redactor(known);
    const redacted = r.redact(text, spans).text;
    const identifiers: LeakIdentifier[] = [...r.seen(), ...known.names.map((value) => ({ kind: 'known' as const, value }))];
    expect(findLeaks(out(redacted), identifiers)).toEqual([]);

    const withoutPhone = new Redactor(known).redact(
      text,
      spans.filter((s) => s.kind !== 'phone'),
    ).text;
    const leaks = findLeaks(out(withoutPhone), [...identifiers, { kind: 'phone', value: '06-12345678' }]);
    expect(leaks.map((h) => h.kind)).toEqual(['phone']);
  });
});
