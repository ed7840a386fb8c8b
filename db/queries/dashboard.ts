// Aggregates for the coordinators' dashboard. Counts only: no content, no identities.
import type { Db } from '../open';
import { stmt } from '../statement-cache';

export type Count = { key: string; count: number };

export function casesByStatus(db: Db): Count[] {
  return stmt(db, `SELECT status AS key, count(*) AS count FROM cases WHERE merged_into IS NULL GROUP BY status`).all() as Count[];
}

export function unassignedOpen(db: Db): number {
  return Number(stmt(db, `SELECT count(*) FROM cases WHERE merged_into IS NULL AND status <> 'closed' AND assignee_id IS NULL`).pluck().get());
}

export function overdueFollowUps(db: Db, today: string): number {
  return Number(stmt(db, `SELECT count(*) FROM cases WHERE merged_into IS NULL AND status <> 'closed' AND follow_up_on < ?`).pluck().get(today));
}

export function workload(db: Db): { userId: number; displayName: string; open: number; urgent: number }[] {
  return stmt(
    db,
    `SELECT u.id AS userId, u.display_name AS displayName,
       count(c.id) AS open, coalesce(sum(c.urgent), 0) AS urgent
     FROM users u JOIN user_roles r ON r.user_id = u.id AND r.role = 'counsellor'
     LEFT JOIN cases c ON c.assignee_id = u.id AND c.status <> 'closed' AND c.merged_into IS NULL
     WHERE u.active = 1 GROUP BY u.id ORDER BY open DESC, u.display_name`,
  ).all() as { userId: number; displayName: string; open: number; urgent: number }[];
}

/** Reports received per ISO week (Monday), from the given day on. */
export function reportsPerWeek(db: Db, fromDay: string): Count[] {
  return stmt(
    db,
    `SELECT date(substr(received_at, 1, 10), '-' || ((CAST(strftime('%w', substr(received_at, 1, 10)) AS INTEGER) + 6) % 7) || ' days') AS key,
       count(*) AS count
     FROM reports WHERE received_at >= ? GROUP BY key ORDER BY key`,
  ).all(fromDay) as Count[];
}

export function categoryCounts(db: Db): Count[] {
  return stmt(
    db,
    `SELECT cc.category AS key, count(*) AS count FROM case_categories cc JOIN cases c ON c.id = cc.case_id
     WHERE c.merged_into IS NULL GROUP BY cc.category ORDER BY count DESC, key`,
  ).all() as Count[];
}

export function countryCounts(db: Db): Count[] {
  return stmt(
    db,
    `SELECT coalesce(country, '') AS key, count(*) AS count FROM cases WHERE merged_into IS NULL GROUP BY country ORDER BY count DESC, key`,
  ).all() as Count[];
}
