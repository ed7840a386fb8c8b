// The partner directory and referrals.
import type { Db } from '../open';
import { stmt } from '../statement-cache';

export type PartnerRow = { id: number; name: string; kind: string; region: string; contact: string; accepts: string; recipient: string | null; active: number };

export function listPartners(db: Db): PartnerRow[] {
  return stmt(db, 'SELECT id, name, kind, region, contact, accepts, recipient, active FROM partners ORDER BY active DESC, name').all() as PartnerRow[];
}

export function partnerById(db: Db, id: number): PartnerRow | null {
  return (stmt(db, 'SELECT id, name, kind, region, contact, accepts, recipient, active FROM partners WHERE id = ?').get(id) as PartnerRow | undefined) ?? null;
}

export function insertPartner(db: Db, p: Omit<PartnerRow, 'id' | 'active'> & { by: string; at: string }): number {
  return Number(
    stmt(db, 'INSERT INTO partners (name, kind, region, contact, accepts, recipient, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)').run(
      p.name,
      p.kind,
      p.region,
      p.contact,
      p.accepts,
      p.recipient,
      p.at,
      p.by,
    ).lastInsertRowid,
  );
}

export function updatePartner(db: Db, id: number, p: Omit<PartnerRow, 'id'>): void {
  stmt(db, 'UPDATE partners SET name = ?, kind = ?, region = ?, contact = ?, accepts = ?, recipient = ?, active = ? WHERE id = ?').run(
    p.name,
    p.kind,
    p.region,
    p.contact,
    p.accepts,
    p.recipient,
    p.active,
    id,
  );
}

export type ReferralRow = {
  id: number;
  case_id: number;
  case_number: string;
  report_id: string;
  partner_id: number;
  partner_name: string;
  partner_kind: string;
  reason: string;
  fields: string;
  letter: string;
  status: string;
  proposed_by: string;
  proposed_at: string;
  decided_by: string | null;
  decided_at: string | null;
  override: string | null;
  follow_up_on: string | null;
  updated_at: string;
  sent_at: string | null;
  sent_by: string | null;
  package_file: string | null;
  package_size: number | null;
  package_sha256: string | null;
  package_encrypted: number | null;
  approved_recipient: string | null;
};

const SELECT = `SELECT r.*, c.number AS case_number, p.name AS partner_name, p.kind AS partner_kind
  FROM referrals r JOIN cases c ON c.id = r.case_id JOIN partners p ON p.id = r.partner_id`;

export function referralById(db: Db, id: number): ReferralRow | null {
  return (stmt(db, `${SELECT} WHERE r.id = ?`).get(id) as ReferralRow | undefined) ?? null;
}

export function referralsOfCase(db: Db, caseId: number): ReferralRow[] {
  return stmt(db, `${SELECT} WHERE r.case_id = ? ORDER BY r.id DESC`).all(caseId) as ReferralRow[];
}

/** All referrals, open ones first (by follow-up date), then the rest, newest first. */
export function listReferralRows(db: Db, limit: number): ReferralRow[] {
  return stmt(
    db,
    `${SELECT} ORDER BY r.status IN ('closed', 'declined', 'withdrawn'), r.follow_up_on IS NULL, r.follow_up_on, r.id DESC LIMIT ?`,
  ).all(limit) as ReferralRow[];
}

export function insertReferral(
  db: Db,
  r: { caseId: number; reportId: string; partnerId: number; reason: string; fields: string[]; letter: string; by: string; at: string; override: string | null; followUpOn: string | null },
): number {
  return Number(
    stmt(
      db,
      `INSERT INTO referrals (case_id, report_id, partner_id, reason, fields, letter, status, proposed_by, proposed_at, override, follow_up_on, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, 'proposed', ?, ?, ?, ?, ?)`,
    ).run(r.caseId, r.reportId, r.partnerId, r.reason, JSON.stringify(r.fields), r.letter, r.by, r.at, r.override, r.followUpOn, r.at).lastInsertRowid,
  );
}

export function setReferralStatus(db: Db, id: number, status: string, at: string, decidedBy: string | null, followUpOn?: string | null): void {
  stmt(
    db,
    `UPDATE referrals SET status = ?, updated_at = ?, decided_by = coalesce(?, decided_by), decided_at = CASE WHEN ? IS NULL THEN decided_at ELSE ? END,
       follow_up_on = CASE WHEN ? THEN ? ELSE follow_up_on END WHERE id = ?`,
  ).run(status, at, decidedBy, decidedBy, at, followUpOn === undefined ? 0 : 1, followUpOn ?? null, id);
}

export function markReferralSent(
  db: Db,
  id: number,
  p: { at: string; by: string; fileName: string; size: number; sha256: string; encrypted: boolean; followUpOn: string },
): void {
  stmt(
    db,
    `UPDATE referrals SET status = 'sent', updated_at = ?, sent_at = ?, sent_by = ?, package_file = ?, package_size = ?, package_sha256 = ?,
       package_encrypted = ?, follow_up_on = ? WHERE id = ? AND status = 'approved'`,
  ).run(p.at, p.at, p.by, p.fileName, p.size, p.sha256, p.encrypted ? 1 : 0, p.followUpOn, id);
}

/** Open referrals whose follow-up date has come (or passes within `horizon`), and those awaiting approval. */
export function referralReminderRows(db: Db, horizon: string, limit: number): ReferralRow[] {
  return stmt(
    db,
    `${SELECT} WHERE r.status = 'proposed' OR (r.status IN ('approved', 'sent', 'acknowledged') AND r.follow_up_on IS NOT NULL AND r.follow_up_on <= ?)
     ORDER BY r.status <> 'proposed', r.follow_up_on, r.id LIMIT ?`,
  ).all(horizon, limit) as ReferralRow[];
}

/** The partner's recipient at approval: what the approver saw is what sending encrypts to. */
export function setApprovedRecipient(db: Db, id: number, recipient: string | null): void {
  stmt(db, 'UPDATE referrals SET approved_recipient = ? WHERE id = ?').run(recipient ?? '', id);
}
