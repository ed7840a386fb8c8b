// The IPC contract: every channel's name, input schema, output type and who may call it,
// written once. main/ipc/dispatcher.ts enforces it; renderer/src/api/client.ts types calls from it.
import { z } from 'zod';
import { ROLES, type Role } from '../roles';
import { type BundleLimits, bundleLimitsSchema } from '../bundle/limits';
import { CASE_STATUSES, CLOSING_REASONS } from '../cases/status';
import {
  CONTACT_CHANNELS,
  CONTACT_OUTCOMES,
  PRIORITIES,
  type CaseDetail,
  type DashboardStats,
  type CaseReport,
  type CaseSummary,
  caseFilterSchema,
  riskInputSchema,
} from '../cases/types';
import type { AttachmentPreview } from '../attachments';
import { type BriefCandidate, type BriefExport, type BriefLeak, type BriefSummary, type BriefView, MAX_K, MAX_VIGNETTES, MIN_K } from '../briefs/briefs';
import { IDENTIFIER_KINDS } from '../briefs/redaction-types';
import { PARTNER_KINDS, type Partner, type Referral, type SentReferral, SHAREABLE_FIELDS } from '../referrals/referrals';
import { MAX_SIGNAL_WEIGHT, SIGNAL_KINDS, type SignalKind } from '../review/signals';
import type { ReviewCluster, ReviewQueueRow, ReviewReport } from '../review/types';
import { VERDICTS } from '../review/verdicts';
import type { SearchHitView } from '../search';
import type { ImportResult } from '../import-types';
import { MAX_RETENTION_DAYS, type RetentionKind } from '../retention';
import type {
  AppStatus,
  IntakeKeyInfo,
  MediumInfo,
  QuarantineEntry,
  ReportRow,
  AuditEntry,
  AuditVerification,
  Recipients,
  RekeyResult,
  SessionInfo,
  Settings,
  UserSummary,
  WorkstationIdentityInfo,
} from '../types';

/** Who may call a channel. `session` means any unlocked user, even one who must change passphrase. */
/** What a backup wrote: the file on the medium, its size and SHA-256, and how many vault files it holds. */
export type BackupResult = { fileName: string; directory: string; size: number; sha256: string; files: number };

export type Access =
  | { kind: 'public' }
  | { kind: 'session' }
  /** cliOnly: channels that take file paths; the renderer may not name paths on this machine. */
  | { kind: 'roles'; roles: readonly Role[]; cliOnly?: true };

type Channel<I extends z.ZodType, O> = { input: I; access: Access; output?: O };

function channel<O>() {
  return <I extends z.ZodType>(input: I, access: Access): Channel<I, O> => ({ input, access });
}

const empty = z.object({}).strict();
// Passphrases are checked by policy in main with specific codes; the schema only bounds size.
const passphrase = z.string().min(1).max(4096);
const username = z.string().min(1).max(64);
const roleList = z.array(z.enum(ROLES)).max(ROLES.length);
const userId = z.number().int().positive();
const admin = { kind: 'roles', roles: ['admin'] } as const;
const casework = { kind: 'roles', roles: ['counsellor', 'coordinator'] } as const;
const intakeViewers = { kind: 'roles', roles: ['counsellor', 'coordinator', 'admin'] } as const;
const coordinators = { kind: 'roles', roles: ['coordinator'] } as const;
const reviewers = { kind: 'roles', roles: ['reviewer'] } as const;
const caseId = z.number().int().positive();
const dayOrNull = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable();
const caseNumber = z.string().regex(/^VL-\d{4}-\d{6}$/);
const text = (max: number) => z.string().trim().min(1).max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const briefId = z.number().int().positive();

const retentionDays = z.number().int().min(0).max(MAX_RETENTION_DAYS).nullable();
// auditEntries: 0/null or at least MIN_AUDIT_RETENTION_DAYS, checked in main with its own code.
const retentionPeriodsSchema = z
  .object({ closedCases: retentionDays, fabricatedReports: retentionDays, quarantine: retentionDays, auditEntries: retentionDays })
  .strict();
export type RetentionCounts = { cases: number; reports: number; attachments: number; quarantine: number; auditEntries: number };
export type RetentionView = {
  periods: Record<RetentionKind, number | null>;
  lastPurge: { at: string; actor: string | null; counts: RetentionCounts } | null;
  /** Cases on legal hold now: kept whatever their period (a count, never which). */
  heldCases: number;
  /** The clock went backwards (audit entry `clock.backwards` at this time) and no admin has purged by hand since: automatic purges wait. */
  pausedByClock: { at: string } | null;
};

export const channels = {
  'app.status': channel<AppStatus>()(empty, { kind: 'public' }),
  'vault.create': channel<{ session: SessionInfo; recipients: Recipients }>()(
    z.object({ username, displayName: z.string().trim().min(1).max(100), passphrase, passphraseRepeat: passphrase }).strict(),
    { kind: 'public' },
  ),
  'session.unlock': channel<SessionInfo>()(z.object({ username, passphrase }).strict(), { kind: 'public' }),
  'session.lock': channel<null>()(empty, { kind: 'session' }),
  'session.activity': channel<null>()(empty, { kind: 'session' }),
  'session.changePassphrase': channel<SessionInfo>()(
    z.object({ current: passphrase, next: passphrase, nextRepeat: passphrase }).strict(),
    { kind: 'session' },
  ),
  'session.setLanguage': channel<SessionInfo>()(z.object({ language: z.enum(['nl', 'en']) }).strict(), {
    kind: 'session',
  }),
  'vault.recipients': channel<Recipients>()(empty, admin),
  'vault.exportRecipients': channel<{ fileName: string; directory: string }>()(empty, admin),
  /** A new vault master key; the admin's passphrase confirms it. Progress comes as rekey.progress events. */
  'keys.rekey': channel<RekeyResult>()(z.object({ passphrase }).strict(), admin),
  'keys.identities': channel<WorkstationIdentityInfo[]>()(empty, admin),
  'keys.rotateIdentities': channel<Recipients>()(empty, admin),
  'keys.destroyIdentity': channel<WorkstationIdentityInfo[]>()(z.object({ id: z.number().int().positive() }).strict(), admin),
  'users.list': channel<UserSummary[]>()(empty, admin),
  'users.create': channel<UserSummary>()(
    z
      .object({
        username,
        displayName: z.string().trim().min(1).max(100),
        roles: roleList,
        passphrase,
        passphraseRepeat: passphrase,
      })
      .strict(),
    admin,
  ),
  'users.setRoles': channel<UserSummary>()(z.object({ userId, roles: roleList }).strict(), admin),
  'users.resetPassphrase': channel<UserSummary>()(
    z.object({ userId, passphrase, passphraseRepeat: passphrase }).strict(),
    admin,
  ),
  'users.deactivate': channel<UserSummary>()(z.object({ userId }).strict(), admin),
  'audit.list': channel<{ entries: AuditEntry[]; total: number }>()(
    z
      .object({
        beforeSeq: z.number().int().positive().optional(),
        limit: z.number().int().min(1).max(500).default(100),
      })
      .strict(),
    admin,
  ),
  'audit.verify': channel<AuditVerification>()(empty, admin),
  'backup.recipients': channel<string[]>()(empty, admin),
  'backup.setRecipients': channel<string[]>()(z.object({ recipients: z.array(z.string().trim().max(4000)).max(20) }).strict(), admin),
  /** To the configured backup recipients, or to a passphrase; the medium is chosen in a dialog in main. */
  'backup.create': channel<BackupResult>()(z.object({ passphrase: passphrase.optional() }).strict(), admin),
  /** The command line's backup: a folder, and recipients or a passphrase read from a file. */
  'backup.createTo': channel<BackupResult>()(
    z.object({ directory: z.string().min(1).max(4096), recipients: z.array(z.string().trim().max(4000)).max(20).default([]), passphrase: passphrase.optional() }).strict(),
    { ...admin, cliOnly: true },
  ),
  'settings.get': channel<Settings>()(empty, { kind: 'session' }),
  'settings.update': channel<Settings>()(
    z.object({ autoLockMinutes: z.number().int().min(1).max(120) }).strict(),
    admin,
  ),
  'settings.bundleLimits': channel<BundleLimits>()(empty, admin),
  'settings.updateBundleLimits': channel<BundleLimits>()(bundleLimitsSchema, admin),
  'media.list': channel<MediumInfo[]>()(empty, intakeViewers),
  'media.addFolder': channel<MediumInfo[]>()(z.object({ label: z.string().trim().min(1).max(100) }).strict(), admin),
  'media.removeFolder': channel<MediumInfo[]>()(z.object({ mediumId: z.string().regex(/^[0-9a-f]{16}$/) }).strict(), admin),
  'import.start': channel<ImportResult[]>()(
    z.object({ mediumId: z.string().regex(/^[0-9a-f]{16}$/), names: z.array(z.string().min(1).max(1024)).min(1).max(1000) }).strict(),
    casework,
  ),
  'import.pickFiles': channel<ImportResult[]>()(empty, casework),
  'import.cancel': channel<{ cancelled: boolean }>()(empty, casework),
  'import.paths': channel<ImportResult[]>()(
    z.object({ paths: z.array(z.string().min(1).max(4096)).min(1).max(100_000), bundlePassphrase: z.string().min(1).max(4096).optional() }).strict(),
    { ...casework, cliOnly: true },
  ),
  'quarantine.list': channel<QuarantineEntry[]>()(z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(), intakeViewers),
  'reports.list': channel<{ rows: ReportRow[]; total: number }>()(
    z
      .object({
        status: z.string().max(32).optional(),
        limit: z.number().int().min(1).max(1000).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    casework,
  ),
  'trust.list': channel<IntakeKeyInfo[]>()(empty, admin),
  'trust.add': channel<IntakeKeyInfo>()(
    z.object({ publicKey: z.string().min(1).max(4096), label: z.string().trim().min(1).max(100) }).strict(),
    admin,
  ),
  'trust.revoke': channel<{ key: IntakeKeyInfo; reportsFlagged: number }>()(z.object({ keyId: z.string().min(1).max(64) }).strict(), admin),
  'reports.get': channel<{ caseId: number; caseNumber: string; report: CaseReport }>()(
    z.object({ reportId: z.string().uuid() }).strict(),
    { kind: 'roles', roles: ['counsellor', 'coordinator', 'reviewer'] },
  ),
  /** An attachment as a fresh PNG, plain text or a description; never its stored bytes. */
  'attachments.preview': channel<AttachmentPreview>()(
    z.object({ reportId: z.string().uuid(), position: z.number().int().min(0).max(100_000) }).strict(),
    { kind: 'roles', roles: ['counsellor', 'coordinator', 'reviewer'] },
  ),
  'dashboard.stats': channel<DashboardStats>()(empty, coordinators),
  'search.query': channel<{ hits: SearchHitView[] }>()(
    z.object({ text: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    casework,
  ),
  'cases.list': channel<{ rows: CaseSummary[]; total: number }>()(caseFilterSchema, casework),
  'cases.get': channel<CaseDetail>()(z.object({ caseId }).strict(), casework),
  'cases.reveal': channel<CaseDetail>()(z.object({ caseId, reason: z.string().max(2000) }).strict(), coordinators),
  'cases.setStatus': channel<CaseDetail>()(
    z.object({ caseId, status: z.enum(CASE_STATUSES), closingReason: z.enum(CLOSING_REASONS).nullable() }).strict(),
    casework,
  ),
  'cases.assign': channel<CaseDetail>()(z.object({ caseId, assigneeId: z.number().int().positive().nullable() }).strict(), casework),
  'cases.setPriority': channel<CaseDetail>()(z.object({ caseId, priority: z.enum(PRIORITIES) }).strict(), casework),
  'cases.setRisk': channel<CaseDetail>()(z.object({ caseId, risk: riskInputSchema }).strict(), casework),
  'cases.setClassification': channel<CaseDetail>()(
    z
      .object({
        caseId,
        categories: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/)).max(20),
        country: z.string().regex(/^[A-Z]{2}$/).nullable(),
        tags: z.array(z.string().max(50)).max(30),
      })
      .strict(),
    casework,
  ),
  'cases.setFollowUp': channel<CaseDetail>()(z.object({ caseId, on: dayOrNull }).strict(), casework),
  'cases.addNote': channel<CaseDetail>()(z.object({ caseId, body: text(100_000) }).strict(), casework),
  'cases.editNote': channel<CaseDetail>()(z.object({ noteId: z.number().int().positive(), body: text(100_000) }).strict(), casework),
  'cases.noteHistory': channel<{ version: number; body: string; savedAt: string; savedBy: string }[]>()(
    z.object({ noteId: z.number().int().positive() }).strict(),
    casework,
  ),
  'cases.addContact': channel<CaseDetail>()(
    z
      .object({
        caseId,
        at: z.string().datetime({ offset: true }),
        channel: z.enum(CONTACT_CHANNELS),
        outcome: z.enum(CONTACT_OUTCOMES),
        summary: z.string().max(20_000),
      })
      .strict(),
    casework,
  ),
  'cases.addTask': channel<CaseDetail>()(
    z.object({ caseId, title: text(500), dueOn: dayOrNull, assigneeId: z.number().int().positive().nullable() }).strict(),
    casework,
  ),
  'cases.completeTask': channel<CaseDetail>()(z.object({ taskId: z.number().int().positive(), done: z.boolean() }).strict(), casework),
  'cases.link': channel<CaseDetail>()(z.object({ caseId, otherNumber: caseNumber, linked: z.boolean() }).strict(), casework),
  'cases.merge': channel<CaseDetail>()(z.object({ intoId: caseId, fromNumber: caseNumber }).strict(), casework),
  'cases.split': channel<CaseDetail>()(z.object({ caseId, reportId: z.string().uuid() }).strict(), casework),
  'cases.counsellors': channel<{ id: number; displayName: string; username: string }[]>()(empty, casework),
  'partners.list': channel<Partner[]>()(empty, { kind: 'roles', roles: ['counsellor', 'coordinator', 'admin'] }),
  'partners.save': channel<Partner[]>()(
    z
      .object({
        id: z.number().int().positive().optional(),
        name: text(200),
        kind: z.enum(PARTNER_KINDS),
        region: z.string().trim().max(200),
        contact: z.string().trim().max(2000),
        accepts: z.string().trim().max(2000),
        recipient: z.string().trim().max(4000).nullable(),
        active: z.boolean().default(true),
      })
      .strict(),
    { kind: 'roles', roles: ['coordinator', 'admin'] },
  ),
  'referrals.list': channel<Referral[]>()(z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(), casework),
  'referrals.ofCase': channel<Referral[]>()(z.object({ caseId }).strict(), casework),
  'referrals.propose': channel<Referral[]>()(
    z
      .object({
        caseId,
        reportId: z.string().uuid(),
        partnerId: z.number().int().positive(),
        reason: text(2000),
        fields: z.array(z.enum(SHAREABLE_FIELDS)).max(SHAREABLE_FIELDS.length),
        letter: z.string().max(50_000),
        followUpOn: dayOrNull,
        override: z.string().trim().max(2000).nullable().default(null),
      })
      .strict(),
    casework,
  ),
  'referrals.decide': channel<Referral[]>()(z.object({ referralId: z.number().int().positive(), approve: z.boolean() }).strict(), coordinators),
  'referrals.withdraw': channel<Referral[]>()(z.object({ referralId: z.number().int().positive() }).strict(), casework),
  'referrals.progress': channel<Referral[]>()(
    z.object({ referralId: z.number().int().positive(), to: z.enum(['acknowledged', 'closed']), followUpOn: dayOrNull }).strict(),
    casework,
  ),
  /** Writes the package to a medium the user chooses (a dialog in main, never a path from here). */
  'referrals.send': channel<SentReferral>()(z.object({ referralId: z.number().int().positive(), followUpOn: dayOrNull }).strict(), casework),
  'referrals.reminders': channel<Referral[]>()(empty, coordinators),
  'briefs.list': channel<BriefSummary[]>()(z.object({ limit: z.number().int().min(1).max(1000).default(100) }).strict(), coordinators),
  'briefs.get': channel<BriefView>()(z.object({ briefId }).strict(), coordinators),
  'briefs.create': channel<BriefView>()(
    z
      .object({
        from: day,
        to: day,
        k: z.number().int().min(MIN_K).max(MAX_K).optional(),
        filter: z
          .object({ categories: z.array(z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/)).max(50).default([]), countries: z.array(z.string().regex(/^[A-Z]{2}$/)).max(300).default([]) })
          .strict()
          .default({ categories: [], countries: [] }),
        vignettes: z.array(z.string().uuid()).max(MAX_VIGNETTES).default([]),
      })
      .strict(),
    coordinators,
  ),
  'briefs.candidates': channel<BriefCandidate[]>()(z.object({ briefId, query: z.string().max(200).default(''), limit: z.number().int().min(1).max(200).default(50) }).strict(), coordinators),
  'briefs.addVignette': channel<BriefView>()(z.object({ briefId, reportId: z.string().uuid() }).strict(), coordinators),
  'briefs.removeVignette': channel<BriefView>()(z.object({ briefId, position: z.number().int().min(0).max(10_000) }).strict(), coordinators),
  'briefs.setRedactions': channel<BriefView>()(
    z
      .object({
        briefId,
        position: z.number().int().min(0).max(10_000),
        spans: z.array(z.object({ start: z.number().int().min(0), end: z.number().int().min(1), kind: z.enum(IDENTIFIER_KINDS) }).strict()).max(10_000),
      })
      .strict(),
    coordinators,
  ),
  'briefs.setIntroduction': channel<BriefView>()(z.object({ briefId, text: z.string().max(20_000) }).strict(), coordinators),
  'briefs.check': channel<BriefLeak[]>()(z.object({ briefId }).strict(), coordinators),
  'briefs.approve': channel<BriefView>()(z.object({ briefId }).strict(), coordinators),
  'briefs.recipients': channel<string[]>()(empty, { kind: 'roles', roles: ['coordinator', 'admin'] }),
  'briefs.setRecipients': channel<string[]>()(z.object({ recipients: z.array(z.string().trim().max(4000)).max(20) }).strict(), { kind: 'roles', roles: ['coordinator', 'admin'] }),
  /** Writes to a medium the user chooses in a dialog in main; print: the PDF alone, unencrypted. */
  'briefs.export': channel<BriefExport>()(z.object({ briefId, print: z.boolean().default(false) }).strict(), coordinators),
  /** The command line's export: a folder and recipients given on the command line. */
  'briefs.exportTo': channel<BriefExport>()(
    z.object({ briefId, directory: z.string().min(1).max(4096), recipients: z.array(z.string().trim().max(4000)).max(20).default([]), print: z.boolean().default(false) }).strict(),
    { ...coordinators, cliOnly: true },
  ),
  'review.queue': channel<{ rows: ReviewQueueRow[]; total: number }>()(
    z
      .object({
        minScore: z.number().min(0).max(10_000).default(0),
        open: z.boolean().default(false),
        signal: z.enum(SIGNAL_KINDS).optional(),
        limit: z.number().int().min(1).max(500).default(100),
        offset: z.number().int().min(0).default(0),
      })
      .strict(),
    reviewers,
  ),
  'review.report': channel<ReviewReport>()(z.object({ reportId: z.string().uuid() }).strict(), reviewers),
  'review.setVerdict': channel<ReviewReport>()(
    z.object({ reportId: z.string().uuid(), verdict: z.enum(VERDICTS), rationale: z.string().trim().max(5000) }).strict(),
    reviewers,
  ),
  /** A second reviewer confirms or rejects a verdict that needs four eyes. */
  'review.decide': channel<ReviewReport>()(
    z.object({ verdictId: z.number().int().positive(), confirm: z.boolean() }).strict(),
    reviewers,
  ),
  'review.cluster': channel<ReviewCluster>()(z.object({ reportId: z.string().uuid() }).strict(), reviewers),
  /** One verdict for several reports judged together (each gets its own record; four eyes still apply). */
  'review.setVerdicts': channel<ReviewCluster>()(
    z.object({ reportIds: z.array(z.string().uuid()).min(1).max(50), verdict: z.enum(VERDICTS), rationale: z.string().trim().max(5000) }).strict(),
    reviewers,
  ),
  'review.weights': channel<Record<SignalKind, number>>()(empty, { kind: 'roles', roles: ['admin', 'reviewer'] }),
  'review.setWeights': channel<Record<SignalKind, number>>()(
    z.partialRecord(z.enum(SIGNAL_KINDS), z.number().int().min(0).max(MAX_SIGNAL_WEIGHT)),
    admin,
  ),
  /** Retention periods in days (null: keep forever) and the last purge (counts only). */
  'retention.get': channel<RetentionView>()(empty, admin),
  'retention.set': channel<RetentionView>()(z.object({ periods: retentionPeriodsSchema }).strict(), admin),
  /** What a purge would remove now, per kind: counts only. */
  'retention.preview': channel<RetentionCounts>()(empty, admin),
  'retention.purge': channel<RetentionCounts>()(empty, admin),
  /** A legal hold keeps a case (and its merge group and reports) out of every purge. */
  'retention.setHold': channel<{ caseId: number; hold: boolean }>()(
    z.object({ caseId, hold: z.boolean(), reason: z.string().max(2000) }).strict(),
    { kind: 'roles', roles: ['admin', 'coordinator'] },
  ),
  'filters.list': channel<{ id: number; name: string; filter: z.input<typeof caseFilterSchema> }[]>()(empty, casework),
  'filters.save': channel<{ id: number; name: string; filter: z.input<typeof caseFilterSchema> }[]>()(
    z.object({ name: text(100), filter: caseFilterSchema }).strict(),
    casework,
  ),
  'filters.delete': channel<{ id: number; name: string; filter: z.input<typeof caseFilterSchema> }[]>()(
    z.object({ id: z.number().int().positive() }).strict(),
    casework,
  ),
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ChannelParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = Exclude<Channels[C]['output'], undefined>;

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.hasOwn(channels, name);
}
