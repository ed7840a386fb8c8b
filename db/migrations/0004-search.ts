// Full-text search (main/search). The indexes hold only a folded copy of the text (lower case, no
// diacritics, unified Arabic letters; see main/search/normalise.ts) and no content of their own: the
// snippets are cut from the original text in `reports.content` and `notes.body`.
//  - search_docs: one row per indexed text (a report's summary, narrative or intake notes, or a case
//    note) and the case it belongs to now; its id is the rowid in both FTS tables.
//  - search_trigram: every 3-character substring of the folded text, with positions (phrase match
//    and bm25). Answers queries of 3+ characters in any script.
//  - search_short: for 1–2 character queries — every CJK character and pair of adjacent ones, and the
//    first two characters of every other word, as ASCII tokens (main/search/terms.ts). Rowids only.
// Deleting a search_docs row (directly, or with its report or note) deletes its index entries. In a
// contentless_delete table that is a tombstone: the old text's trigrams stay in index pages until
// FTS5 merges that segment (or `optimizeSearchIndex`). FTS5's secure-delete cannot help here (it
// needs the old text), and nothing new is exposed: note_versions keeps every old note body anyway.
export const sql = `
CREATE TABLE search_docs (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  report_id TEXT REFERENCES reports(report_id) ON DELETE CASCADE,
  note_id INTEGER REFERENCES notes(id) ON DELETE CASCADE,
  field TEXT NOT NULL CHECK (field IN ('summary', 'narrative', 'intakeNotes', 'note')),
  CHECK ((report_id IS NULL) <> (note_id IS NULL)),
  CHECK ((field = 'note') = (note_id IS NOT NULL))
) STRICT;
CREATE UNIQUE INDEX search_docs_report ON search_docs(report_id, field) WHERE report_id IS NOT NULL;
CREATE UNIQUE INDEX search_docs_note ON search_docs(note_id) WHERE note_id IS NOT NULL;
CREATE INDEX search_docs_case ON search_docs(case_id);

CREATE VIRTUAL TABLE search_trigram USING fts5(
  text, tokenize = 'trigram case_sensitive 1', content = '', contentless_delete = 1
);

CREATE VIRTUAL TABLE search_short USING fts5(
  tokens, tokenize = 'ascii', content = '', contentless_delete = 1, detail = none
);

CREATE TRIGGER search_docs_delete AFTER DELETE ON search_docs BEGIN
  DELETE FROM search_trigram WHERE rowid = old.id;
  DELETE FROM search_short WHERE rowid = old.id;
END;

-- The folding rules the index was built with (NORMALISER_VERSION); another value means rebuild.
CREATE TABLE search_state (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  normaliser INTEGER NOT NULL
) STRICT;
INSERT INTO search_state (id, normaliser) VALUES (1, 0);
`;
