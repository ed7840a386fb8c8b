// Which reports a brief counts: received in the period, the reporter consented to anonymised
// analysis, not judged fabricated, and matching the filter. For each, the coarse row the tables
// count and the identifiers the leak check must never find in the output.
import type { BriefFilter } from '../../core/briefs/briefs';
import type { LeakIdentifier } from '../../core/briefs/redaction-types';
import type { Report } from '../../core/bundle/schemas';
import type { Db } from '../../db/open';
import { candidateReports } from '../../db/queries/briefs';
import type { BriefRow } from './aggregate';

export type Included = { reportIds: string[]; rows: BriefRow[]; identifiers: LeakIdentifier[] };

/** The day after `day` (YYYY-MM-DD), for a half-open upper bound on received_at. */
function dayAfter(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The identifiers a report holds about its reporter. */
export function reportIdentifiers(report: Report): LeakIdentifier[] {
  const r = report.reporter;
  const out: LeakIdentifier[] = [{ kind: 'known', value: r.pseudonym }];
  if (r.name) out.push({ kind: 'known', value: r.name });
  if (r.phone) out.push({ kind: 'phone', value: r.phone });
  if (r.email) out.push({ kind: 'email', value: r.email });
  return out;
}

export function includedReports(db: Db, from: string, to: string, filter: BriefFilter): Included {
  const out: Included = { reportIds: [], rows: [], identifiers: [] };
  const categories = new Set(filter.categories);
  const countries = new Set(filter.countries);
  for (const c of candidateReports(db, from, dayAfter(to))) {
    const report = JSON.parse(c.content.toString('utf8')) as Report;
    if (report.reporter.consent.anonymisedAnalysis !== true) continue;
    const cats = report.incident.categories ?? [];
    if (categories.size > 0 && !cats.some((x) => categories.has(x))) continue;
    const country = report.incident.countryOfConcern ?? null;
    if (countries.size > 0 && (country === null || !countries.has(country))) continue;
    out.reportIds.push(c.report_id);
    out.rows.push({
      month: c.received_at.slice(0, 7),
      categories: cats,
      country,
      channel: c.channel,
      municipality: report.incident.municipality ?? report.reporter.municipality ?? null,
    });
    for (const id of reportIdentifiers(report)) out.identifiers.push(id);
  }
  return out;
}
