// Full-text search over reports and notes: 'search.query' { text } → { hits }. The channel is
// being added to core/ipc/contract.ts; until it is there this calls it by name and checks the
// answer's shape here (so a changed shape fails loudly instead of rendering nonsense).
import type { SearchField, SnippetSegment } from '../../../core/search';
import { ApiError, callPending } from './client';

export type SearchHitView = {
  caseId: number;
  /** Asked for with the channel; core/search.ts's SearchHit does not have it (yet). */
  caseNumber?: string;
  reportId: string | null;
  noteId: number | null;
  field: SearchField;
  snippet: SnippetSegment[];
};

const FIELDS: readonly string[] = ['summary', 'narrative', 'intakeNotes', 'note'];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

function isSegment(v: unknown): v is SnippetSegment {
  return isRecord(v) && typeof v.text === 'string' && typeof v.hit === 'boolean';
}

function isHit(v: unknown): v is SearchHitView {
  return (
    isRecord(v) &&
    typeof v.caseId === 'number' &&
    (v.caseNumber === undefined || typeof v.caseNumber === 'string') &&
    (v.reportId === null || typeof v.reportId === 'string') &&
    (v.noteId === null || typeof v.noteId === 'number') &&
    typeof v.field === 'string' &&
    FIELDS.includes(v.field) &&
    Array.isArray(v.snippet) &&
    v.snippet.every(isSegment)
  );
}

export async function searchCases(text: string): Promise<SearchHitView[]> {
  const answer = await callPending('search.query', { text });
  if (!isRecord(answer) || !Array.isArray(answer.hits) || !answer.hits.every(isHit)) {
    throw new ApiError('internal', 'search.query answered in an unexpected shape');
  }
  return answer.hits;
}
