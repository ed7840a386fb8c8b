// Every imported report opens a case of its own, in the import's transaction.
import type { Report } from '../../core/bundle/schemas';
import { addCaseEvent, insertCase, linkReportToCase, nextCaseNumber } from '../../db/queries/cases';
import type { Db } from '../../db/open';

export function openCaseForReport(db: Db, report: Report, now: Date, actor: string): { caseId: number; number: string } {
  const urgent = report.urgentSafetyRisk === true;
  const number = nextCaseNumber(db, now.getUTCFullYear());
  const caseId = insertCase(db, {
    number,
    urgent,
    // An urgent safety risk from intake puts the case on top.
    priority: urgent ? 'urgent' : 'normal',
    country: report.incident.countryOfConcern ?? null,
    categories: report.incident.categories ?? [],
    receivedAt: report.receivedAt,
    now: now.toISOString(),
  });
  linkReportToCase(db, report.reportId, caseId);
  addCaseEvent(db, caseId, { at: now.toISOString(), actor, kind: 'case.opened', details: { reportId: report.reportId, urgent } });
  return { caseId, number };
}
