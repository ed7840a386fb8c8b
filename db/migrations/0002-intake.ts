// The intake path: trusted intake keys, imported bundles and reports, attachments (bytes in the
// blob store), and quarantine records of rejected bundles.
export const sql = `
CREATE TABLE intake_keys (
  key_id TEXT PRIMARY KEY CHECK (length(key_id) = 16),
  public_key BLOB NOT NULL CHECK (length(public_key) = 32),
  label TEXT NOT NULL,
  added_at TEXT NOT NULL,
  added_by TEXT NOT NULL,
  revoked_at TEXT,
  revoked_by TEXT
) STRICT;

CREATE TABLE bundles (
  bundle_id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  station TEXT NOT NULL,
  signer_key_id TEXT NOT NULL REFERENCES intake_keys(key_id),
  manifest BLOB NOT NULL,
  signature TEXT NOT NULL,
  file_name TEXT NOT NULL,
  file_size INTEGER NOT NULL,
  file_sha256 TEXT NOT NULL,
  medium TEXT,
  imported_at TEXT NOT NULL,
  imported_by TEXT NOT NULL,
  report_count INTEGER NOT NULL
) STRICT;

CREATE TABLE reports (
  report_id TEXT PRIMARY KEY,
  bundle_id TEXT NOT NULL REFERENCES bundles(bundle_id),
  sha256 TEXT NOT NULL,
  content BLOB NOT NULL,
  received_at TEXT NOT NULL,
  channel TEXT NOT NULL,
  language TEXT NOT NULL,
  urgent INTEGER NOT NULL CHECK (urgent IN (0, 1)),
  categories TEXT NOT NULL,
  summary TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'new',
  review_flag TEXT,
  imported_at TEXT NOT NULL
) STRICT;
CREATE INDEX reports_bundle ON reports(bundle_id);
CREATE INDEX reports_received ON reports(received_at);

CREATE TABLE attachments (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  first_bundle_id TEXT NOT NULL REFERENCES bundles(bundle_id)
) STRICT;

CREATE TABLE report_attachments (
  report_id TEXT NOT NULL REFERENCES reports(report_id),
  position INTEGER NOT NULL,
  sha256 TEXT NOT NULL REFERENCES attachments(sha256),
  filename TEXT NOT NULL,
  media_type TEXT NOT NULL,
  description TEXT,
  PRIMARY KEY (report_id, position)
) STRICT;
CREATE INDEX report_attachments_sha ON report_attachments(sha256);

CREATE TABLE quarantine (
  id INTEGER PRIMARY KEY,
  file_name TEXT NOT NULL,
  file_size INTEGER NOT NULL,
  file_sha256 TEXT NOT NULL,
  medium TEXT,
  at TEXT NOT NULL,
  by_user TEXT NOT NULL,
  code TEXT NOT NULL,
  detail TEXT NOT NULL
) STRICT;

CREATE TABLE media_folders (
  path TEXT PRIMARY KEY,
  label TEXT NOT NULL,
  added_at TEXT NOT NULL
) STRICT;
`;
