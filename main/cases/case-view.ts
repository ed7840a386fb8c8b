// Turns rows into what a viewer may see: summaries for lists, and the case page with each report's
// reporter identity present only where need-to-know allows (core/cases/need-to-know.ts).
import { IDENTITY_FIELDS, type Viewer, mayRevealIdentity, seesIdentityDirectly } from '../../core/cases/need-to-know';
import { CASE_STATUSES, CLOSING_REASONS, type CaseStatus, type ClosingReason } from '../../core/cases/status';
import { type CaseDetail, type CaseReport, type CaseSummary, PRIORITIES, type Priority, type RiskAssessment } from '../../core/cases/types';
import type { Report } from '../../core/bundle/schemas';
import { type CaseRow, caseEvents, caseReportIds, getCaseRow } from '../../db/queries/cases';
import { caseContacts, caseNotes, caseTasks, linkedCases } from '../../db/queries/casework';
import { legalHoldOf } from '../../db/queries/retention';
import type { Db } from '../../db/open';
import { verdictRecords } from '../review/verdict-records';
import { stmt } from '../../db/statement-cache';

function json<T>(text: string, fallback: T): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    return fallback;
  }
}

const asStatus = (s: string): CaseStatus => (CASE_STATUSES as readonly string[]).includes(s) ? (s as CaseStatus) : 'new';
const asPriority = (s: string): Priority => (PRIORITIES as readonly string[]).includes(s) ? (s as Priority) : 'normal';
const asReason = (s: string | null): ClosingReason | null => (s !== null && (CLOSING_REASONS as readonly string[]).includes(s) ? (s as ClosingReason) : null);

export function toCaseSummary(r: CaseRow): CaseSummary {
  return {
    id: r.id,
    number: r.number,
    status: asStatus(r.status),
    priority: asPriority(r.priority),
    urgent: r.urgent === 1,
    assignee: r.assignee_id === null ? null : { id: r.assignee_id, displayName: r.assignee_name ?? '' },
    country: r.country,
    categories: json<string[]>(r.categories, []),
    tags: json<string[]>(r.tags, []),
    followUpOn: r.follow_up_on,
    receivedAt: r.received_at,
    updatedAt: r.updated_at,
    reportCount: r.report_count,
    summary: r.summary ?? '',
    reviewFlag: r.review_flag,
  };
}

export const EMPTY_RISK: RiskAssessment = {
  immediateDanger: false,
  threatsToFamilyAbroad: false,
  childrenInvolved: false,
  digitalCompromise: false,
  notes: '',
  assessedAt: null,
  assessedBy: null,
};

type ReportRow = { report_id: string; bundle_id: string; content: Buffer; review_flag: string | null };
type AttachmentRow = { position: number; sha256: string; filename: string; media_type: string; description: string | null; size: number };

export function loadReport(db: Db, reportId: string): { row: ReportRow; report: Report } | null {
  const row = stmt(db, 'SELECT report_id, bundle_id, content, review_flag FROM reports WHERE report_id = ?').get(reportId) as ReportRow | undefined;
  if (!row) return null;
  return { row, report: JSON.parse(row.content.toString('utf8')) as Report };
}

export function reportView(db: Db, reportId: string, originCaseId: number, showIdentity: boolean): CaseReport | null {
  const loaded = loadReport(db, reportId);
  if (!loaded) return null;
  const { row, report } = loaded;
  const attachments = stmt(
    db,
    `SELECT ra.position, ra.sha256, ra.filename, ra.media_type, ra.description, a.size
     FROM report_attachments ra JOIN attachments a ON a.sha256 = ra.sha256 WHERE ra.report_id = ? ORDER BY ra.position`,
  ).all(reportId) as AttachmentRow[];
  const rep = report.reporter as Record<string, unknown>;
  const identity: Record<string, string> = {};
  for (const f of IDENTITY_FIELDS) if (typeof rep[f] === 'string') identity[f] = rep[f];
  return {
    reportId,
    bundleId: row.bundle_id,
    receivedAt: report.receivedAt,
    channel: report.channel,
    language: report.language,
    urgent: report.urgentSafetyRisk === true,
    summary: report.incident.summary,
    narrative: report.incident.narrative,
    intakeNotes: report.intakeNotes ?? null,
    categories: report.incident.categories ?? [],
    countryOfConcern: report.incident.countryOfConcern ?? null,
    startedOn: report.incident.startedOn ?? null,
    lastOccurredOn: report.incident.lastOccurredOn ?? null,
    ongoing: report.incident.ongoing ?? null,
    actorDescription: report.incident.actorDescription ?? null,
    reporter: { pseudonym: report.reporter.pseudonym, consent: report.reporter.consent, identity: showIdentity ? identity : null },
    attachments: attachments.map((a) => ({ position: a.position, sha256: a.sha256, filename: a.filename, mediaType: a.media_type, description: a.description, size: a.size })),
    reviewFlag: row.review_flag,
    verdicts: verdictRecords(db, reportId),
    originCaseId,
  };
}

export function caseDetail(db: Db, caseId: number, viewer: Viewer, revealed: boolean): CaseDetail | null {
  const row = getCaseRow(db, caseId);
  if (!row) return null;
  const showIdentity = revealed || seesIdentityDirectly(viewer, row.assignee_id);
  const merged = row.merged_into === null ? null : getCaseRow(db, row.merged_into);
  return {
    ...toCaseSummary(row),
    closingReason: asReason(row.closing_reason),
    risk: { ...EMPTY_RISK, ...json<Partial<RiskAssessment>>(row.risk, {}) },
    reports: caseReportIds(db, caseId)
      .map((r) => reportView(db, r.reportId, r.originCaseId, showIdentity))
      .filter((r): r is CaseReport => r !== null),
    events: caseEvents(db, caseId).map((e) => ({ ...e, details: json<Record<string, unknown>>(e.details, {}) })),
    notes: caseNotes(db, caseId).map((n) => ({ id: n.id, author: n.author, createdAt: n.created_at, updatedAt: n.updated_at, body: n.body, versions: n.versions })),
    contacts: caseContacts(db, caseId),
    tasks: caseTasks(db, caseId).map((t) => ({
      id: t.id,
      title: t.title,
      dueOn: t.due_on,
      assignee: t.assignee_id === null ? null : { id: t.assignee_id, displayName: t.assignee_name ?? '' },
      doneAt: t.done_at,
      createdAt: t.created_at,
      createdBy: t.created_by,
    })),
    links: linkedCases(db, caseId).map((l) => ({ id: l.id, number: l.number, status: asStatus(l.status) })),
    mergedInto: merged ? { id: merged.id, number: merged.number } : null,
    canReveal: mayRevealIdentity(viewer) && !showIdentity,
    legalHold: legalHoldOf(db, caseId),
  };
}
