// Full-text search results, shared by main (which finds them) and the renderer (which shows them).
// Data only: snippets are plain text segments, so the renderer marks hits up without any HTML.

export const SEARCH_FIELDS = ['summary', 'narrative', 'intakeNotes', 'note'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];

/** A piece of a snippet: original text, `hit` when it matched the query (render it as <mark>). */
export type SnippetSegment = { text: string; hit: boolean };

export type SearchHit = {
  caseId: number;
  /** The report the text comes from; null for a case note. */
  reportId: string | null;
  /** The note the text comes from; null for report text. */
  noteId: number | null;
  field: SearchField;
  /**
   * About 160 characters of the original text around the best hits. It starts or ends with "…"
   * when cut; whitespace runs are shown as one space. Right-to-left text is never cut inside a
   * character: render it in an element with dir="auto" (or <bdi>) per segment run.
   */
  snippet: SnippetSegment[];
};

/** A hit as the app shows it: with the case's readable number. */
export type SearchHitView = SearchHit & { caseNumber: string };
