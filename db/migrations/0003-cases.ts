// Casework: a case per imported report (reports can be merged into one case and split out again),
// status with history, assignment, priority, risk, notes with versions, contacts, tasks, links.
export const sql = `
CREATE TABLE case_numbers (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
) STRICT;

CREATE TABLE cases (
  id INTEGER PRIMARY KEY,
  number TEXT NOT NULL UNIQUE,
  status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'triage', 'open', 'waiting', 'referred', 'closed')),
  closing_reason TEXT,
  assignee_id INTEGER REFERENCES users(id),
  priority TEXT NOT NULL DEFAULT 'normal' CHECK (priority IN ('urgent', 'high', 'normal', 'low')),
  urgent INTEGER NOT NULL DEFAULT 0 CHECK (urgent IN (0, 1)),
  country TEXT,
  categories TEXT NOT NULL DEFAULT '[]',
  tags TEXT NOT NULL DEFAULT '[]',
  follow_up_on TEXT,
  risk TEXT NOT NULL DEFAULT '{}',
  received_at TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  merged_into INTEGER REFERENCES cases(id),
  -- The lists' default order as one indexable number: an intake safety risk first, then priority.
  queue_rank INTEGER GENERATED ALWAYS AS ((1 - urgent) * 10 + CASE priority WHEN 'urgent' THEN 0 WHEN 'high' THEN 1 WHEN 'normal' THEN 2 ELSE 3 END) VIRTUAL
) STRICT;
CREATE INDEX cases_queue ON cases(merged_into, queue_rank, received_at DESC, id DESC);
CREATE INDEX cases_status_queue ON cases(merged_into, status, queue_rank, received_at DESC, id DESC);
CREATE INDEX cases_received_order ON cases(merged_into, received_at DESC, id DESC);
CREATE INDEX cases_updated_order ON cases(merged_into, updated_at DESC, id DESC);
CREATE INDEX cases_assignee ON cases(assignee_id, status, merged_into);
CREATE INDEX cases_follow_up ON cases(merged_into, follow_up_on, status);
CREATE INDEX cases_received ON cases(received_at);
CREATE INDEX cases_country ON cases(country);

-- Which case a report belongs to now, and the case it opened (for splitting back out).
CREATE TABLE case_reports (
  report_id TEXT PRIMARY KEY REFERENCES reports(report_id),
  case_id INTEGER NOT NULL REFERENCES cases(id),
  origin_case_id INTEGER NOT NULL REFERENCES cases(id)
) STRICT;
CREATE INDEX case_reports_case ON case_reports(case_id);

CREATE TABLE case_categories (
  case_id INTEGER NOT NULL REFERENCES cases(id),
  category TEXT NOT NULL,
  PRIMARY KEY (case_id, category)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_categories_category ON case_categories(category, case_id);

CREATE TABLE case_links (
  case_a INTEGER NOT NULL REFERENCES cases(id),
  case_b INTEGER NOT NULL REFERENCES cases(id),
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  PRIMARY KEY (case_a, case_b),
  CHECK (case_a < case_b)
) STRICT;

-- The timeline: everything that happened to a case, in order.
CREATE TABLE case_events (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  at TEXT NOT NULL,
  actor TEXT,
  kind TEXT NOT NULL,
  details TEXT NOT NULL DEFAULT '{}'
) STRICT;
CREATE INDEX case_events_case ON case_events(case_id, id);

CREATE TABLE notes (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  author TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  body TEXT NOT NULL
) STRICT;
CREATE INDEX notes_case ON notes(case_id);

CREATE TABLE note_versions (
  note_id INTEGER NOT NULL REFERENCES notes(id),
  version INTEGER NOT NULL,
  body TEXT NOT NULL,
  saved_at TEXT NOT NULL,
  saved_by TEXT NOT NULL,
  PRIMARY KEY (note_id, version)
) STRICT;

CREATE TABLE contacts (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  at TEXT NOT NULL,
  channel TEXT NOT NULL,
  outcome TEXT NOT NULL,
  summary TEXT NOT NULL,
  by_user TEXT NOT NULL
) STRICT;
CREATE INDEX contacts_case ON contacts(case_id);

CREATE TABLE tasks (
  id INTEGER PRIMARY KEY,
  case_id INTEGER NOT NULL REFERENCES cases(id),
  title TEXT NOT NULL,
  due_on TEXT,
  assignee_id INTEGER REFERENCES users(id),
  done_at TEXT,
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL
) STRICT;
CREATE INDEX tasks_case ON tasks(case_id);
CREATE INDEX tasks_due ON tasks(due_on) WHERE done_at IS NULL;

CREATE TABLE saved_filters (
  id INTEGER PRIMARY KEY,
  user_id INTEGER NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  filter TEXT NOT NULL,
  UNIQUE (user_id, name)
) STRICT;
`;
