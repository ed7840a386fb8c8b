// Referrals as use cases: the partner directory (coordinators, admins), proposing a referral of a
// case's report with the fields to share chosen one by one, the reporter's consent (or a
// coordinator's documented emergency override on an urgent case), the four-eyes decision and the
// status. Every step goes to the case timeline and the audit log.
import { rmSync } from 'node:fs';
import { BakenError } from '../../core/errors';
import {
  DEFAULT_FOLLOW_UP_DAYS,
  PARTNER_KINDS,
  type Partner,
  type PartnerKind,
  type Referral,
  type ReferralStatus,
  REFERRAL_STATUSES,
  SHAREABLE_FIELDS,
  type SentReferral,
  type ShareableField,
  referralReference,
  referralTransitions,
} from '../../core/referrals/referrals';
import { caseReportIds, getCaseRow } from '../../db/queries/cases';
import {
  type PartnerRow,
  type ReferralRow,
  insertPartner,
  insertReferral,
  listPartners,
  listReferralRows,
  markReferralSent,
  partnerById,
  referralReminderRows,
  referralById,
  referralsOfCase,
  setApprovedRecipient,
  setReferralStatus,
  updatePartner,
} from '../../db/queries/referrals';
import { checkAgeRecipients } from '../bundle/age-recipient';
import { loadReport } from '../cases/case-view';
import { writeVerified } from '../fs/write-verified';
import { buildReferralPackage } from '../referrals/referral-package';
import { change, requireWriter } from './cases';
import type { ServiceContext } from './context';
import type { ActiveSession } from './session';

function toPartner(p: PartnerRow): Partner {
  return {
    id: p.id,
    name: p.name,
    kind: (PARTNER_KINDS as readonly string[]).includes(p.kind) ? (p.kind as PartnerKind) : 'other',
    region: p.region,
    contact: p.contact,
    accepts: p.accepts,
    recipient: p.recipient,
    active: p.active === 1,
  };
}

function toReferral(r: ReferralRow): Referral {
  return {
    id: r.id,
    reference: referralReference(r.id, r.proposed_at),
    caseId: r.case_id,
    caseNumber: r.case_number,
    reportId: r.report_id,
    partner: { id: r.partner_id, name: r.partner_name, kind: (PARTNER_KINDS as readonly string[]).includes(r.partner_kind) ? (r.partner_kind as PartnerKind) : 'other' },
    reason: r.reason,
    fields: (JSON.parse(r.fields) as string[]).filter((f): f is ShareableField => (SHAREABLE_FIELDS as readonly string[]).includes(f)),
    letter: r.letter,
    status: (REFERRAL_STATUSES as readonly string[]).includes(r.status) ? (r.status as ReferralStatus) : 'closed',
    proposedBy: r.proposed_by,
    proposedAt: r.proposed_at,
    decidedBy: r.decided_by,
    decidedAt: r.decided_at,
    override: r.override,
    followUpOn: r.follow_up_on,
    updatedAt: r.updated_at,
    sent:
      r.sent_at !== null && r.package_file !== null
        ? { fileName: r.package_file, size: r.package_size ?? 0, sha256: r.package_sha256 ?? '', encrypted: r.package_encrypted === 1, sentAt: r.sent_at, sentBy: r.sent_by ?? '' }
        : null,
  };
}

export function partners(s: ActiveSession): Partner[] {
  return listPartners(s.vault.db).map(toPartner);
}

export type PartnerInput = { id?: number | undefined; name: string; kind: PartnerKind; region: string; contact: string; accepts: string; recipient: string | null; active: boolean };

export function savePartner(s: ActiveSession, p: PartnerInput): Partner[] {
  const recipient = checkAgeRecipients(p.recipient === null ? [] : [p.recipient])[0] ?? null;
  const { vault, user } = s;
  vault.db.transaction(() => {
    const fields = { name: p.name.trim(), kind: p.kind, region: p.region.trim(), contact: p.contact.trim(), accepts: p.accepts.trim(), recipient };
    if (p.id === undefined) {
      const id = insertPartner(vault.db, { ...fields, by: user.username, at: vault.now().toISOString() });
      vault.audit({ actor: user.username, action: 'partner.add', target: String(id), details: { name: fields.name, kind: fields.kind } });
    } else {
      if (!partnerById(vault.db, p.id)) throw new BakenError('partner-not-found');
      updatePartner(vault.db, p.id, { ...fields, active: p.active ? 1 : 0 });
      vault.audit({ actor: user.username, action: 'partner.update', target: String(p.id), details: { name: fields.name, kind: fields.kind, active: p.active } });
    }
  }).immediate();
  return partners(s);
}

function consentToReferral(s: ActiveSession, reportId: string): boolean {
  const loaded = loadReport(s.vault.db, reportId);
  if (!loaded) throw new BakenError('report-not-found');
  return loaded.report.reporter.consent.referral === true;
}

/** An urgent safety risk: flagged by intake, or immediate danger in the risk assessment. */
function urgentRisk(row: { urgent: number; risk: string | null }): boolean {
  if (row.urgent === 1) return true;
  try {
    return (JSON.parse(row.risk ?? '{}') as { immediateDanger?: unknown }).immediateDanger === true;
  } catch {
    return false;
  }
}

export type ProposeInput = {
  caseId: number;
  reportId: string;
  partnerId: number;
  reason: string;
  fields: ShareableField[];
  letter: string;
  followUpOn: string | null;
  /** A coordinator's reason to refer without the reporter's consent (urgent cases only). */
  override: string | null;
};

export function propose(s: ActiveSession, p: ProposeInput): Referral[] {
  const row = requireWriter(s, p.caseId);
  if (!caseReportIds(s.vault.db, p.caseId).some((r) => r.reportId === p.reportId)) throw new BakenError('report-not-found');
  const partner = partnerById(s.vault.db, p.partnerId);
  if (!partner) throw new BakenError('partner-not-found');
  if (partner.active !== 1) throw new BakenError('partner-inactive');
  const fields = SHAREABLE_FIELDS.filter((f) => p.fields.includes(f));
  if (fields.length === 0) throw new BakenError('referral-fields-required');
  let override: string | null = null;
  if (!consentToReferral(s, p.reportId)) {
    if (p.override === null) throw new BakenError('referral-consent-missing');
    if (!s.user.roles.includes('coordinator') || !urgentRisk(row) || p.override.trim().length < 10) throw new BakenError('referral-override-not-allowed');
    override = p.override.trim();
  }
  change(s, p.caseId, 'referral.proposed', { partner: partner.name, fields, ...(override ? { override } : {}) }, (now) =>
    insertReferral(s.vault.db, { caseId: p.caseId, reportId: p.reportId, partnerId: p.partnerId, reason: p.reason.trim(), fields, letter: p.letter, by: s.user.username, at: now, override, followUpOn: p.followUpOn }),
  );
  return referralsOfCase(s.vault.db, p.caseId).map(toReferral);
}

function requireReferral(s: ActiveSession, id: number): ReferralRow {
  const r = referralById(s.vault.db, id);
  if (!r) throw new BakenError('referral-not-found');
  return r;
}

function move(s: ActiveSession, r: ReferralRow, to: ReferralStatus, decidedBy: string | null, followUpOn?: string | null, also?: () => void): Referral[] {
  if (!referralTransitions(r.status as ReferralStatus).includes(to)) throw new BakenError('referral-transition');
  change(s, r.case_id, `referral.${to}`, { referralId: r.id, partner: r.partner_name }, (now) => {
    setReferralStatus(s.vault.db, r.id, to, now, decidedBy, followUpOn);
    also?.();
  });
  return referralsOfCase(s.vault.db, r.case_id).map(toReferral);
}

/**
 * Four eyes: a coordinator other than the proposer approves or declines. Approval also fixes the
 * partner's recipient (or its absence: a printed letter) that sending will use.
 */
export function decide(s: ActiveSession, id: number, approve: boolean): Referral[] {
  const r = requireReferral(s, id);
  if (!s.user.roles.includes('coordinator')) throw new BakenError('forbidden');
  if (r.proposed_by === s.user.username) throw new BakenError('referral-own-approval');
  if (!approve) return move(s, r, 'declined', s.user.username);
  const partner = partnerById(s.vault.db, r.partner_id);
  if (!partner || partner.active !== 1) throw new BakenError('referral-partner-changed');
  return move(s, r, 'approved', s.user.username, undefined, () => setApprovedRecipient(s.vault.db, r.id, partner.recipient));
}

/** The proposer or a coordinator withdraws a referral that has not left yet. */
export function withdraw(s: ActiveSession, id: number): Referral[] {
  const r = requireReferral(s, id);
  if (r.proposed_by !== s.user.username && !s.user.roles.includes('coordinator')) throw new BakenError('forbidden');
  return move(s, r, 'withdrawn', null);
}

/** After sending: the partner acknowledged, or the referral is closed; with a next follow-up date. */
export function progress(s: ActiveSession, id: number, to: 'acknowledged' | 'closed', followUpOn: string | null): Referral[] {
  const r = requireReferral(s, id);
  requireWriter(s, r.case_id);
  return move(s, r, to, null, followUpOn);
}

function daysAfter(now: Date, days: number): string {
  const d = new Date(now);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Sends an approved referral: builds the package (age-encrypted to the partner, or a printable
 * letter when the partner has no recipient), writes it to the chosen medium with write-verify,
 * then marks the referral sent with a follow-up date. A failed write changes nothing but the audit.
 */
export async function send(ctx: ServiceContext, s: ActiveSession, id: number, followUpOn: string | null): Promise<SentReferral> {
  const r = requireReferral(s, id);
  requireWriter(s, r.case_id);
  if (r.status !== 'approved') throw new BakenError('referral-transition');
  const partner = partnerById(s.vault.db, r.partner_id);
  // The recipient the approver saw ('' was none): a key changed since needs a new approval.
  if (!partner || partner.active !== 1 || (partner.recipient ?? '') !== (r.approved_recipient ?? '')) throw new BakenError('referral-partner-changed');
  const loaded = loadReport(s.vault.db, r.report_id);
  if (!loaded) throw new BakenError('report-not-found');
  const referral = toReferral(r);
  const createdAt = s.vault.now();
  const pkg = await buildReferralPackage({
    reference: referral.reference,
    createdAt,
    partner: { name: partner.name, kind: toPartner(partner).kind, region: partner.region, recipient: partner.recipient },
    reason: r.reason,
    letter: r.letter,
    override: r.override,
    fields: referral.fields,
    report: loaded.report,
  });
  const directory = await ctx.platform.chooseExportDirectory();
  if (!directory) throw new BakenError('medium-unavailable');
  const audit = (action: string, details: Record<string, unknown>) =>
    s.vault.audit({ actor: s.user.username, action, target: referral.caseNumber, details: { referralId: r.id, reference: referral.reference, ...details } });
  let file: Awaited<ReturnType<typeof writeVerified>>;
  try {
    file = await writeVerified(directory, pkg.fileName, pkg.bytes);
  } catch (error) {
    const code = error instanceof BakenError ? error.code : 'write-failed';
    if (s.vault.db.open) audit('referral.send-failed', { code });
    throw error instanceof BakenError ? error : new BakenError('write-failed');
  } finally {
    pkg.bytes.fill(0);
  }
  // Locked while writing: the record cannot say it was sent, so the package must not stay either.
  if (!s.vault.db.open) {
    rmSync(file.path, { force: true });
    throw new BakenError('not-authenticated');
  }
  const due = followUpOn ?? daysAfter(createdAt, DEFAULT_FOLLOW_UP_DAYS);
  const sent = { fileName: file.fileName, size: file.size, sha256: file.sha256, encrypted: pkg.encrypted };
  try {
    change(s, r.case_id, 'referral.sent', { referralId: r.id, partner: partner.name, ...sent, followUpOn: due }, (now) => {
      // Withdrawn by someone else while the medium was written: the package must not stay.
      if (referralById(s.vault.db, r.id)?.status !== 'approved') throw new BakenError('referral-transition');
      markReferralSent(s.vault.db, r.id, { at: now, by: s.user.username, ...sent, followUpOn: due });
    });
  } catch (error) {
    rmSync(file.path, { force: true });
    throw error;
  }
  return { referrals: referralsOfCase(s.vault.db, r.case_id).map(toReferral), file: { ...sent, directory } };
}

/** For the dashboard: referrals awaiting a second coordinator, and follow-ups due within a week. */
export function reminders(s: ActiveSession): Referral[] {
  return referralReminderRows(s.vault.db, daysAfter(s.vault.now(), 7), 50).map(toReferral);
}

export function ofCase(s: ActiveSession, caseId: number): Referral[] {
  if (!getCaseRow(s.vault.db, caseId)) throw new BakenError('case-not-found');
  return referralsOfCase(s.vault.db, caseId).map(toReferral);
}

export function list(s: ActiveSession, limit: number): Referral[] {
  return listReferralRows(s.vault.db, limit).map(toReferral);
}
