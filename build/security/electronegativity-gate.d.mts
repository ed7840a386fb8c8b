// Types for electronegativity-gate.mjs, so the TypeScript unit tests can import it strictly.
export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';

export const SEVERITY_RANK: Record<Severity, number>;
export const FAIL_AT: Severity;

export interface AllowedFinding {
  rule: string;
  /** Tested against the flagged code, trimmed. */
  snippet: RegExp;
  reason: string;
  reviewed?: { file: string; sha256: string };
}
export interface AllowedParseError {
  scan: string;
  file: RegExp;
  message: RegExp;
  reason: string;
}
export const ALLOWED_FINDINGS: AllowedFinding[];
export const ALLOWED_PARSE_ERRORS: AllowedParseError[];

/** An issue as Electronegativity's run() returns it (the fields used here). */
export interface ScannerIssue {
  id: string;
  description: string;
  shortenedURL?: string;
  file: string;
  location?: { line?: number; column?: number };
  sample?: string;
  severity: { name: Severity };
  confidence: { name: string };
  manualReview?: boolean;
}
export interface ScannerError {
  file: string;
  message: string;
  tolerable: boolean;
}
export interface Scan {
  name: string;
  root: string;
  result: { issues: ScannerIssue[]; errors: ScannerError[] };
}

export interface Finding {
  scan: string;
  rule: string;
  severity: Severity | 'UNKNOWN';
  confidence: string;
  file: string;
  line: number;
  column: number;
  message: string;
  snippet: string;
}
export interface ParseError {
  scan: string;
  level: 'error' | 'warning' | 'note';
  file: string;
  message: string;
}
export interface Verdict {
  failing: (Finding & { note?: string })[];
  allowed: (Finding & { reason: string; entry: AllowedFinding })[];
  belowThreshold: Finding[];
  failingParseErrors: ParseError[];
  allowedParseErrors: (ParseError & { reason: string })[];
  tolerated: ParseError[];
  /** Allowed findings a scan did not report. */
  unused: { scan: string; rule: string; snippet: string }[];
}

export function toSarif(input: { toolVersion: string; scans: Scan[] }): unknown;
export function readSarif(sarif: unknown): { scans: string[]; findings: Finding[]; parseErrors: ParseError[] };
export function evaluate(
  read: { scans?: string[]; findings: Finding[]; parseErrors: ParseError[] },
  allow?: { findings?: AllowedFinding[]; parseErrors?: AllowedParseError[]; changedReviews?: Set<string> },
): Verdict;
export function formatFinding(f: Finding): string;
