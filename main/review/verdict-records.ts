// A report's verdicts as every side shows them (newest first): the effective one, one waiting for
// a second reviewer, and the history.
import { type Verdict, type VerdictRecord, type VerdictState, isVerdict } from '../../core/review/verdicts';
import { verdictsOf } from '../../db/queries/review';
import type { Db } from '../../db/open';

export const asVerdict = (v: string | null): Verdict | null => (isVerdict(v) ? v : null);

export function verdictRecords(db: Db, reportId: string): VerdictRecord[] {
  return verdictsOf(db, reportId).map((v) => ({
    id: v.id,
    reportId: v.report_id,
    verdict: asVerdict(v.verdict) ?? 'inconclusive',
    rationale: v.rationale,
    by: v.by_user,
    at: v.at,
    state: v.state as VerdictState,
    decidedBy: v.decided_by,
    decidedAt: v.decided_at,
  }));
}
