// What an exported brief says, built once from the brief as stored: the JSON file (format
// baken-brief/1), the PDF's blocks (charts and tables of the same figures, the introduction, the
// redacted vignettes), and every text of both, for the leak check. Dutch, the brief's language.
import type { BriefDimension, BriefTable } from '../../core/briefs/aggregate-types';
import type { BriefView } from '../../core/briefs/briefs';
import { CATEGORY_NAMES, CHANNEL_NAMES } from '../../core/bundle/categories';
import type { PdfBlock } from '../documents/pdf-text';

export const BRIEF_FORMAT = 'baken-brief/1';

const TITLES: Record<BriefDimension, string> = {
  category: 'Meldingen per soort inmenging',
  country: 'Meldingen per betrokken land',
  channel: 'Meldingen per kanaal',
  month: 'Meldingen per maand van ontvangst',
  province: 'Meldingen per provincie',
};

const countryNames = new Intl.DisplayNames(['nl'], { type: 'region', fallback: 'code' });
const monthNames = new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });

function hasKey<T extends object>(o: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(o, key);
}

export function cellLabel(dimension: BriefDimension, key: string): string {
  if (key === 'other') return dimension === 'country' ? 'Overige landen' : 'Overige';
  if (key === 'unknown') return 'Onbekend';
  switch (dimension) {
    case 'category':
      return hasKey(CATEGORY_NAMES, key) ? CATEGORY_NAMES[key].nl : key;
    case 'channel':
      return hasKey(CHANNEL_NAMES, key) ? CHANNEL_NAMES[key].nl : key;
    case 'country':
      return /^[A-Z]{2}$/.test(key) ? countryNames.of(key) ?? key : key;
    case 'month':
      return /^\d{4}-\d{2}$/.test(key) ? monthNames.format(new Date(`${key}-01T00:00:00Z`)) : key;
    case 'province':
      return key;
    default: {
      const never: never = dimension;
      return String(never);
    }
  }
}

export function withheldText(k: number): string {
  return `< ${k}`;
}

function tableRows(t: BriefTable): { label: string; value: number | null }[] {
  return t.cells.map((c) => ({ label: cellLabel(t.dimension, c.key), value: c.suppressed ? null : c.count }));
}

export function briefJson(view: BriefView, generatedAt: Date): Buffer {
  const doc = {
    format: BRIEF_FORMAT,
    reference: view.reference,
    generatedAt: generatedAt.toISOString(),
    period: { from: view.from, to: view.to },
    filter: view.filter,
    k: view.k,
    reports: view.aggregates.reports,
    introduction: view.introduction,
    tables: view.aggregates.tables.map((t) => ({
      dimension: t.dimension,
      title: TITLES[t.dimension],
      multiValued: t.multiValued,
      total: t.totalSuppressed ? null : t.total,
      cells: t.cells.map((c) => ({
        key: c.key,
        label: cellLabel(t.dimension, c.key),
        count: c.suppressed ? null : c.count,
        ...(c.merged ? { merged: c.merged } : {}),
      })),
    })),
    vignettes: view.vignettes.map((v, i) => ({ number: i + 1, language: v.language, text: v.redacted })),
  };
  return Buffer.from(`${JSON.stringify(doc, null, 2)}\n`, 'utf8');
}

export function briefBlocks(view: BriefView): PdfBlock[] {
  const withheld = withheldText(view.k);
  const blocks: PdfBlock[] = [
    { kind: 'title', text: `Geanonimiseerd beeld buitenlandse inmenging — ${view.reference}` },
    { kind: 'field', label: 'Periode', value: `${view.from} tot en met ${view.to}` },
    { kind: 'field', label: 'Meldingen', value: view.aggregates.reports === null ? `minder dan ${view.k}: geen cijfers` : String(view.aggregates.reports) },
  ];
  if (view.filter.categories.length > 0 || view.filter.countries.length > 0) {
    const parts = [
      ...view.filter.categories.map((c) => cellLabel('category', c)),
      ...view.filter.countries.map((c) => cellLabel('country', c)),
    ];
    blocks.push({ kind: 'field', label: 'Selectie', value: parts.join(', ') });
  }
  if (view.introduction.trim() !== '') blocks.push({ kind: 'heading', text: 'Inleiding' }, { kind: 'paragraph', text: view.introduction });
  blocks.push(
    { kind: 'heading', text: 'Werkwijze' },
    {
      kind: 'paragraph',
      text:
        `Alleen meldingen van melders die toestemming gaven voor geanonimiseerde analyse, ontvangen in de periode en niet als verzonnen beoordeeld. ` +
        `Aantallen van 1 tot ${view.k} worden niet getoond ("${withheld}"), ook niet als ze uit totalen zijn af te leiden; kleine groepen zijn samengevoegd onder "Overige". ` +
        `Namen, contactgegevens, adressen, nummers en data zijn in de vignetten vervangen of tot de maand teruggebracht.`,
    },
  );
  for (const t of view.aggregates.tables) {
    const rows = tableRows(t);
    const total = t.totalSuppressed ? withheld : String(t.total ?? 0);
    const caption = `${TITLES[t.dimension]} (totaal ${total}${t.multiValued ? '; een melding kan onder meer soorten vallen' : ''})`;
    blocks.push({ kind: 'heading', text: TITLES[t.dimension] });
    blocks.push({ kind: 'bars', caption, rows, withheld });
    blocks.push({ kind: 'table', caption: `${TITLES[t.dimension]}: tabel`, header: ['', 'Aantal'], rows, withheld });
  }
  if (view.vignettes.length > 0) {
    blocks.push({ kind: 'heading', text: 'Vignetten' });
    view.vignettes.forEach((v, i) => blocks.push({ kind: 'field', label: `Vignet ${i + 1}`, value: v.redacted }));
  }
  return blocks;
}

/** Every text the export holds, with where it is: what the leak check reads. */
export function briefTexts(blocks: PdfBlock[], reference: string): { where: string; text: string }[] {
  const out: { where: string; text: string }[] = [{ where: 'Kenmerk', text: reference }];
  let section = 'Begin';
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push({ where: 'Titel', text: b.text });
        break;
      case 'heading':
        section = b.text;
        out.push({ where: section, text: b.text });
        break;
      case 'paragraph':
        out.push({ where: section, text: b.text });
        break;
      case 'field':
        out.push({ where: b.label, text: `${b.label}\n${b.value}` });
        break;
      case 'table':
      case 'bars':
        out.push({ where: b.caption, text: [b.caption, ...b.rows.map((r) => r.label)].join('\n') });
        break;
      case 'spacer':
        break;
      default: {
        const never: never = b;
        throw new Error(`unknown block ${String(never)}`);
      }
    }
  }
  return out;
}
