// Keeps the search index in step with casework. (Transitional: wired to main/search/indexer.ts as
// soon as the index lands in this same change; nothing is indexed until then.)
import type { MoveHook, NoteHook } from '../services/cases';

export const searchHooks: { onNote: NoteHook; onMove: MoveHook } = {
  onNote: () => undefined,
  onMove: () => undefined,
};
