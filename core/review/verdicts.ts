// Reviewers' verdicts on a report. "Fabricated" needs a second reviewer (four eyes) before it
// takes effect; a changed verdict keeps the old one in the history. Free of zod.
export const VERDICTS = ['authentic', 'inconclusive', 'suspicious', 'fabricated'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** pending: waits for a second reviewer; effective: the current verdict; superseded/withdrawn: history. */
export const VERDICT_STATES = ['pending', 'effective', 'superseded', 'rejected'] as const;
export type VerdictState = (typeof VERDICT_STATES)[number];

export function isVerdict(v: unknown): v is Verdict {
  return typeof v === 'string' && (VERDICTS as readonly string[]).includes(v);
}

export function needsSecondReviewer(v: Verdict): boolean {
  return v === 'fabricated';
}

export type VerdictRecord = {
  id: number;
  reportId: string;
  verdict: Verdict;
  rationale: string;
  by: string;
  at: string;
  state: VerdictState;
  /** The second reviewer of a four-eyes verdict (confirmed or rejected), and when. */
  decidedBy: string | null;
  decidedAt: string | null;
};

export const VERDICT_TEXT: Record<Verdict, { nl: string; en: string }> = {
  authentic: { nl: 'Authentiek', en: 'Authentic' },
  inconclusive: { nl: 'Onbeslist', en: 'Inconclusive' },
  suspicious: { nl: 'Verdacht', en: 'Suspicious' },
  fabricated: { nl: 'Verzonnen', en: 'Fabricated' },
};
