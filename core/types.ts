// Domain types shared by every side. Data only: no functions, no I/O.
import type { Locale } from './errors';
import type { Role, Section } from './roles';

export type SessionInfo = {
  userId: number;
  username: string;
  displayName: string;
  roles: Role[];
  sections: Section[];
  language: Locale;
  /** Set after an admin reset: the user must choose a new passphrase before anything else. */
  mustChangePassphrase: boolean;
};

export type AppStatus = {
  vault: 'absent' | 'locked' | 'unlocked';
  session: SessionInfo | null;
  autoLockMinutes: number | null;
  /** Only in demo mode (made-up data): the demo users and their passphrases, shown at unlock. */
  demoUsers: { username: string; passphrase: string; roles: Role[] }[] | null;
};

export type Recipients = { x25519: string; pq: string };

/** One workstation age identity as the admin sees it: its public recipient, never the secret. */
export type WorkstationIdentityInfo = { id: number; kind: 'x25519' | 'pq'; recipient: string; createdAt: string; retiredAt: string | null };

export type RekeyPhase = 'database' | 'blobs' | 'keyslots' | 'swap';
export type RekeyResult = { keyslots: number; blobs: number; auditEntries: number };
export type RekeyProgress = { phase: RekeyPhase; done: number; total: number };

export type UserSummary = {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  active: boolean;
  mustChangePassphrase: boolean;
  createdAt: string;
  lastLoginAt: string | null;
};

export type AuditEntry = {
  seq: number;
  at: string;
  actor: string | null;
  action: string;
  target: string | null;
  details: Record<string, unknown>;
};

export type AuditVerification = {
  ok: boolean;
  entries: number;
  /** The first entry that does not verify, with why; null when the chain is whole. */
  firstBad: { seq: number; reason: AuditBreak } | null;
  /**
   * Present when retention removed the oldest entries: the chain is verified from entry `seq`, on
   * from a MACed anchor written by the purge of `removedAt`. Absent for a log kept whole.
   */
  verifiedFrom?: { seq: number; removedAt: string };
};

/** anchor-mismatch: the checkpoint a retention purge left is forged or was moved. */
export type AuditBreak = 'mac-mismatch' | 'sequence-gap' | 'head-mismatch' | 'anchor-mismatch';

export type Settings = { autoLockMinutes: number };

export type LockReason = 'manual' | 'idle' | 'suspend' | 'screen-lock' | 'shutdown';

export type BundleFileInfo = { name: string; size: number; modifiedAt: string };
export type MediumInfo = { id: string; label: string; kind: 'removable' | 'folder'; path: string; files: BundleFileInfo[] };

export type IntakeKeyInfo = {
  keyId: string;
  label: string;
  addedAt: string;
  addedBy: string;
  revokedAt: string | null;
  revokedBy: string | null;
};

export type QuarantineEntry = {
  id: number;
  fileName: string;
  fileSize: number;
  fileSha256: string;
  medium: string | null;
  at: string;
  byUser: string;
  code: string;
  detail: string;
};

export type ReportRow = {
  reportId: string;
  bundleId: string;
  receivedAt: string;
  channel: string;
  categories: string[];
  status: string;
  urgent: boolean;
  summary: string;
  importedAt: string;
  reviewFlag: string | null;
};
