// PDFs with an embedded Unicode font, checked with poppler's pdftotext: Turkish letters as
// written, right-to-left lines in visual order with an embedded Latin placeholder kept whole,
// tables and bar charts with withheld values, and page breaks.
import { describe, expect, it } from 'vitest';
import { isRtl, renderPdf, visualRuns } from '../../main/documents/pdf-text';
import { pdfText } from '../support/package-tools';

const meta = { title: 'Proef', language: 'nl-NL', createdAt: new Date('2026-11-28T12:00:00Z'), footer: 'Vertrouwelijk' };

describe('visual order of a line', () => {
  it('leaves a left-to-right line alone', () => {
    expect(visualRuns('Ayşe Yılmaz (Zwolle)', false)).toEqual(['Ayşe Yılmaz (Zwolle)']);
  });

  it('puts an Arabic line right to left, the placeholder whole, its brackets mirrored for display', () => {
    const line = 'اتصل بي السيد [PERSOON 1] من القنصلية';
    expect(isRtl(line)).toBe(true);
    const runs = visualRuns(line, true);
    // Left to right on the page: the last Arabic words first, the placeholder in the middle.
    expect(runs.join('|')).toContain('PERSOON 1');
    expect(runs[0]).toContain('القنصلية');
    expect(runs[runs.length - 1]).toContain('اتصل');
    // Logical "[" and "]" sit in right-to-left runs: mirrored, the page shows "[PERSOON 1]".
    const middle = runs.findIndex((r) => r.includes('PERSOON 1'));
    expect(runs[middle]).toBe('PERSOON 1');
    expect(runs[middle - 1]).toContain('[');
    expect(runs[middle + 1]).toContain(']');
  });
});

describe('renderPdf', () => {
  it('writes Turkish and Dutch text that pdftotext reads back as written', async () => {
    const pdf = await renderPdf(
      [
        { kind: 'title', text: 'Doorverwijzing' },
        { kind: 'field', label: 'Naam', value: 'Ayşe Yılmaz — ĞÜŞİÖÇ ğüşıöç' },
        { kind: 'paragraph', text: 'Eerste regel.\nTweede regel met een tab\tna.' },
      ],
      meta,
    );
    const text = pdfText(pdf);
    expect(text).toContain('Ayşe Yılmaz — ĞÜŞİÖÇ ğüşıöç');
    expect(text).toContain('Tweede regel met een tab');
    expect(text).toContain('Vertrouwelijk — 1/1');
  });

  it('draws tables and bars, a withheld value as such, and breaks long text over pages', async () => {
    const rows = [
      { label: 'Intimidatie', value: 12 },
      { label: 'Bespieding', value: null },
      { label: 'Digitaal', value: 0 },
    ];
    const long = Array.from({ length: 200 }, (_, i) => `Zin ${i + 1} van een lang verhaal.`).join(' ');
    const pdf = await renderPdf(
      [
        { kind: 'bars', caption: 'Meldingen per soort', rows, withheld: '< 5' },
        { kind: 'table', caption: 'Meldingen per soort (tabel)', header: ['Soort', 'Aantal'], rows, withheld: '< 5' },
        { kind: 'paragraph', text: long },
      ],
      meta,
    );
    const text = pdfText(pdf, { layout: true });
    expect(text).toContain('Meldingen per soort (tabel)');
    expect(text).toMatch(/Intimidatie +12\n/);
    expect(text).toMatch(/Bespieding +< ?5\n/);
    expect(text).toMatch(/Digitaal +0\n/);
    expect(text).toContain('Zin 200 van een lang verhaal.');
    expect(text).toMatch(/Vertrouwelijk — 2\/2/);
  });
});
