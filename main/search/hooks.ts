// Keeps the search index in step with casework: a saved note is (re)indexed, a moved report's
// entries follow it to its new case. Called inside the change's own transaction.
import type { MoveHook, NoteHook } from '../services/cases';
import { indexNote, moveReportToCase } from './indexer';

export const searchHooks: { onNote: NoteHook; onMove: MoveHook } = {
  onNote: (db, noteId, caseId, body) => indexNote(db, { caseId, noteId, body }),
  onMove: (db, reportId, caseId) => moveReportToCase(db, reportId, caseId),
};
