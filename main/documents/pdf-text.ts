// Renders a plain document (title, headings, paragraphs, labelled fields) as an A4 PDF with an
// embedded Unicode font, so names such as "Ayşe Yılmaz" print as written. Used for referral
// letters and briefs; main only. Everything is built in memory: the result is written to a medium
// by the caller, never to this computer's disk.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import fontkit from '@pdf-lib/fontkit';
import { PDFDocument, type PDFFont, type PDFPage, rgb } from 'pdf-lib';

export type PdfBlock =
  | { kind: 'title'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'field'; label: string; value: string }
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

  lines(lines: string[], font: PDFFont, size: number, indent = 0): void {
    for (const line of lines) {
      this.ensure(size * LEADING);
      this.y -= size * LEADING;
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size, font, color: rgb(0.1, 0.1, 0.1) });
    }
  }

  gap(points: number): void {
    this.y -= points;
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
