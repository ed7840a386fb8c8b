// Referrals (main/referrals/, core/referrals/): the partner directory and referrals of a case's
// report to a partner, with the fields to share, the letter, the four-eyes decision and the status.
export const sql = `
CREATE TABLE partners (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('police', 'victim-support', 'care', 'municipality', 'legal-aid', 'intelligence-signal', 'other')),
  region TEXT NOT NULL,
  contact TEXT NOT NULL,
  accepts TEXT NOT NULL,
  recipient TEXT,
  active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;

CREATE TABLE referrals (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  report_id TEXT NOT NULL REFERENCES reports(report_id),
  partner_id INTEGER NOT NULL REFERENCES partners(id),
  reason TEXT NOT NULL,
  fields TEXT NOT NULL,
  letter TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('proposed', 'approved', 'sent', 'acknowledged', 'closed', 'declined', 'withdrawn')),
  proposed_by TEXT NOT NULL,
  proposed_at TEXT NOT NULL,
  decided_by TEXT,
  decided_at TEXT,
  override TEXT,
  follow_up_on TEXT,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX referrals_case ON referrals(case_id);
CREATE INDEX referrals_status ON referrals(status, follow_up_on);
`;
