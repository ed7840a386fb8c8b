// Authenticity review (main/review/): what import records for the signals, the signals, the
// reviewers' weights, and verdicts with their history.
//  - attachment_forensics: real type, dangers and EXIF facts of each stored attachment (JSON).
//  - report_fingerprints / report_lsh: MinHash of each narrative and its LSH band keys, so near
//    duplicates are found by lookup, not by comparing with every report; and the pseudonym, to
//    find one reporter's other reports.
//  - report_contacts: HMACs of normalised phone numbers and e-mail addresses (never the details).
//  - report_sightings: every delivery of a report: new, skipped as identical, or in a bundle
//    delivered again.
//  - report_signals: one row per report and kind; facts hold no identity or contact details, and
//    related reports are named by report id.
//  - signal_weights: an admin's weights where they differ from the defaults (core/review/signals.ts).
//  - verdicts: every verdict ever given; at most one effective per report.
export const sql = `
CREATE TABLE attachment_forensics (
  sha256 TEXT PRIMARY KEY REFERENCES attachments(sha256),
  real_type TEXT NOT NULL,
  dangers TEXT NOT NULL,
  exif TEXT
) STRICT;

CREATE TABLE report_fingerprints (
  report_id TEXT PRIMARY KEY REFERENCES reports(report_id),
  minhash BLOB NOT NULL,
  shingles INTEGER NOT NULL,
  pseudonym TEXT
) STRICT;
CREATE INDEX report_fingerprints_pseudonym ON report_fingerprints(pseudonym) WHERE pseudonym IS NOT NULL;

CREATE TABLE report_lsh (
  key INTEGER NOT NULL,
  report_id TEXT NOT NULL REFERENCES reports(report_id),
  PRIMARY KEY (key, report_id)
) STRICT, WITHOUT ROWID;

CREATE TABLE report_contacts (
  hmac TEXT NOT NULL,
  report_id TEXT NOT NULL REFERENCES reports(report_id),
  kind TEXT NOT NULL CHECK (kind IN ('phone', 'email')),
  PRIMARY KEY (hmac, report_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_contacts_report ON report_contacts(report_id);

CREATE TABLE report_sightings (
  id INTEGER PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES reports(report_id),
  bundle_id TEXT NOT NULL,
  at TEXT NOT NULL
) STRICT;
CREATE INDEX report_sightings_report ON report_sightings(report_id);

CREATE TABLE report_signals (
  report_id TEXT NOT NULL REFERENCES reports(report_id),
  kind TEXT NOT NULL,
  strength REAL NOT NULL CHECK (strength > 0 AND strength <= 1),
  facts TEXT NOT NULL,
  related TEXT NOT NULL,
  computed_at TEXT NOT NULL,
  PRIMARY KEY (report_id, kind)
) STRICT, WITHOUT ROWID;
CREATE INDEX report_signals_kind ON report_signals(kind);

CREATE TABLE signal_weights (
  kind TEXT PRIMARY KEY,
  weight INTEGER NOT NULL CHECK (weight BETWEEN 0 AND 100)
) STRICT;

CREATE TABLE verdicts (
  id INTEGER PRIMARY KEY,
  report_id TEXT NOT NULL REFERENCES reports(report_id),
  verdict TEXT NOT NULL CHECK (verdict IN ('authentic', 'inconclusive', 'suspicious', 'fabricated')),
  rationale TEXT NOT NULL,
  by_user TEXT NOT NULL,
  at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('pending', 'effective', 'superseded', 'rejected')),
  decided_by TEXT,
  decided_at TEXT
) STRICT;
CREATE INDEX verdicts_report ON verdicts(report_id, id);
CREATE UNIQUE INDEX verdicts_one_effective ON verdicts(report_id) WHERE state = 'effective';
CREATE UNIQUE INDEX verdicts_one_pending ON verdicts(report_id) WHERE state = 'pending';
`;
