// Review lookups made smaller and the signals taken off the import's path (migration 0007 is
// kept as released; this one changes it):
//  - report_fingerprints gets an integer id, and report_lsh holds that id instead of the report
//    id: two integers per band row, a far smaller index for an import to write. Band keys are
//    computed from the stored MinHash at the next unlock (main/review/backfill.ts).
//  - review_pending: reports whose signals are to be computed, filled in each bundle's
//    transaction and emptied by the review step after the import's commits (main/review/pending.ts).
//    Every report goes on it once here, so all signals are computed afresh.
export const sql = `
DROP TABLE report_lsh;
DROP INDEX report_fingerprints_pseudonym;
ALTER TABLE report_fingerprints RENAME TO report_fingerprints_0007;
CREATE TABLE report_fingerprints (
  id INTEGER PRIMARY KEY,
  report_id TEXT NOT NULL UNIQUE REFERENCES reports(report_id),
  minhash BLOB NOT NULL,
  shingles INTEGER NOT NULL,
  pseudonym TEXT
) STRICT;
INSERT INTO report_fingerprints (report_id, minhash, shingles, pseudonym)
  SELECT report_id, minhash, shingles, pseudonym FROM report_fingerprints_0007 ORDER BY report_id;
DROP TABLE report_fingerprints_0007;
CREATE INDEX report_fingerprints_pseudonym ON report_fingerprints(pseudonym) WHERE pseudonym IS NOT NULL;
CREATE TABLE report_lsh (
  key INTEGER NOT NULL,
  fingerprint INTEGER NOT NULL REFERENCES report_fingerprints(id),
  PRIMARY KEY (key, fingerprint)
) STRICT, WITHOUT ROWID;
CREATE TABLE review_pending (
  report_id TEXT PRIMARY KEY REFERENCES reports(report_id)
) STRICT, WITHOUT ROWID;
INSERT INTO review_pending (report_id) SELECT report_id FROM reports;
`;
