// Report rows as lists show them: metadata only, never the reporter's identity.
import type { ReportRow } from '../../core/types';
import type { ReportListRow } from '../../db/queries/intake';

export function toReportRow(r: ReportListRow): ReportRow {
  let categories: string[] = [];
  try {
    const parsed: unknown = JSON.parse(r.categories);
    if (Array.isArray(parsed)) categories = parsed.filter((c): c is string => typeof c === 'string');
  } catch {
    categories = [];
  }
  return { ...r, categories, urgent: r.urgent === 1 };
}
