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
};

export type AuditBreak = 'mac-mismatch' | 'sequence-gap' | 'head-mismatch';

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
