// The case status workflow: new → triage → open → waiting → referred → closed (with a reason),
// and reopen. Every transition is checked here, on every side.
export const CASE_STATUSES = ['new', 'triage', 'open', 'waiting', 'referred', 'closed'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CLOSING_REASONS = ['resolved', 'referred-onward', 'no-contact', 'withdrawn', 'duplicate', 'out-of-scope', 'fabricated', 'other'] as const;
export type ClosingReason = (typeof CLOSING_REASONS)[number];

const NEXT: Record<CaseStatus, readonly CaseStatus[]> = {
  new: ['triage', 'closed'],
  triage: ['open', 'closed'],
  open: ['waiting', 'referred', 'closed'],
  waiting: ['open', 'referred', 'closed'],
  referred: ['open', 'waiting', 'closed'],
  // Reopening brings a closed case back to work.
  closed: ['open'],
};

export function allowedTransitions(from: CaseStatus): readonly CaseStatus[] {
  return NEXT[from];
}

export type TransitionProblem = 'transition-not-allowed' | 'closing-reason-required' | 'closing-reason-not-allowed';

export function checkTransition(from: CaseStatus, to: CaseStatus, closingReason: ClosingReason | null): TransitionProblem | null {
  if (!NEXT[from].includes(to)) return 'transition-not-allowed';
  if (to === 'closed' && closingReason === null) return 'closing-reason-required';
  if (to !== 'closed' && closingReason !== null) return 'closing-reason-not-allowed';
  return null;
}

export function isOpenStatus(s: CaseStatus): boolean {
  return s !== 'closed';
}
