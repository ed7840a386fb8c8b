// Handlers of the cases.* and filters.* channels (split from handlers.ts to keep files small).
import { caseFilterSchema } from '../../core/cases/types';
import { BakenError } from '../../core/errors';
import { findCaseIdByNumber } from '../../db/queries/cases';
import { deleteSavedFilter, noteRow, noteVersions, savedFilters, upsertSavedFilter } from '../../db/queries/casework';
import { listUsers } from '../../db/queries/users';
import type { Db } from '../../db/open';
import { previewAttachment } from '../attachments/preview';
import * as cases from '../services/cases';
import { dashboardStats } from '../services/dashboard';
import { searchCases } from '../services/search';
import type { Handlers } from './handlers';

type CaseChannels = Extract<keyof Handlers, `cases.${string}` | `filters.${string}` | 'reports.get' | 'attachments.preview' | 'dashboard.stats' | 'search.query'>;

function caseByNumber(db: Db, number: string): number {
  const id = findCaseIdByNumber(db, number);
  if (id === null) throw new BakenError('case-not-found');
  return id;
}

function filtersOf(db: Db, userId: number) {
  return savedFilters(db, userId).map((f) => {
    const parsed = caseFilterSchema.safeParse(JSON.parse(f.filter));
    return { id: f.id, name: f.name, filter: parsed.success ? parsed.data : {} };
  });
}

export const caseHandlers: Pick<Handlers, CaseChannels> = {
  'reports.get': (input, { sessions }) => cases.getReport(sessions.require(), input.reportId),
  'attachments.preview': (input, { sessions }) => previewAttachment(sessions.require(), input.reportId, input.position),
  'dashboard.stats': (_input, { sessions }) => dashboardStats(sessions.require()),
  'search.query': (input, { sessions }) => {
    const s = sessions.require();
    return { hits: searchCases(s, input.text, input.limit) };
  },
  'cases.list': (input, { sessions }) => cases.listCases(sessions.require(), input),
  'cases.get': (input, { sessions }) => cases.getCase(sessions.require(), input.caseId),
  'cases.reveal': (input, { sessions }) => cases.revealIdentity(sessions.require(), input.caseId, input.reason),
  'cases.setStatus': (input, { sessions }) => cases.setStatus(sessions.require(), input.caseId, input.status, input.closingReason),
  'cases.assign': (input, { sessions }) => cases.assign(sessions.require(), input.caseId, input.assigneeId),
  'cases.setPriority': (input, { sessions }) => cases.setPriority(sessions.require(), input.caseId, input.priority),
  'cases.setRisk': (input, { sessions }) => cases.setRisk(sessions.require(), input.caseId, input.risk),
  'cases.setClassification': (input, { sessions }) => cases.setClassification(sessions.require(), input.caseId, input),
  'cases.setFollowUp': (input, { sessions }) => cases.setFollowUp(sessions.require(), input.caseId, input.on),
  'cases.addNote': (input, { sessions, search }) => cases.addNote(sessions.require(), input.caseId, input.body, search.onNote),
  'cases.editNote': (input, { sessions, search }) => cases.editNote(sessions.require(), input.noteId, input.body, search.onNote),
  'cases.noteHistory': (input, { sessions }) => {
    const s = sessions.require();
    const note = noteRow(s.vault.db, input.noteId);
    if (!note) throw new BakenError('note-not-found');
    cases.getCase(s, note.case_id);
    return noteVersions(s.vault.db, input.noteId);
  },
  'cases.addContact': (input, { sessions }) => cases.addContact(sessions.require(), input.caseId, input),
  'cases.addTask': (input, { sessions }) => cases.addTask(sessions.require(), input.caseId, input),
  'cases.completeTask': (input, { sessions }) => cases.completeTask(sessions.require(), input.taskId, input.done),
  'cases.link': (input, { sessions }) => {
    const s = sessions.require();
    return cases.linkCases(s, input.caseId, caseByNumber(s.vault.db, input.otherNumber), input.linked);
  },
  'cases.merge': (input, { sessions, search }) => {
    const s = sessions.require();
    return cases.mergeCases(s, input.intoId, caseByNumber(s.vault.db, input.fromNumber), search.onMove);
  },
  'cases.split': (input, { sessions, search }) => cases.splitReport(sessions.require(), input.caseId, input.reportId, search.onMove),
  'cases.counsellors': (_input, { sessions }) =>
    listUsers(sessions.require().vault.db)
      .filter((u) => u.active && u.roles.includes('counsellor'))
      .map((u) => ({ id: u.id, displayName: u.displayName, username: u.username })),
  'filters.list': (_input, { sessions }) => {
    const s = sessions.require();
    return filtersOf(s.vault.db, s.user.id);
  },
  'filters.save': (input, { sessions }) => {
    const s = sessions.require();
    upsertSavedFilter(s.vault.db, s.user.id, input.name, JSON.stringify(input.filter));
    return filtersOf(s.vault.db, s.user.id);
  },
  'filters.delete': (input, { sessions }) => {
    const s = sessions.require();
    deleteSavedFilter(s.vault.db, s.user.id, input.id);
    return filtersOf(s.vault.db, s.user.id);
  },
};
