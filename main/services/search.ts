// Search as a use case: casework roles see every case's content (identity is never indexed, only
// summaries, narratives, intake notes and case notes), so no case restriction applies here.
import type { SearchHitView } from '../../core/search';
import { getCaseRow } from '../../db/queries/cases';
import { search } from '../search/query';
import type { ActiveSession } from './session';

export function searchCases(s: ActiveSession, text: string, limit: number): SearchHitView[] {
  const numbers = new Map<number, string>();
  return search(s.vault.db, text, { limit }).map((hit) => {
    let number = numbers.get(hit.caseId);
    if (number === undefined) {
      number = getCaseRow(s.vault.db, hit.caseId)?.number ?? '';
      numbers.set(hit.caseId, number);
    }
    return { ...hit, caseNumber: number };
  });
}
