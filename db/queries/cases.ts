// Cases and everything hanging off them. Plain SQL; permissions and rules live in main/ and core/.
import type { CaseFilterParsed } from '../../core/cases/types';
import type { Db } from '../open';
import { stmt } from '../statement-cache';

export type CaseRow = {
  id: number;
  number: string;
  status: string;
  closing_reason: string | null;
  assignee_id: number | null;
  assignee_name: string | null;
  priority: string;
  urgent: number;
  country: string | null;
  categories: string;
  tags: string;
  follow_up_on: string | null;
  risk: string;
  received_at: string;
  created_at: string;
  updated_at: string;
  merged_into: number | null;
  report_count: number;
  summary: string | null;
  review_flag: string | null;
};

const CASE_SELECT = `
  SELECT c.*, u.display_name AS assignee_name,
    (SELECT count(*) FROM case_reports cr WHERE cr.case_id = c.id) AS report_count,
    (SELECT r.summary FROM case_reports cr JOIN reports r ON r.report_id = cr.report_id
      WHERE cr.case_id = c.id ORDER BY r.received_at LIMIT 1) AS summary,
    (SELECT r.review_flag FROM case_reports cr JOIN reports r ON r.report_id = cr.report_id
      WHERE cr.case_id = c.id AND r.review_flag IS NOT NULL LIMIT 1) AS review_flag
  FROM cases c LEFT JOIN users u ON u.id = c.assignee_id`;

/** The next readable number for a year: VL-2026-000123. */
export function nextCaseNumber(db: Db, year: number): string {
  stmt(db, 'INSERT INTO case_numbers (year, last) VALUES (?, 1) ON CONFLICT(year) DO UPDATE SET last = last + 1').run(year);
  const n = stmt(db, 'SELECT last FROM case_numbers WHERE year = ?').pluck().get(year) as number;
  return `VL-${year}-${String(n).padStart(6, '0')}`;
}

export function insertCase(
  db: Db,
  c: { number: string; urgent: boolean; priority: string; country: string | null; categories: string[]; receivedAt: string; now: string },
): number {
  const id = Number(
    stmt(
      db,
      `INSERT INTO cases (number, urgent, priority, country, categories, received_at, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(c.number, c.urgent ? 1 : 0, c.priority, c.country, JSON.stringify(c.categories), c.receivedAt, c.now, c.now).lastInsertRowid,
  );
  // A new case is live: its categories go straight in (cases.categories already holds them).
  for (const cat of new Set(c.categories)) stmt(db, 'INSERT INTO case_categories (case_id, category) VALUES (?, ?)').run(id, cat);
  return id;
}

export function setCaseCategories(db: Db, caseId: number, categories: string[]): void {
  stmt(db, 'DELETE FROM case_categories WHERE case_id = ?').run(caseId);
  // Only live cases have category rows (migration 0006): a merged case keeps its list in cases.categories.
  for (const cat of new Set(categories)) {
    stmt(db, 'INSERT INTO case_categories (case_id, category) SELECT ?, ? WHERE (SELECT merged_into FROM cases WHERE id = ?) IS NULL').run(caseId, cat, caseId);
  }
  stmt(db, 'UPDATE cases SET categories = ? WHERE id = ?').run(JSON.stringify([...new Set(categories)]), caseId);
}

export function linkReportToCase(db: Db, reportId: string, caseId: number): void {
  stmt(db, 'INSERT INTO case_reports (report_id, case_id, origin_case_id) VALUES (?, ?, ?)').run(reportId, caseId, caseId);
}

export function moveReport(db: Db, reportId: string, caseId: number): void {
  stmt(db, 'UPDATE case_reports SET case_id = ? WHERE report_id = ?').run(caseId, reportId);
}

export function caseReportIds(db: Db, caseId: number): { reportId: string; originCaseId: number }[] {
  return stmt(db, 'SELECT report_id AS reportId, origin_case_id AS originCaseId FROM case_reports WHERE case_id = ? ORDER BY report_id').all(caseId) as {
    reportId: string;
    originCaseId: number;
  }[];
}

export function caseOfReport(db: Db, reportId: string): number | null {
  return (stmt(db, 'SELECT case_id FROM case_reports WHERE report_id = ?').pluck().get(reportId) as number | undefined) ?? null;
}

export function getCaseRow(db: Db, id: number): CaseRow | null {
  return (stmt(db, `${CASE_SELECT} WHERE c.id = ?`).get(id) as CaseRow | undefined) ?? null;
}

export function findCaseIdByNumber(db: Db, number: string): number | null {
  return (stmt(db, 'SELECT id FROM cases WHERE number = ?').pluck().get(number) as number | undefined) ?? null;
}

export function touchCase(db: Db, id: number, now: string): void {
  stmt(db, 'UPDATE cases SET updated_at = ? WHERE id = ?').run(now, id);
}

export function updateCaseFields(db: Db, id: number, fields: Partial<Record<'status' | 'closing_reason' | 'assignee_id' | 'priority' | 'country' | 'tags' | 'follow_up_on' | 'risk' | 'merged_into', string | number | null>>, now: string): void {
  const keys = Object.keys(fields);
  if (keys.length === 0) return;
  // Column names come from the typed key list above, never from input.
  const sets = keys.map((k) => `${k} = ?`).join(', ');
  db.prepare(`UPDATE cases SET ${sets}, updated_at = ? WHERE id = ?`).run(...keys.map((k) => fields[k as keyof typeof fields] ?? null), now, id);
}

export function addCaseEvent(db: Db, caseId: number, e: { at: string; actor: string | null; kind: string; details?: Record<string, unknown> }): void {
  stmt(db, 'INSERT INTO case_events (case_id, at, actor, kind, details) VALUES (?, ?, ?, ?, ?)').run(caseId, e.at, e.actor, e.kind, JSON.stringify(e.details ?? {}));
}

export function caseEvents(db: Db, caseId: number): { id: number; at: string; actor: string | null; kind: string; details: string }[] {
  return stmt(db, 'SELECT id, at, actor, kind, details FROM case_events WHERE case_id = ? ORDER BY id').all(caseId) as {
    id: number;
    at: string;
    actor: string | null;
    kind: string;
    details: string;
  }[];
}

/** Paged, filtered list; the WHERE clause is built from the parsed filter only, values bound. */
/** From this many matches on, a category page is found by walking the sort order (see below). */
const CATEGORY_WALK_MIN = 5000;

export function listCaseRows(db: Db, f: CaseFilterParsed, viewerId: number, today: string): { rows: CaseRow[]; total: number } {
  const where: string[] = [];
  const args: (string | number)[] = [];
  switch (f.view) {
    case 'inbox':
      where.push(`c.status = 'new' AND c.assignee_id IS NULL`);
      break;
    case 'mine':
      where.push('c.assignee_id = ?');
      args.push(viewerId);
      break;
    case 'all':
      break;
    default: {
      const never: never = f.view;
      throw new Error(`unknown view ${String(never)}`);
    }
  }
  if (f.statuses && f.statuses.length > 0) {
    where.push(`c.status IN (${f.statuses.map(() => '?').join(', ')})`);
    args.push(...f.statuses);
  }
  if (f.assigneeId === null) where.push('c.assignee_id IS NULL');
  else if (f.assigneeId !== undefined) {
    where.push('c.assignee_id = ?');
    args.push(f.assigneeId);
  }
  if (f.country) {
    where.push('c.country = ?');
    args.push(f.country);
  }
  if (f.priority) {
    where.push('c.priority = ?');
    args.push(f.priority);
  }
  if (f.followUp === 'due') {
    where.push(`c.follow_up_on IS NOT NULL AND c.follow_up_on <= ? AND c.status <> 'closed'`);
    args.push(today);
  } else if (f.followUp === 'overdue') {
    where.push(`c.follow_up_on IS NOT NULL AND c.follow_up_on < ? AND c.status <> 'closed'`);
    args.push(today);
  }
  if (f.receivedFrom) {
    where.push('c.received_at >= ?');
    args.push(`${f.receivedFrom}T00:00:00`);
  }
  if (f.receivedTo) {
    where.push('c.received_at <= ?');
    args.push(`${f.receivedTo}T23:59:59.999Z`);
  }
  const order = {
    queue: 'c.queue_rank, c.received_at DESC, c.id DESC',
    'received-desc': 'c.received_at DESC, c.id DESC',
    'received-asc': 'c.received_at ASC, c.id ASC',
    'updated-desc': 'c.updated_at DESC, c.id DESC',
    'follow-up': 'c.follow_up_on IS NULL, c.follow_up_on ASC, c.id ASC',
    number: 'c.number ASC',
  }[f.sort];
  // The SQL text depends only on which filters are set, so the statement cache stays small.
  const live = ['c.merged_into IS NULL', ...where].join(' AND ');
  let total: number;
  let ids: number[];
  if (f.category) {
    // case_categories holds live cases only, so the count joins it without looking each case up.
    total =
      where.length === 0
        ? Number(stmt(db, 'SELECT count(*) FROM case_categories WHERE category = ?').pluck().get(f.category))
        : Number(stmt(db, `SELECT count(*) FROM case_categories cc JOIN cases c ON c.id = cc.case_id AND cc.category = ? WHERE ${where.join(' AND ')}`).pluck().get(f.category, ...args));
    // A common category: walk the sort order's index and keep members (the page fills fast). A
    // rare one: take its members and sort those few, instead of walking nearly every case.
    ids = (
      total >= CATEGORY_WALK_MIN
        ? stmt(db, `SELECT c.id FROM cases c WHERE ${live} AND EXISTS (SELECT 1 FROM case_categories cc WHERE cc.case_id = c.id AND cc.category = ?) ORDER BY ${order} LIMIT ? OFFSET ?`).pluck().all(...args, f.category, f.limit, f.offset)
        : stmt(db, `SELECT c.id FROM case_categories cc JOIN cases c ON c.id = cc.case_id WHERE cc.category = ? ${where.length > 0 ? `AND ${where.join(' AND ')}` : ''} ORDER BY ${order} LIMIT ? OFFSET ?`).pluck().all(f.category, ...args, f.limit, f.offset)
    ) as number[];
  } else {
    // First the page's ids (index order, nothing computed for skipped rows), then their details.
    ids = stmt(db, `SELECT c.id FROM cases c WHERE ${live} ORDER BY ${order} LIMIT ? OFFSET ?`).pluck().all(...args, f.limit, f.offset) as number[];
    total = Number(stmt(db, `SELECT count(*) FROM cases c WHERE ${live}`).pluck().get(...args));
  }
  const byId = new Map(
    ids.length === 0
      ? []
      : (stmt(db, `${CASE_SELECT} WHERE c.id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as CaseRow[]).map((r) => [r.id, r]),
  );
  const rows = ids.map((id) => byId.get(id)).filter((r): r is CaseRow => r !== undefined);
  return { rows, total };
}
