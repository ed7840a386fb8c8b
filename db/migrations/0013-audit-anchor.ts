// Audit-entry retention and re-keying the audit chain (main/audit/chain.ts):
//  - audit_anchor: one row once a purge removed the oldest entries: the seq of the first kept
//    entry, the MAC of the removed entry before it, when, and a MAC over those under the audit key,
//    so verification starts there and nobody without the key can move it;
//  - the append-only triggers again, loosened just enough: an entry before the anchor may be
//    deleted (the purge writes the anchor first), and an entry's MAC alone may change while a
//    re-key has its marker row in audit_rechain (inside the re-key's transaction only).
export const sql = `
CREATE TABLE audit_anchor (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  seq INTEGER NOT NULL CHECK (seq > 1),
  prev_mac BLOB NOT NULL,
  at TEXT NOT NULL,
  anchor_mac BLOB NOT NULL
) STRICT;

CREATE TABLE audit_rechain (id INTEGER PRIMARY KEY CHECK (id = 1)) STRICT;

DROP TRIGGER audit_log_no_update;
DROP TRIGGER audit_log_no_delete;
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
WHEN NOT EXISTS (SELECT 1 FROM audit_rechain)
  OR NEW.seq IS NOT OLD.seq OR NEW.at IS NOT OLD.at OR NEW.actor IS NOT OLD.actor
  OR NEW.action IS NOT OLD.action OR NEW.target IS NOT OLD.target OR NEW.details IS NOT OLD.details
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.seq >= coalesce((SELECT seq FROM audit_anchor WHERE id = 1), 1)
BEGIN SELECT RAISE(ABORT, 'audit log is append-only'); END;
`;
