// Retention (main/retention/, main/services/retention.ts):
//  - a legal hold on a case (flag, reason, who and when): a held case, every case merged into it
//    or that it is merged into, and their reports are never purged;
//  - retention_shred: the sealed bytes a purge must still overwrite (a blob file, or a range of a
//    pack), written in the purge's own transaction and emptied once the bytes are destroyed, so a
//    crash between the two is finished by the next purge. Periods and the last purge are settings.
export const sql = `
ALTER TABLE cases ADD COLUMN legal_hold INTEGER NOT NULL DEFAULT 0 CHECK (legal_hold IN (0, 1));
ALTER TABLE cases ADD COLUMN legal_hold_reason TEXT;
ALTER TABLE cases ADD COLUMN legal_hold_by TEXT;
ALTER TABLE cases ADD COLUMN legal_hold_at TEXT;
CREATE INDEX cases_retention ON cases(status, updated_at) WHERE merged_into IS NULL AND legal_hold = 0;

CREATE TABLE retention_shred (
  id INTEGER PRIMARY KEY,
  sha256 TEXT NOT NULL,
  pack TEXT,
  pack_offset INTEGER,
  pack_length INTEGER,
  CHECK ((pack IS NULL) = (pack_offset IS NULL) AND (pack IS NULL) = (pack_length IS NULL))
) STRICT;
`;
