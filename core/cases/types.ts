// Case data as every side sees it, and the list filter (one schema for IPC, forms and CLI).
import { z } from 'zod';
import { CASE_STATUSES, CLOSING_REASONS, type CaseStatus, type ClosingReason } from './status';
import type { VerdictRecord } from '../review/verdicts';

import { CASE_SORTS, CASE_VIEWS, CONTACT_CHANNELS, CONTACT_OUTCOMES, PRIORITIES, type CaseView, type Priority } from './constants';

export { CASE_SORTS, CASE_VIEWS, CONTACT_CHANNELS, CONTACT_OUTCOMES, PRIORITIES, type CaseView, type Priority };

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const caseFilterSchema = z
  .object({
    view: z.enum(CASE_VIEWS).default('all'),
    statuses: z.array(z.enum(CASE_STATUSES)).max(CASE_STATUSES.length).optional(),
    assigneeId: z.number().int().positive().nullable().optional(),
    category: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/).optional(),
    country: z.string().regex(/^[A-Z]{2}$/).optional(),
    priority: z.enum(PRIORITIES).optional(),
    followUp: z.enum(['due', 'overdue']).optional(),
    receivedFrom: day.optional(),
    receivedTo: day.optional(),
    sort: z.enum(CASE_SORTS).default('queue'),
    limit: z.number().int().min(1).max(500).default(100),
    offset: z.number().int().min(0).default(0),
  })
  .strict();
export type CaseFilter = z.input<typeof caseFilterSchema>;
export type CaseFilterParsed = z.output<typeof caseFilterSchema>;

export type RiskAssessment = {
  immediateDanger: boolean;
  threatsToFamilyAbroad: boolean;
  childrenInvolved: boolean;
  digitalCompromise: boolean;
  notes: string;
  assessedAt: string | null;
  assessedBy: string | null;
};

export const riskInputSchema = z
  .object({
    immediateDanger: z.boolean(),
    threatsToFamilyAbroad: z.boolean(),
    childrenInvolved: z.boolean(),
    digitalCompromise: z.boolean(),
    notes: z.string().max(20_000),
  })
  .strict();

export type CaseSummary = {
  id: number;
  number: string;
  status: CaseStatus;
  priority: Priority;
  urgent: boolean;
  assignee: { id: number; displayName: string } | null;
  country: string | null;
  categories: string[];
  tags: string[];
  followUpOn: string | null;
  receivedAt: string;
  updatedAt: string;
  reportCount: number;
  summary: string;
  /** Set when a report of the case is marked for authenticity review (e.g. its signer was revoked). */
  reviewFlag: string | null;
};

export type ReporterView = {
  pseudonym: string;
  consent: { contact: boolean; referral: boolean; anonymisedAnalysis: boolean };
  /** Present only when the viewer may see identity and contact details (need-to-know). */
  identity: Record<string, string> | null;
};

export type CaseReport = {
  reportId: string;
  bundleId: string;
  receivedAt: string;
  channel: string;
  language: string;
  urgent: boolean;
  summary: string;
  narrative: string;
  intakeNotes: string | null;
  categories: string[];
  countryOfConcern: string | null;
  startedOn: string | null;
  lastOccurredOn: string | null;
  ongoing: boolean | null;
  actorDescription: string | null;
  reporter: ReporterView;
  attachments: { position: number; sha256: string; filename: string; mediaType: string; description: string | null; size: number }[];
  reviewFlag: string | null;
  /** Reviewers' verdicts on the report, newest first (counsellors and coordinators see them too). */
  verdicts: VerdictRecord[];
  /** The case this report opened (differs from the current case after a merge). */
  originCaseId: number;
};

export type CaseEvent = { id: number; at: string; actor: string | null; kind: string; details: Record<string, unknown> };
export type CaseNote = { id: number; author: string; createdAt: string; updatedAt: string; body: string; versions: number };
export type CaseContact = { id: number; at: string; channel: string; outcome: string; summary: string; byUser: string };
export type CaseTask = {
  id: number;
  title: string;
  dueOn: string | null;
  /** The counsellor the task is for, if any. */
  assignee: { id: number; displayName: string } | null;
  doneAt: string | null;
  createdAt: string;
  createdBy: string;
};

export type CaseDetail = CaseSummary & {
  closingReason: ClosingReason | null;
  risk: RiskAssessment;
  reports: CaseReport[];
  events: CaseEvent[];
  notes: CaseNote[];
  contacts: CaseContact[];
  tasks: CaseTask[];
  links: { id: number; number: string; status: CaseStatus }[];
  mergedInto: { id: number; number: string } | null;
  /** Whether the viewer may reveal the reporter's identity (coordinators). */
  canReveal: boolean;
  /** A legal hold keeps the case out of every retention purge (who set it, when and why). */
  legalHold: { reason: string; by: string; at: string } | null;
};

export { CASE_STATUSES, CLOSING_REASONS };

export type DashboardStats = {
  byStatus: { key: string; count: number }[];
  unassigned: number;
  overdueFollowUps: number;
  workload: { userId: number; displayName: string; open: number; urgent: number }[];
  /** Monday of each week (YYYY-MM-DD) → reports received that week, the last 12 weeks, gaps as 0. */
  perWeek: { key: string; count: number }[];
  categories: { key: string; count: number }[];
  countries: { key: string; count: number }[];
};
