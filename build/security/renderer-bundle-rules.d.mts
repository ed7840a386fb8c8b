// Types for renderer-bundle-rules.mjs, so the TypeScript unit tests can import it strictly.
export type FileKind = 'js' | 'css' | 'html';

export interface BundleRule {
  id: string;
  kinds: FileKind[];
  /** Must have the g flag. */
  pattern: RegExp;
  what: string;
}

export type Allowance =
  | { rule: string; exact: string; reason: string }
  | { rule: string; pattern: RegExp; reason: string };

export interface BundleFinding {
  file: string;
  line: number;
  column: number;
  rule: string;
  what: string;
  match: string;
  excerpt: string;
  allowedBy: Allowance | null;
}

export const RULES: BundleRule[];
export const ALLOWED: Allowance[];
export function kindOf(name: string): FileKind | null;
export function scanText(file: string, text: string, lists?: { rules?: BundleRule[]; allowed?: Allowance[] }): BundleFinding[];
export function unusedAllowances(findings: BundleFinding[], allowed?: Allowance[]): Allowance[];
