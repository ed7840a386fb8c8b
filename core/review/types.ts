// What reviewers see: the queue and one report's review, as every side types them. Never the
// reporter's identity or contact details (the report view is the one without identity).
import type { CaseReport } from '../cases/types';
import type { Signal, SignalKind } from './signals';
import type { Verdict, VerdictRecord } from './verdicts';

export type ReviewQueueRow = {
  reportId: string;
  caseNumber: string;
  receivedAt: string;
  summary: string;
  score: number;
  signals: SignalKind[];
  /** The effective verdict, and one waiting for a second reviewer. */
  verdict: Verdict | null;
  pending: Verdict | null;
};

export type AttachmentForensicsView = {
  position: number;
  filename: string;
  declaredType: string;
  sha256: string;
  realType: string | null;
  dangers: string[];
  exif: { takenAt: string | null; software: string | null; make: string | null; model: string | null; gps: boolean } | null;
};

/** A report the signals name: by id, with what a reviewer may see of it. */
export type RelatedReport = { reportId: string; caseNumber: string; receivedAt: string; summary: string; score: number };

/** Reports linked to one another by shared signals (near-duplicates, contacts, attachments). */
export type ReviewCluster = { reports: (RelatedReport & { verdict: Verdict | null; pending: Verdict | null })[]; truncated: boolean };

/** Passages this report's narrative shares with a near-duplicate, as they read in each. */
export type SharedPassages = { reportId: string; caseNumber: string; similarity: number; passages: { here: string; there: string }[] };

/** Where the report came from. */
export type Provenance = { station: string | null; keyId: string; keyRevoked: boolean; bundleId: string; bundleCreatedAt: string; importedAt: string; deliveries: number };

export type ReviewReport = {
  caseNumber: string;
  report: CaseReport;
  provenance: Provenance;
  /** For the closest near-duplicates (at most three). */
  passages: SharedPassages[];
  score: number;
  signals: (Signal & { weight: number })[];
  forensics: AttachmentForensicsView[];
  related: RelatedReport[];
  /** Newest first: the effective one, a pending one, and the history. */
  verdicts: VerdictRecord[];
};
