// Casework use cases. Roles are gated by the dispatcher; here the finer rules: counsellors change
// only cases assigned to them (and may take unassigned ones), coordinators any; identity per
// need-to-know; every change goes to the case timeline and the audit log in one transaction.
import type { Viewer } from '../../core/cases/need-to-know';
import { mayRevealIdentity, seesIdentityDirectly } from '../../core/cases/need-to-know';
import { type CaseStatus, type ClosingReason, checkTransition } from '../../core/cases/status';
import { type CaseDetail, type CaseFilterParsed, type CaseReport, type CaseSummary, type Priority, type RiskAssessment } from '../../core/cases/types';
import { BakenError } from '../../core/errors';
import { addCaseEvent, caseOfReport, caseReportIds, getCaseRow, listCaseRows, moveReport, setCaseCategories, touchCase, updateCaseFields } from '../../db/queries/cases';
import { insertContact, insertLink, insertNote, deleteLink, insertTask, noteRow, setTaskDone, taskRow, updateNote } from '../../db/queries/casework';
import { findUserById } from '../../db/queries/users';
import { caseDetail, reportView, toCaseSummary } from '../cases/case-view';
import type { Db } from '../../db/open';
import type { ActiveSession } from './session';

const viewerOf = (s: ActiveSession): Viewer => ({ userId: s.user.id, roles: s.user.roles });
const today = (s: ActiveSession) => s.vault.now().toISOString().slice(0, 10);

function requireCase(s: ActiveSession, caseId: number) {
  const row = getCaseRow(s.vault.db, caseId);
  if (!row) throw new BakenError('case-not-found');
  return row;
}

/** Coordinators change any case; a counsellor only cases assigned to them. */
export function requireWriter(s: ActiveSession, caseId: number) {
  const row = requireCase(s, caseId);
  if (row.merged_into !== null) throw new BakenError('case-not-found', 'this case was merged into another');
  if (s.user.roles.includes('coordinator')) return row;
  if (s.user.roles.includes('counsellor') && row.assignee_id === s.user.id) return row;
  throw new BakenError('case-not-assigned');
}

/** One transaction: the change, its timeline event and its audit entry. */
export function change<T>(s: ActiveSession, caseId: number, kind: string, details: Record<string, unknown>, apply: (now: string) => T): T {
  const { vault, user } = s;
  return vault.db.transaction(() => {
    const now = vault.now().toISOString();
    const out = apply(now);
    addCaseEvent(vault.db, caseId, { at: now, actor: user.username, kind, details });
    touchCase(vault.db, caseId, now);
    const number = getCaseRow(vault.db, caseId)?.number ?? String(caseId);
    vault.audit({ actor: user.username, action: kind, target: number, details });
    return out;
  }).immediate();
}

export function listCases(s: ActiveSession, filter: CaseFilterParsed): { rows: CaseSummary[]; total: number } {
  const { rows, total } = listCaseRows(s.vault.db, filter, s.user.id, today(s));
  return { rows: rows.map(toCaseSummary), total };
}

export function getCase(s: ActiveSession, caseId: number): CaseDetail {
  const detail = caseDetail(s.vault.db, caseId, viewerOf(s), false);
  if (!detail) throw new BakenError('case-not-found');
  return detail;
}

/** One report as the viewer's role may see it: identity only for the assigned counsellor. */
export function getReport(s: ActiveSession, reportId: string): { caseId: number; caseNumber: string; report: CaseReport } {
  const caseId = caseOfReport(s.vault.db, reportId);
  const row = caseId === null ? null : getCaseRow(s.vault.db, caseId);
  if (caseId === null || !row) throw new BakenError('case-not-found');
  const origin = caseReportIds(s.vault.db, caseId).find((r) => r.reportId === reportId)?.originCaseId ?? caseId;
  const report = reportView(s.vault.db, reportId, origin, seesIdentityDirectly(viewerOf(s), row.assignee_id));
  if (!report) throw new BakenError('case-not-found');
  return { caseId, caseNumber: row.number, report };
}

/** A coordinator sees the reporter's identity once, with a reason that goes to the audit log. */
export function revealIdentity(s: ActiveSession, caseId: number, reason: string): CaseDetail {
  if (!mayRevealIdentity(viewerOf(s))) throw new BakenError('forbidden');
  if (reason.trim().length < 10) throw new BakenError('reason-required');
  requireCase(s, caseId);
  change(s, caseId, 'case.identity-revealed', { reason: reason.trim() }, () => undefined);
  const detail = caseDetail(s.vault.db, caseId, viewerOf(s), true);
  if (!detail) throw new BakenError('case-not-found');
  return detail;
}

export function setStatus(s: ActiveSession, caseId: number, to: CaseStatus, closingReason: ClosingReason | null): CaseDetail {
  const row = requireWriter(s, caseId);
  const from = row.status as CaseStatus;
  const problem = checkTransition(from, to, closingReason);
  if (problem) throw new BakenError(problem);
  change(s, caseId, from === 'closed' ? 'case.reopened' : 'case.status', { from, to, closingReason }, (now) =>
    updateCaseFields(s.vault.db, caseId, { status: to, closing_reason: closingReason }, now),
  );
  return getCase(s, caseId);
}

export function assign(s: ActiveSession, caseId: number, assigneeId: number | null): CaseDetail {
  const row = requireCase(s, caseId);
  const coordinator = s.user.roles.includes('coordinator');
  // A counsellor may only take an unassigned case for themselves.
  const takes = !coordinator && s.user.roles.includes('counsellor') && row.assignee_id === null && assigneeId === s.user.id;
  if (!coordinator && !takes) throw new BakenError('forbidden');
  if (assigneeId !== null) {
    const u = findUserById(s.vault.db, assigneeId);
    if (!u || !u.active || !u.roles.includes('counsellor')) throw new BakenError('assignee-not-counsellor');
  }
  const to = assigneeId === null ? null : (findUserById(s.vault.db, assigneeId)?.username ?? null);
  change(s, caseId, 'case.assigned', { from: row.assignee_id, to }, (now) => updateCaseFields(s.vault.db, caseId, { assignee_id: assigneeId }, now));
  return getCase(s, caseId);
}

export function setPriority(s: ActiveSession, caseId: number, priority: Priority): CaseDetail {
  const row = requireWriter(s, caseId);
  change(s, caseId, 'case.priority', { from: row.priority, to: priority }, (now) => updateCaseFields(s.vault.db, caseId, { priority }, now));
  return getCase(s, caseId);
}

export function setRisk(s: ActiveSession, caseId: number, risk: Omit<RiskAssessment, 'assessedAt' | 'assessedBy'>): CaseDetail {
  requireWriter(s, caseId);
  change(s, caseId, 'case.risk', { immediateDanger: risk.immediateDanger, threatsToFamilyAbroad: risk.threatsToFamilyAbroad, childrenInvolved: risk.childrenInvolved, digitalCompromise: risk.digitalCompromise }, (now) =>
    updateCaseFields(s.vault.db, caseId, { risk: JSON.stringify({ ...risk, assessedAt: now, assessedBy: s.user.username }) }, now),
  );
  return getCase(s, caseId);
}

export function setClassification(s: ActiveSession, caseId: number, c: { categories: string[]; country: string | null; tags: string[] }): CaseDetail {
  requireWriter(s, caseId);
  const tags = [...new Set(c.tags.map((t) => t.trim()).filter((t) => t.length > 0))];
  change(s, caseId, 'case.classification', { categories: c.categories, country: c.country, tags }, (now) => {
    setCaseCategories(s.vault.db, caseId, c.categories);
    updateCaseFields(s.vault.db, caseId, { country: c.country, tags: JSON.stringify(tags) }, now);
  });
  return getCase(s, caseId);
}

export function setFollowUp(s: ActiveSession, caseId: number, on: string | null): CaseDetail {
  requireWriter(s, caseId);
  change(s, caseId, 'case.follow-up', { on }, (now) => updateCaseFields(s.vault.db, caseId, { follow_up_on: on }, now));
  return getCase(s, caseId);
}

export type NoteHook = (db: Db, noteId: number, caseId: number, body: string) => void;

export function addNote(s: ActiveSession, caseId: number, body: string, onSaved?: NoteHook): CaseDetail {
  requireWriter(s, caseId);
  change(s, caseId, 'case.note-added', {}, (now) => {
    const id = insertNote(s.vault.db, caseId, s.user.username, body, now);
    onSaved?.(s.vault.db, id, caseId, body);
    return id;
  });
  return getCase(s, caseId);
}

export function editNote(s: ActiveSession, noteId: number, body: string, onSaved?: NoteHook): CaseDetail {
  const note = noteRow(s.vault.db, noteId);
  if (!note) throw new BakenError('note-not-found');
  requireWriter(s, note.case_id);
  change(s, note.case_id, 'case.note-edited', { noteId }, (now) => {
    const version = updateNote(s.vault.db, noteId, body, s.user.username, now);
    onSaved?.(s.vault.db, noteId, note.case_id, body);
    return version;
  });
  return getCase(s, note.case_id);
}

export function addContact(s: ActiveSession, caseId: number, c: { at: string; channel: string; outcome: string; summary: string }): CaseDetail {
  requireWriter(s, caseId);
  change(s, caseId, 'case.contact', { channel: c.channel, outcome: c.outcome }, () => insertContact(s.vault.db, { caseId, ...c, by: s.user.username }));
  return getCase(s, caseId);
}

export function addTask(s: ActiveSession, caseId: number, t: { title: string; dueOn: string | null; assigneeId: number | null }): CaseDetail {
  requireWriter(s, caseId);
  // A task is for an active counsellor or for nobody in particular, as a case is.
  const assignee = t.assigneeId === null ? null : findUserById(s.vault.db, t.assigneeId);
  if (t.assigneeId !== null && (!assignee || !assignee.active || !assignee.roles.includes('counsellor'))) throw new BakenError('assignee-not-counsellor');
  change(s, caseId, 'case.task-added', { dueOn: t.dueOn, for: assignee?.username ?? null }, (now) => insertTask(s.vault.db, { caseId, ...t, by: s.user.username, now }));
  return getCase(s, caseId);
}

export function completeTask(s: ActiveSession, taskId: number, done: boolean): CaseDetail {
  const task = taskRow(s.vault.db, taskId);
  if (!task) throw new BakenError('task-not-found');
  requireWriter(s, task.case_id);
  change(s, task.case_id, done ? 'case.task-done' : 'case.task-reopened', { taskId }, (now) => setTaskDone(s.vault.db, taskId, done ? now : null));
  return getCase(s, task.case_id);
}

export function linkCases(s: ActiveSession, caseId: number, otherId: number, linked: boolean): CaseDetail {
  requireWriter(s, caseId);
  const other = requireCase(s, otherId);
  if (otherId === caseId) throw new BakenError('merge-invalid');
  change(s, caseId, linked ? 'case.linked' : 'case.unlinked', { other: other.number }, (now) =>
    linked ? insertLink(s.vault.db, caseId, otherId, s.user.username, now) : deleteLink(s.vault.db, caseId, otherId),
  );
  return getCase(s, caseId);
}

export type MoveHook = (db: Db, reportId: string, caseId: number) => void;

/** Moves every report of `fromId` into `intoId`; the emptied case remains, marked as merged. */
export function mergeCases(s: ActiveSession, intoId: number, fromId: number, onMove?: MoveHook): CaseDetail {
  if (intoId === fromId) throw new BakenError('merge-invalid');
  requireWriter(s, intoId);
  const from = requireWriter(s, fromId);
  const into = requireCase(s, intoId);
  const moved = caseReportIds(s.vault.db, fromId).map((r) => r.reportId);
  s.vault.db.transaction(() => {
    for (const r of moved) {
      moveReport(s.vault.db, r, intoId);
      onMove?.(s.vault.db, r, intoId);
    }
    change(s, intoId, 'case.merged-in', { from: from.number, reports: moved }, () => undefined);
    change(s, fromId, 'case.merged-into', { into: into.number, reports: moved }, (now) => updateCaseFields(s.vault.db, fromId, { merged_into: intoId }, now));
  }).immediate();
  return getCase(s, intoId);
}

/** Moves one report back to the case it opened (undoing a merge for that report). */
export function splitReport(s: ActiveSession, caseId: number, reportId: string, onMove?: MoveHook): CaseDetail {
  requireWriter(s, caseId);
  const reports = caseReportIds(s.vault.db, caseId);
  const r = reports.find((x) => x.reportId === reportId);
  if (!r || reports.length < 2 || r.originCaseId === caseId) throw new BakenError('split-invalid');
  const origin = requireCase(s, r.originCaseId);
  s.vault.db.transaction(() => {
    moveReport(s.vault.db, reportId, r.originCaseId);
    onMove?.(s.vault.db, reportId, r.originCaseId);
    change(s, caseId, 'case.split-out', { reportId, to: origin.number }, () => undefined);
    change(s, r.originCaseId, 'case.split-back', { reportId }, (now) => updateCaseFields(s.vault.db, r.originCaseId, { merged_into: null }, now));
  }).immediate();
  return getCase(s, caseId);
}
