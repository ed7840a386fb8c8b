// Notes (with versions), contacts, tasks, links and saved filters of cases.
import type { Db } from '../open';
import { stmt } from '../statement-cache';

export function insertNote(db: Db, caseId: number, author: string, body: string, now: string): number {
  const id = Number(stmt(db, 'INSERT INTO notes (case_id, author, created_at, updated_at, body) VALUES (?, ?, ?, ?, ?)').run(caseId, author, now, now, body).lastInsertRowid);
  stmt(db, 'INSERT INTO note_versions (note_id, version, body, saved_at, saved_by) VALUES (?, 1, ?, ?, ?)').run(id, body, now, author);
  return id;
}

export function updateNote(db: Db, noteId: number, body: string, by: string, now: string): number {
  const version = Number(stmt(db, 'SELECT coalesce(max(version), 0) + 1 FROM note_versions WHERE note_id = ?').pluck().get(noteId));
  stmt(db, 'INSERT INTO note_versions (note_id, version, body, saved_at, saved_by) VALUES (?, ?, ?, ?, ?)').run(noteId, version, body, now, by);
  stmt(db, 'UPDATE notes SET body = ?, updated_at = ? WHERE id = ?').run(body, now, noteId);
  return version;
}

export type NoteRow = { id: number; case_id: number; author: string; created_at: string; updated_at: string; body: string; versions: number };
export function noteRow(db: Db, noteId: number): NoteRow | null {
  return (stmt(db, 'SELECT n.*, (SELECT count(*) FROM note_versions v WHERE v.note_id = n.id) AS versions FROM notes n WHERE n.id = ?').get(noteId) as NoteRow | undefined) ?? null;
}
export function caseNotes(db: Db, caseId: number): NoteRow[] {
  return stmt(db, 'SELECT n.*, (SELECT count(*) FROM note_versions v WHERE v.note_id = n.id) AS versions FROM notes n WHERE n.case_id = ? ORDER BY n.id').all(caseId) as NoteRow[];
}
export function noteVersions(db: Db, noteId: number): { version: number; body: string; savedAt: string; savedBy: string }[] {
  return stmt(db, 'SELECT version, body, saved_at AS savedAt, saved_by AS savedBy FROM note_versions WHERE note_id = ? ORDER BY version').all(noteId) as {
    version: number;
    body: string;
    savedAt: string;
    savedBy: string;
  }[];
}

export function insertContact(db: Db, c: { caseId: number; at: string; channel: string; outcome: string; summary: string; by: string }): number {
  return Number(stmt(db, 'INSERT INTO contacts (case_id, at, channel, outcome, summary, by_user) VALUES (?, ?, ?, ?, ?, ?)').run(c.caseId, c.at, c.channel, c.outcome, c.summary, c.by).lastInsertRowid);
}
export function caseContacts(db: Db, caseId: number): { id: number; at: string; channel: string; outcome: string; summary: string; byUser: string }[] {
  return stmt(db, 'SELECT id, at, channel, outcome, summary, by_user AS byUser FROM contacts WHERE case_id = ? ORDER BY at, id').all(caseId) as {
    id: number;
    at: string;
    channel: string;
    outcome: string;
    summary: string;
    byUser: string;
  }[];
}

export function insertTask(db: Db, t: { caseId: number; title: string; dueOn: string | null; assigneeId: number | null; by: string; now: string }): number {
  return Number(stmt(db, 'INSERT INTO tasks (case_id, title, due_on, assignee_id, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)').run(t.caseId, t.title, t.dueOn, t.assigneeId, t.now, t.by).lastInsertRowid);
}
export function setTaskDone(db: Db, taskId: number, doneAt: string | null): void {
  stmt(db, 'UPDATE tasks SET done_at = ? WHERE id = ?').run(doneAt, taskId);
}
export type TaskRow = { id: number; case_id: number; title: string; due_on: string | null; assignee_id: number | null; done_at: string | null; created_at: string; created_by: string };
export function taskRow(db: Db, taskId: number): TaskRow | null {
  return (stmt(db, 'SELECT * FROM tasks WHERE id = ?').get(taskId) as TaskRow | undefined) ?? null;
}
export function caseTasks(db: Db, caseId: number): (TaskRow & { assignee_name: string | null })[] {
  return stmt(
    db,
    `SELECT t.*, u.display_name AS assignee_name FROM tasks t LEFT JOIN users u ON u.id = t.assignee_id
     WHERE t.case_id = ? ORDER BY t.done_at IS NOT NULL, t.due_on IS NULL, t.due_on, t.id`,
  ).all(caseId) as (TaskRow & { assignee_name: string | null })[];
}

export function insertLink(db: Db, a: number, b: number, by: string, now: string): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  return stmt(db, 'INSERT OR IGNORE INTO case_links (case_a, case_b, created_at, created_by) VALUES (?, ?, ?, ?)').run(x, y, now, by).changes > 0;
}
export function deleteLink(db: Db, a: number, b: number): boolean {
  const [x, y] = a < b ? [a, b] : [b, a];
  return stmt(db, 'DELETE FROM case_links WHERE case_a = ? AND case_b = ?').run(x, y).changes > 0;
}
export function linkedCases(db: Db, caseId: number): { id: number; number: string; status: string }[] {
  return stmt(
    db,
    `SELECT c.id, c.number, c.status FROM case_links l JOIN cases c ON c.id = CASE WHEN l.case_a = ? THEN l.case_b ELSE l.case_a END
     WHERE l.case_a = ? OR l.case_b = ? ORDER BY c.number`,
  ).all(caseId, caseId, caseId) as { id: number; number: string; status: string }[];
}

export function savedFilters(db: Db, userId: number): { id: number; name: string; filter: string }[] {
  return stmt(db, 'SELECT id, name, filter FROM saved_filters WHERE user_id = ? ORDER BY name').all(userId) as { id: number; name: string; filter: string }[];
}
export function upsertSavedFilter(db: Db, userId: number, name: string, filter: string): void {
  stmt(db, 'INSERT INTO saved_filters (user_id, name, filter) VALUES (?, ?, ?) ON CONFLICT(user_id, name) DO UPDATE SET filter = excluded.filter').run(userId, name, filter);
}
export function deleteSavedFilter(db: Db, userId: number, id: number): boolean {
  return stmt(db, 'DELETE FROM saved_filters WHERE id = ? AND user_id = ?').run(id, userId).changes > 0;
}
