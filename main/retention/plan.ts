// Which cases and reports a purge removes now. Cases are purged as a merge group: a live case with
// every case merged into it (recursively). A merged case is never purged on its own: it goes with
// the case it was merged into, and stays as long as that one is kept (splitting needs it). A
// group is kept whole when any case in it is on legal hold, or when a report outside it still
// names one of its cases as the case it opened. A fabricated report goes alone, with its case
// group when that is left without reports; never from a group on hold.
import { caseFacts, casesMergedInto, caseOf, closedCasesBefore, fabricatedReportsBefore, reportsOfCase, reportsTiedTo } from '../../db/queries/retention';
import type { Db } from '../../db/open';
import { type RetentionPeriods, cutoffFor } from './periods';

export type PurgePlan = { cases: Set<number>; reports: Set<string>; quarantineCutoff: string | null };

/** The root (live) case of a case: follows merged_into. */
function rootOf(db: Db, id: number): number {
  let current = id;
  for (let i = 0; i < 10_000; i++) {
    const facts = caseFacts(db, current);
    if (!facts || facts.mergedInto === null) return current;
    current = facts.mergedInto;
  }
  return current;
}

/** The root and every case merged into it, directly or through others. */
function groupOf(db: Db, root: number): number[] {
  const out: number[] = [];
  const queue = [root];
  const seen = new Set<number>();
  while (queue.length > 0) {
    const id = queue.pop() as number;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(id);
    queue.push(...casesMergedInto(db, id));
  }
  return out;
}

const anyHold = (db: Db, group: number[]) => group.some((id) => caseFacts(db, id)?.hold === true);

/** Reports tied to the group (in it, or opened by one of its cases) that are not in `allowed`. */
function tiedOutside(db: Db, group: number[], allowed: Set<string>): boolean {
  return group.some((id) => reportsTiedTo(db, id).some((r) => !allowed.has(r)));
}

export function planPurge(db: Db, periods: RetentionPeriods, now: Date, limit: number = Number.MAX_SAFE_INTEGER): PurgePlan {
  const cases = new Set<number>();
  const reports = new Set<string>();
  const closedCutoff = cutoffFor(periods.closedCases, now);
  if (closedCutoff !== null) {
    for (const root of closedCasesBefore(db, closedCutoff, limit)) {
      const group = groupOf(db, root);
      if (anyHold(db, group)) continue;
      const own = new Set(group.flatMap((id) => reportsOfCase(db, id)));
      if (tiedOutside(db, group, own)) continue;
      for (const id of group) cases.add(id);
      for (const r of own) reports.add(r);
    }
  }
  const fabricatedCutoff = cutoffFor(periods.fabricatedReports, now);
  if (fabricatedCutoff !== null) {
    const emptied = new Set<number>();
    for (const reportId of fabricatedReportsBefore(db, fabricatedCutoff, limit)) {
      if (reports.has(reportId)) continue;
      const caseId = caseOf(db, reportId);
      if (caseId === null) {
        reports.add(reportId);
        continue;
      }
      const root = rootOf(db, caseId);
      if (anyHold(db, groupOf(db, root))) continue;
      reports.add(reportId);
      emptied.add(root);
    }
    for (const root of emptied) {
      if (cases.has(root)) continue;
      const group = groupOf(db, root);
      if (tiedOutside(db, group, reports)) continue;
      for (const id of group) cases.add(id);
    }
  }
  return { cases, reports, quarantineCutoff: cutoffFor(periods.quarantine, now) };
}
