// The Redactor: numbered placeholders consistent across the texts of one brief (by normal form),
// name parts sharing the full name's number, dates generalised to the month, replacement
// positions in the output, spans edited by the coordinator, and the values it remembers.
import { describe, expect, it } from 'vitest';
import type { Span } from '../../core/briefs/redaction-types';
import { Redactor, detectIdentifiers, normaliseIdentifier } from '../../main/briefs/redaction';

function redactAll(texts: string[], names: string[] = []): string[] {
  const r = new Redactor({ names });
  return texts.map((t) => r.redact(t, detectIdentifiers(t, { names })).text);
}

describe('normaliseIdentifier', () => {
  it('gives each kind its normal form', () => {
    expect(normaliseIdentifier('phone', '06-12345678')).toBe('+31612345678');
    expect(normaliseIdentifier('phone', '0031 6 1234 5678')).toBe('+31612345678');
    expect(normaliseIdentifier('phone', '+٣١٦١٢٣٤٥٦٧٨')).toBe('+31612345678');
    expect(normaliseIdentifier('phone', '0532 123 45 67')).toBe('+905321234567');
    expect(normaliseIdentifier('email', ' Ayse.Yilmaz@GMAIL.com ')).toBe('ayse.yilmaz@gmail.com');
    expect(normaliseIdentifier('iban', 'nl91 abna 0417 1643 00')).toBe('NL91ABNA0417164300');
    expect(normaliseIdentifier('bsn', '1234.56.782')).toBe('123456782');
    expect(normaliseIdentifier('postcode', '1234 ab')).toBe('1234AB');
    expect(normaliseIdentifier('person', 'AYŞE  Yılmaz')).toBe('ayse yilmaz');
    expect(normaliseIdentifier('person', 'أَحْمَد')).toBe('احمد');
    expect(normaliseIdentifier('person', 'Mohamed El-Amrani')).toBe('mohamed el amrani');
    expect(normaliseIdentifier('date', '12 maart 2026')).toBe('2026-03-12');
    expect(normaliseIdentifier('date', 'March 12')).toBe('--03-12');
    expect(normaliseIdentifier('url', 'HTTPS://www.Example.nl/pad/')).toBe('example.nl/pad');
    expect(normaliseIdentifier('handle', 'Ayse_Y')).toBe('@ayse_y');
    expect(normaliseIdentifier('plate', '12-abc-3')).toBe('12ABC3');
    expect(normaliseIdentifier('ip', '010.001.002.003')).toBe('10.1.2.3');
  });
});

describe('placeholders', () => {
  it('numbers each kind on its own and keeps the numbers across texts of one brief', () => {
    const [a, b] = redactAll([
      'Ayşe Yılmaz belde met 06-12345678 en mailde ayse@example.nl.',
      'Later belde AYSE YILMAZ weer, van +31 6 12 34 56 78; ook Karim Benali, via 020-1234567.',
    ]);
    expect(a).toBe('[PERSOON 1] belde met [TELEFOON 1] en mailde [EMAIL 1].');
    expect(b).toBe('Later belde [PERSOON 1] weer, van [TELEFOON 1]; ook [PERSOON 2], via [TELEFOON 2].');
  });

  it('gives a lone name part the full name’s number when only one full name has it', () => {
    const [a, b] = redactAll(['Ayşe Yılmaz en Mehmet Kaya kwamen. Ayşe zei niets, Kaya ook niet.', 'Later zei Mehmet dat hij bang was.']);
    expect(a).toBe('[PERSOON 1] en [PERSOON 2] kwamen. [PERSOON 1] zei niets, [PERSOON 2] ook niet.');
    expect(b).toBe('Later zei [PERSOON 2] dat hij bang was.');
  });

  it('does so within one text whichever comes first', () => {
    const [a] = redactAll(['Ayşe belde eerst. Pas later kwam Ayşe Yılmaz zelf.']);
    expect(a).toBe('[PERSOON 1] belde eerst. Pas later kwam [PERSOON 1] zelf.');
  });

  it('gives a shared part its own number when two full names have it', () => {
    const [a] = redactAll(['Ayşe Yılmaz en Ayşe Demir kwamen. Toen zei Ayşe niets.']);
    expect(a).toBe('[PERSOON 1] en [PERSOON 2] kwamen. Toen zei [PERSOON 3] niets.');
  });

  it('maps known-name parts to the known full name', () => {
    const [a] = redactAll(['Yilmaz belde. Later kwam Ayşe Yılmaz.'], ['Ayşe Yılmaz']);
    expect(a).toBe('[PERSOON 1] belde. Later kwam [PERSOON 1].');
  });

  it('labels every kind in Dutch', () => {
    const [a] = redactAll([
      'IBAN NL91ABNA0417164300, BSN 123456782, 1234 AB, Kerkstraat 1, 12-ABC-3, https://x.nl/a, @naam, XN12345K7, 10.0.0.1',
    ]);
    expect(a).toBe('IBAN [IBAN 1], BSN [BSN 1], [POSTCODE 1], [ADRES 1], [KENTEKEN 1], [URL 1], [ACCOUNT 1], [DOCUMENT 1], [IP 1]');
  });
});

describe('dates', () => {
  it('generalises dates to the month, in Dutch, in every language', () => {
    const [nl, en, tr, ar] = redactAll(['Op 12 maart 2026 en 12-03-2026.', 'On March 12, 2026 and 2026-03-12.', '12 Mart 2026 tarihinde', 'في ١٢ مارس ٢٠٢٦']);
    expect(nl).toBe('Op [maart 2026] en [maart 2026].');
    expect(en).toBe('On [maart 2026] and [maart 2026].');
    expect(tr).toBe('[maart 2026] tarihinde');
    expect(ar).toBe('في [maart 2026]');
  });

  it('drops the year only when there was none, and leaves months with years alone', () => {
    const [a] = redactAll(['Op 1 mei, in maart 2026 en in 2025.']);
    expect(a).toBe('Op [mei], in maart 2026 en in 2025.');
  });

  it('writes [DATUM] for a date span it cannot read', () => {
    const r = new Redactor({ names: [] });
    const text = 'vorige week dinsdag';
    expect(r.redact(text, [{ start: 0, end: text.length, kind: 'date', text }]).text).toBe('[DATUM]');
  });
});

describe('redact', () => {
  it('reports replacements with their positions in the output', () => {
    const r = new Redactor({ names: [] });
    const text = 'Bel 06-12345678 op 12 maart 2026.';
    const { text: out, replacements } = r.redact(text, detectIdentifiers(text, { names: [] }));
    expect(out).toBe('Bel [TELEFOON 1] op [maart 2026].');
    expect(replacements).toEqual([
      { start: 4, end: 16, kind: 'phone', replacement: '[TELEFOON 1]', original: '06-12345678' },
      { start: 20, end: 32, kind: 'date', replacement: '[maart 2026]', original: '12 maart 2026' },
    ]);
    for (const rep of replacements) expect(out.slice(rep.start, rep.end)).toBe(rep.replacement);
  });

  it('takes spans edited by the coordinator: added, removed, unsorted, overlapping, out of range', () => {
    const r = new Redactor({ names: [] });
    const text = 'De imam van de moskee belde Ahmed.';
    const spans: Span[] = [
      { start: 28, end: 33, kind: 'person', text: 'Ahmed' },
      { start: 3, end: 7, kind: 'person', text: 'imam' }, // added by hand
      { start: 5, end: 11, kind: 'person', text: 'am van' }, // overlaps: merged
      { start: 30, end: 99, kind: 'person', text: '' }, // past the end: clamped, merged
    ];
    expect(r.redact(text, spans).text).toBe('De [PERSOON 1] de moskee belde [PERSOON 2]');
  });

  it('leaves text without spans as it is', () => {
    const r = new Redactor({ names: [] });
    expect(r.redact('Niets te zien.', [])).toEqual({ text: 'Niets te zien.', replacements: [] });
  });
});

describe('seen', () => {
  it('lists every redacted value, original and normalised, once', () => {
    const r = new Redactor({ names: [] });
    for (const t of ['Bel 06-12345678, Ayşe Yılmaz.', 'Nogmaals 06-12345678.']) r.redact(t, detectIdentifiers(t, { names: [] }));
    const seen = r.seen();
    expect(seen).toEqual(
      expect.arrayContaining([
        { kind: 'phone', value: '06-12345678' },
        { kind: 'phone', value: '+31612345678' },
        { kind: 'person', value: 'Ayşe Yılmaz' },
        { kind: 'person', value: 'ayse yilmaz' },
      ]),
    );
    expect(seen).toHaveLength(4);
  });
});
