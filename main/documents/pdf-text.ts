// Renders a plain document (title, headings, paragraphs, labelled fields, tables, bar charts) as an A4 PDF with an
// embedded Unicode font, so names such as "Ayşe Yılmaz" print as written. Used for referral
// letters and briefs; main only. Everything is built in memory: the result is written to a medium
// by the caller, never to this computer's disk.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import bidiFactory from 'bidi-js';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'field'; label: string; value: string }
  /** Label and value rows under a caption; a null value prints as `withheld`. */
  | { kind: 'table'; caption: string; header: [string, string]; rows: { label: string; value: number | null }[]; withheld: string }
  /** A horizontal bar chart of the same rows; a withheld value gets an outlined empty bar. */
  | { kind: 'bars'; caption: string; rows: { label: string; value: number | null }[]; withheld: string }
  | { kind: 'spacer' };

export type PdfMeta = { title: string; language: string; createdAt: Date; footer: string };

const A4: [number, number] = [595.28, 841.89];
const MARGIN = 56;
const BODY = 10.5;
const LEADING = 1.4;

let fontCache: { regular: Uint8Array; bold: Uint8Array } | null = null;

/** DejaVu Sans (dejavu-fonts-ttf): Latin with Turkish and Central European letters, Greek, Cyrillic, Arabic. */
function fonts(): { regular: Uint8Array; bold: Uint8Array } {
  if (!fontCache) {
    const require = createRequire(import.meta.url);
    const path = (file: string) => require.resolve(`dejavu-fonts-ttf/ttf/${file}`);
    fontCache = { regular: readFileSync(path('DejaVuSans.ttf')), bold: readFileSync(path('DejaVuSans-Bold.ttf')) };
  }
  return fontCache;
}

/** Control characters other than newline are dropped, tabs become spaces: a PDF shows neither. */
export function printable(text: string): string {
  return text
    .replace(/\t/g, '    ')
    .replace(/\r\n?/g, '\n')
    .replace(/[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu, (c) => (c === '\n' ? c : ''));
}

/** Splits text into lines no wider than `width`, breaking at spaces, and inside over-long words. */
export function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const out: string[] = [];
  for (const paragraph of printable(text).split('\n')) {
    let line = '';
    for (const word of paragraph.split(/ +/)) {
      const candidate = line ? `${line} ${word}` : word;
      if (font.widthOfTextAtSize(candidate, size) <= width) {
        line = candidate;
        continue;
      }
      if (line) out.push(line);
      let rest = word;
      while (font.widthOfTextAtSize(rest, size) > width) {
        let cut = rest.length - 1;
        while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut--;
        out.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
    }
    out.push(line);
  }
  return out;
}

const bidi = bidiFactory();
const RTL_LETTER = /[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]/;
const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<', '«': '»', '»': '«' };

/** Whether a paragraph reads right to left: its first strong letter is Arabic or Hebrew. */
export function isRtl(text: string): boolean {
  return bidi.getEmbeddingLevels(text, 'auto').paragraphs[0]?.level === 1;
}

/**
 * One line in visual order, as runs to draw left to right (Unicode bidi algorithm, rule L2). fontkit
 * shapes Arabic and lays a run with Arabic or Hebrew letters out right to left itself; any other
 * right-to-left run (neutrals between Arabic words) is reversed here. Mirrored brackets (L4).
 */
export function visualRuns(line: string, rtl: boolean): string[] {
  const { levels } = bidi.getEmbeddingLevels(line, rtl ? 'rtl' : 'ltr');
  const runs: { text: string; level: number }[] = [];
  for (let i = 0; i < line.length; i++) {
    const level = levels[i] ?? 0;
    const last = runs[runs.length - 1];
    if (last && last.level === level) last.text += line[i];
    else runs.push({ text: line[i] ?? '', level });
  }
  const highest = Math.max(0, ...runs.map((r) => r.level));
  for (let level = highest; level >= 1; level--) {
    for (let i = 0; i < runs.length; ) {
      if ((runs[i]?.level ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < runs.length && (runs[j]?.level ?? 0) >= level) j++;
      const reversed = runs.slice(i, j).reverse();
      runs.splice(i, j - i, ...reversed);
      i = j;
    }
  }
  return runs.map((r) => {
    if (r.level % 2 === 0) return r.text;
    const mirrored = [...r.text].map((c) => MIRROR[c] ?? c);
    return RTL_LETTER.test(r.text) ? mirrored.join('') : mirrored.reverse().join('');
  });
}

class Layout {
  private page: PDFPage;
  private y: number;
  readonly pages: PDFPage[] = [];

  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = this.newPage();
    this.y = A4[1] - MARGIN;
  }

  private newPage(): PDFPage {
    const page = this.doc.addPage(A4);
    this.pages.push(page);
    return page;
  }

  get width(): number {
    return A4[0] - 2 * MARGIN;
  }

  /** Room for `height` points on this page, or a new page. */
  ensure(height: number): void {
    if (this.y - height >= MARGIN + 24) return;
    this.page = this.newPage();
    this.y = A4[1] - MARGIN;
  }

  /** Draws wrapped lines; a right-to-left paragraph is set flush right, its runs in visual order. */
  lines(lines: string[], font: PDFFont, size: number, indent = 0): void {
    const rtl = isRtl(lines.join(' '));
    for (const line of lines) {
      this.ensure(size * LEADING);
      this.y -= size * LEADING;
      const runs = visualRuns(line, rtl);
      const width = runs.reduce((sum, run) => sum + font.widthOfTextAtSize(run, size), 0);
      let x = rtl ? A4[0] - MARGIN - width : MARGIN + indent;
      for (const run of runs) {
        this.page.drawText(run, { x, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
        x += font.widthOfTextAtSize(run, size);
      }
    }
  }

  gap(points: number): void {
    this.y -= points;
  }

  /** Two columns, the value right-aligned, a rule under the header. */
  table(block: Extract<PdfBlock, { kind: 'table' }>): void {
    this.lines(wrap(block.caption, this.bold, BODY, this.width), this.bold, BODY);
    const size = 9.5;
    const row = size * LEADING;
    const valueX = MARGIN + this.width;
    const draw = (label: string, value: string, font: PDFFont) => {
      this.ensure(row);
      this.y -= row;
      const shown = wrap(label, font, size, this.width - 90)[0] ?? '';
      this.page.drawText(shown, { x: MARGIN, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
      this.page.drawText(value, { x: valueX - font.widthOfTextAtSize(value, size), y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
    };
    draw(block.header[0], block.header[1], this.bold);
    this.page.drawLine({ start: { x: MARGIN, y: this.y - 3 }, end: { x: valueX, y: this.y - 3 }, thickness: 0.5, color: rgb(0.5, 0.5, 0.5) });
    for (const r of block.rows) draw(r.label, r.value === null ? block.withheld : String(r.value), this.regular);
    this.gap(10);
  }

  /** Bars scaled to the largest published value; labels left, values after the bar. */
  bars(block: Extract<PdfBlock, { kind: 'bars' }>): void {
    this.lines(wrap(block.caption, this.bold, BODY, this.width), this.bold, BODY);
    const size = 8.5;
    const row = 13;
    const labelWidth = 150;
    const barMax = this.width - labelWidth - 60;
    const max = Math.max(1, ...block.rows.map((r) => r.value ?? 0));
    for (const r of block.rows) {
      this.ensure(row);
      this.y -= row;
      const label = wrap(r.label, this.regular, size, labelWidth - 6)[0] ?? '';
      this.page.drawText(label, { x: MARGIN, y: this.y + 2, size, font: this.regular, color: rgb(0.1, 0.1, 0.1) });
      const x = MARGIN + labelWidth;
      if (r.value === null) {
        this.page.drawRectangle({ x, y: this.y, width: 24, height: 9, borderColor: rgb(0.45, 0.45, 0.45), borderWidth: 0.6, borderDashArray: [2, 2] });
        this.page.drawText(block.withheld, { x: x + 30, y: this.y + 2, size, font: this.regular, color: rgb(0.35, 0.35, 0.35) });
      } else {
        const width = (r.value / max) * barMax;
        if (width > 0) this.page.drawRectangle({ x, y: this.y, width, height: 9, color: rgb(0.08, 0.28, 0.5) });
        this.page.drawText(String(r.value), { x: x + width + 4, y: this.y + 2, size, font: this.regular, color: rgb(0.1, 0.1, 0.1) });
      }
    }
    this.gap(10);
  }
}

export async function renderPdf(blocks: PdfBlock[], meta: PdfMeta): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  const { regular: regularBytes, bold: boldBytes } = fonts();
  const regular = await doc.embedFont(regularBytes, { subset: true });
  const bold = await doc.embedFont(boldBytes, { subset: true });
  const layout = new Layout(doc, regular, bold);
  for (const block of blocks) {
    switch (block.kind) {
      case 'title':
        layout.lines(wrap(block.text, bold, 16, layout.width), bold, 16);
        layout.gap(10);
        break;
      case 'heading':
        layout.gap(8);
        layout.ensure(40);
        layout.lines(wrap(block.text, bold, 12, layout.width), bold, 12);
        layout.gap(2);
        break;
      case 'paragraph':
        layout.lines(wrap(block.text, regular, BODY, layout.width), regular, BODY);
        layout.gap(6);
        break;
      case 'field':
        layout.ensure(2 * BODY * LEADING);
        layout.lines(wrap(block.label, bold, BODY, layout.width), bold, BODY);
        layout.lines(wrap(block.value, regular, BODY, layout.width - 12), regular, BODY, 12);
        layout.gap(4);
        break;
      case 'table':
        layout.gap(4);
        layout.table(block);
        break;
      case 'bars':
        layout.gap(4);
        layout.bars(block);
        break;
      case 'spacer':
        layout.gap(12);
        break;
      default: {
        const never: never = block;
        throw new Error(`unknown block ${String(never)}`);
      }
    }
  }
  const total = layout.pages.length;
  layout.pages.forEach((page, i) => {
    const text = printable(`${meta.footer} — ${i + 1}/${total}`);
    page.drawText(text, { x: MARGIN, y: MARGIN / 2, size: 8, font: regular, color: rgb(0.35, 0.35, 0.35) });
  });
  doc.setTitle(printable(meta.title));
  doc.setLanguage(meta.language);
  doc.setProducer('Baken');
  doc.setCreator('Baken');
  doc.setCreationDate(meta.createdAt);
  doc.setModificationDate(meta.createdAt);
  return doc.save();
}
