// Anonymised briefs for the national threat analysis (main/services/briefs.ts). A brief freezes,
// when it is made, which reports it counts (brief_reports) and its aggregate tables (already
// suppressed below k); vignettes keep the coordinator's redaction spans. Approval binds the hash
// of the whole content; any change clears it.
export const sql = `
CREATE TABLE briefs (
  id INTEGER PRIMARY KEY,
  period_from TEXT NOT NULL,
  period_to TEXT NOT NULL,
  filter TEXT NOT NULL,
  k INTEGER NOT NULL CHECK (k BETWEEN 2 AND 100),
  introduction TEXT NOT NULL DEFAULT '',
  aggregates TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'approved', 'exported')),
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  approved_by TEXT,
  approved_at TEXT,
  approved_hash TEXT,
  exported_by TEXT,
  exported_at TEXT,
  export_file TEXT,
  export_sha256 TEXT,
  export_encrypted INTEGER CHECK (export_encrypted IN (0, 1))
) STRICT;

CREATE TABLE brief_reports (
  brief_id INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
  report_id TEXT NOT NULL REFERENCES reports(report_id),
  PRIMARY KEY (brief_id, report_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE brief_vignettes (
  brief_id INTEGER NOT NULL REFERENCES briefs(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  report_id TEXT NOT NULL REFERENCES reports(report_id),
  spans TEXT NOT NULL,
  PRIMARY KEY (brief_id, position)
) STRICT, WITHOUT ROWID;
`;
