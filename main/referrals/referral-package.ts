// The referral package: the letter as PDF plus the chosen report data as JSON, in a tar encrypted
// with age to the partner's recipient; or, for a partner without a recipient, the letter alone as
// a printable PDF (the chosen data printed in it). Built in memory: only the caller writes it, to
// removable media. Holds exactly the chosen fields of the report and nothing else of it.
import { PARTNER_KINDS, PARTNER_KIND_NAMES, type PartnerKind, SHAREABLE_FIELD_NAMES, type ShareableField } from '../../core/referrals/referrals';
import type { Report } from '../../core/bundle/schemas';
import { collect, encryptAge } from '../bundle/age-stream';
import { writeTar } from '../bundle/tar';
import { type PdfBlock, renderPdf } from '../documents/pdf-text';

export const REFERRAL_FORMAT = 'baken-referral/1';

export type SharedValue = string | string[] | { startedOn: string | null; lastOccurredOn: string | null; ongoing: boolean | null } | null;

/** Exactly the chosen fields, each present (null when the report does not hold it). */
export function sharedData(report: Report, fields: readonly ShareableField[]): Partial<Record<ShareableField, SharedValue>> {
  const { reporter, incident } = report;
  const value = (field: ShareableField): SharedValue => {
    switch (field) {
      case 'summary':
        return incident.summary;
      case 'narrative':
        return incident.narrative;
      case 'categories':
        return incident.categories ?? [];
      case 'countryOfConcern':
        return incident.countryOfConcern ?? null;
      case 'period':
        return { startedOn: incident.startedOn ?? null, lastOccurredOn: incident.lastOccurredOn ?? null, ongoing: incident.ongoing ?? null };
      case 'actorDescription':
        return incident.actorDescription ?? null;
      case 'pseudonym':
        return reporter.pseudonym;
      case 'name':
        return reporter.name ?? null;
      case 'phone':
        return reporter.phone ?? null;
      case 'email':
        return reporter.email ?? null;
      case 'municipality':
        return reporter.municipality ?? null;
      case 'preferredContact':
        return reporter.preferredContact ?? null;
      case 'safeContactTimes':
        return reporter.safeContactTimes ?? null;
      default: {
        const never: never = field;
        throw new Error(`unknown field ${String(never)}`);
      }
    }
  };
  const out: Partial<Record<ShareableField, SharedValue>> = {};
  for (const f of fields) out[f] = value(f);
  return out;
}

export type ReferralPackageInput = {
  reference: string;
  createdAt: Date;
  partner: { name: string; kind: PartnerKind; region: string; recipient: string | null };
  reason: string;
  letter: string;
  /** The coordinator's documented reason when the reporter did not consent; null: they consented. */
  override: string | null;
  fields: readonly ShareableField[];
  report: Report;
};

function shownValue(v: SharedValue): string {
  if (v === null) return '(niet bekend)';
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length > 0 ? v.join(', ') : '(geen)';
  const parts = [v.startedOn ? `vanaf ${v.startedOn}` : null, v.lastOccurredOn ? `laatst op ${v.lastOccurredOn}` : null, v.ongoing ? 'nog gaande' : null];
  return parts.filter((p) => p !== null).join(', ') || '(niet bekend)';
}

function letterBlocks(input: ReferralPackageInput, data: Partial<Record<ShareableField, SharedValue>>): PdfBlock[] {
  const day = input.createdAt.toISOString().slice(0, 10);
  const blocks: PdfBlock[] = [
    { kind: 'title', text: 'Vertrouwenslijn buitenlandse inmenging — doorverwijzing' },
    { kind: 'field', label: 'Kenmerk', value: input.reference },
    { kind: 'field', label: 'Datum', value: day },
    { kind: 'field', label: 'Aan', value: `${input.partner.name} (${PARTNER_KIND_NAMES[input.partner.kind].nl.toLowerCase()}${input.partner.region ? `, ${input.partner.region}` : ''})` },
    { kind: 'field', label: 'Reden van doorverwijzing', value: input.reason },
    {
      kind: 'field',
      label: 'Toestemming',
      value:
        input.override === null
          ? 'De melder heeft toestemming gegeven voor doorverwijzing.'
          : `De melder heeft geen toestemming gegeven. Een coördinator heeft wegens een acuut veiligheidsrisico besloten toch door te verwijzen: ${input.override}`,
    },
    { kind: 'heading', text: 'Brief' },
    { kind: 'paragraph', text: input.letter.trim() || '(geen brieftekst)' },
    { kind: 'heading', text: 'Gedeelde gegevens' },
    { kind: 'paragraph', text: 'Alleen de hieronder genoemde gegevens uit de melding worden gedeeld.' },
  ];
  for (const f of input.fields) blocks.push({ kind: 'field', label: SHAREABLE_FIELD_NAMES[f].nl, value: shownValue(data[f] ?? null) });
  blocks.push({ kind: 'spacer' }, { kind: 'paragraph', text: 'Vertrouwelijk. Verwijs bij contact met de Vertrouwenslijn naar het kenmerk hierboven.' });
  return blocks;
}

export type ReferralPackage = { fileName: string; bytes: Uint8Array; encrypted: boolean };

/** The file name says only that it is a referral, and which: nothing of the partner or the case. */
export function packageFileName(reference: string, encrypted: boolean): string {
  return `verwijzing-${reference}${encrypted ? '.tar.age' : '.pdf'}`;
}

export async function buildReferralPackage(input: ReferralPackageInput): Promise<ReferralPackage> {
  if (!PARTNER_KINDS.includes(input.partner.kind)) throw new Error('unknown partner kind');
  const data = sharedData(input.report, input.fields);
  const pdf = await renderPdf(letterBlocks(input, data), {
    title: `Doorverwijzing ${input.reference}`,
    language: 'nl-NL',
    createdAt: input.createdAt,
    footer: `Vertrouwelijk — ${input.reference}`,
  });
  if (input.partner.recipient === null) return { fileName: packageFileName(input.reference, false), bytes: pdf, encrypted: false };
  const json = Buffer.from(
    `${JSON.stringify(
      {
        format: REFERRAL_FORMAT,
        reference: input.reference,
        createdAt: input.createdAt.toISOString(),
        partner: { name: input.partner.name, kind: input.partner.kind },
        reason: input.reason,
        consent: input.override === null ? 'reporter-consented' : 'emergency-override',
        ...(input.override === null ? {} : { overrideReason: input.override }),
        fields: input.fields,
        data,
      },
      null,
      2,
    )}\n`,
    'utf8',
  );
  const mtime = input.createdAt;
  const tar = writeTar([
    { path: 'brief.pdf', size: pdf.length, data: pdf, mtime },
    { path: 'gegevens.json', size: json.length, data: json, mtime },
  ]);
  const bytes = await collect(encryptAge(tar, { recipients: [input.partner.recipient] }));
  return { fileName: packageFileName(input.reference, true), bytes, encrypted: true };
}
