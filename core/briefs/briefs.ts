// Anonymised briefs for the national threat analysis: what a brief holds as main sends it to the
// renderer and the CLI, and the rules both sides show. Zod-free, so the renderer may import it.
import type { BriefAggregates } from './aggregate-types';
import type { IdentifierKind, Replacement, Span } from './redaction-types';

export const BRIEF_STATUSES = ['draft', 'approved', 'exported'] as const;
export type BriefStatus = (typeof BRIEF_STATUSES)[number];

export const DEFAULT_K = 5;
export const MIN_K = 2;
export const MAX_K = 100;
export const MAX_VIGNETTES = 20;

/** Which consenting reports in the period count: any of these categories / countries (empty: all). */
export type BriefFilter = { categories: string[]; countries: string[] };

export function briefReference(id: number, createdAt: string): string {
  return `BR-${createdAt.slice(0, 4)}-${String(id).padStart(4, '0')}`;
}

export type BriefSummary = {
  id: number;
  reference: string;
  from: string;
  to: string;
  k: number;
  status: BriefStatus;
  /** Reports counted; null when fewer than k (nothing is published then). */
  reports: number | null;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  approvedBy: string | null;
  approvedAt: string | null;
  exportedAt: string | null;
};

/** One chosen narrative: the original (coordinators may read it), the redactions, and the result. */
export type BriefVignette = {
  position: number;
  reportId: string;
  caseNumber: string | null;
  language: string;
  original: string;
  spans: Span[];
  redacted: string;
  replacements: Replacement[];
};

export type BriefView = BriefSummary & {
  filter: BriefFilter;
  introduction: string;
  aggregates: BriefAggregates;
  vignettes: BriefVignette[];
  /** SHA-256 of everything the export holds; approval is bound to it. */
  contentHash: string;
  /** Whether this user may approve: a coordinator other than its last editor (its maker, if unchanged). */
  mayApprove: boolean;
};

/** Where an identifier of the included reports still occurs in the output. */
export type BriefLeak = { kind: IdentifierKind | 'known'; where: string; excerpt: string };

export type BriefExport = { fileName: string; directory: string; size: number; sha256: string; encrypted: boolean };

/** A counted report a coordinator may pick as a vignette. */
export type BriefCandidate = { reportId: string; caseNumber: string | null; summary: string; receivedAt: string; language: string };
