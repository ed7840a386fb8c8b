// The original text of indexed fields: the report JSON as stored (reports.content) and note bodies.
import type { Db } from '../../db/open';
import { stmt } from '../../db/statement-cache';
import type { SearchField } from '../../core/search';

export type ReportFields = { summary: string; narrative: string; intakeNotes: string | null };

/** The searchable fields of a stored report (BUNDLE-FORMAT.md §4); null if the JSON is not one. */
export function reportFields(content: Uint8Array | string): ReportFields | null {
  let report: unknown;
  try {
    report = JSON.parse(typeof content === 'string' ? content : Buffer.from(content).toString('utf8'));
  } catch {
    return null;
  }
  const incident = (report as { incident?: { summary?: unknown; narrative?: unknown } } | null)?.incident;
  const intakeNotes = (report as { intakeNotes?: unknown }).intakeNotes;
  if (typeof incident?.summary !== 'string' || typeof incident.narrative !== 'string') return null;
  return { summary: incident.summary, narrative: incident.narrative, intakeNotes: typeof intakeNotes === 'string' ? intakeNotes : null };
}

/** Reads original texts for a batch of hits, each report parsed once. */
export class OriginalTexts {
  private readonly reports = new Map<string, ReportFields | null>();

  constructor(private readonly db: Db) {}

  get(doc: { reportId: string | null; noteId: number | null; field: SearchField }): string | null {
    if (doc.field === 'note') {
      if (doc.noteId === null) return null;
      return (stmt(this.db, 'SELECT body FROM notes WHERE id = ?').pluck().get(doc.noteId) as string | undefined) ?? null;
    }
    if (doc.reportId === null) return null;
    let fields = this.reports.get(doc.reportId);
    if (fields === undefined) {
      const content = stmt(this.db, 'SELECT content FROM reports WHERE report_id = ?').pluck().get(doc.reportId) as Buffer | undefined;
      fields = content === undefined ? null : reportFields(content);
      this.reports.set(doc.reportId, fields);
    }
    return fields?.[doc.field] ?? null;
  }
}
