// Referrals to partner organisations: partner kinds, the referral workflow and what may be shared.
// Pure rules, free of zod, checked in main and shown by the renderer and the CLI.
export const PARTNER_KINDS = ['police', 'victim-support', 'care', 'municipality', 'legal-aid', 'intelligence-signal', 'other'] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

/** proposed → approved (four eyes) → sent → acknowledged → closed; or declined / withdrawn. */
export const REFERRAL_STATUSES = ['proposed', 'approved', 'sent', 'acknowledged', 'closed', 'declined', 'withdrawn'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

const NEXT: Record<ReferralStatus, readonly ReferralStatus[]> = {
  proposed: ['approved', 'declined', 'withdrawn'],
  approved: ['sent', 'withdrawn'],
  sent: ['acknowledged', 'closed'],
  acknowledged: ['closed'],
  closed: [],
  declined: [],
  withdrawn: [],
};

export function referralTransitions(from: ReferralStatus): readonly ReferralStatus[] {
  return NEXT[from];
}

export function isOpenReferral(s: ReferralStatus): boolean {
  return NEXT[s].length > 0;
}

/**
 * The report data a referral can share, chosen one by one. Nothing is shared unless chosen; the
 * default is the summary alone.
 */
export const SHAREABLE_FIELDS = [
  'summary',
  'narrative',
  'categories',
  'countryOfConcern',
  'period',
  'actorDescription',
  'pseudonym',
  'name',
  'phone',
  'email',
  'municipality',
  'preferredContact',
  'safeContactTimes',
] as const;
export type ShareableField = (typeof SHAREABLE_FIELDS)[number];
export const DEFAULT_SHARED_FIELDS: readonly ShareableField[] = ['summary'];

/** How a referral is named in its letter, on the medium and when the partner replies. */
export function referralReference(id: number, proposedAt: string): string {
  return `VW-${proposedAt.slice(0, 4)}-${String(id).padStart(6, '0')}`;
}

/** Days after sending when the counsellor checks with the partner, unless they choose a date. */
export const DEFAULT_FOLLOW_UP_DAYS = 14;

export type Partner = {
  id: number;
  name: string;
  kind: PartnerKind;
  region: string;
  contact: string;
  accepts: string;
  /** An age recipient (age1…) for encrypted delivery; null: a printable letter instead. */
  recipient: string | null;
  active: boolean;
};

export type ReferralPackageInfo = { fileName: string; size: number; sha256: string; encrypted: boolean; sentAt: string; sentBy: string };

export type Referral = {
  id: number;
  reference: string;
  caseId: number;
  caseNumber: string;
  reportId: string;
  partner: { id: number; name: string; kind: PartnerKind };
  reason: string;
  fields: ShareableField[];
  letter: string;
  status: ReferralStatus;
  proposedBy: string;
  proposedAt: string;
  decidedBy: string | null;
  decidedAt: string | null;
  /** The reason a coordinator gave for referring without the reporter's consent (urgent risk). */
  override: string | null;
  followUpOn: string | null;
  updatedAt: string;
  /** What was written to the medium; null until sent. */
  sent: ReferralPackageInfo | null;
};

/** The answer to sending: the case's referrals, and the file as written and verified on the medium. */
export type SentReferral = { referrals: Referral[]; file: { fileName: string; directory: string; size: number; sha256: string; encrypted: boolean } };

/** Names of partner kinds (UI catalogs and the referral letter use these). */
export const PARTNER_KIND_NAMES: Record<PartnerKind, { nl: string; en: string }> = {
  police: { nl: 'Politie', en: 'Police' },
  'victim-support': { nl: 'Slachtofferhulp', en: 'Victim support' },
  care: { nl: 'Zorg', en: 'Care' },
  municipality: { nl: 'Gemeente', en: 'Municipality' },
  'legal-aid': { nl: 'Rechtshulp', en: 'Legal aid' },
  'intelligence-signal': { nl: 'Signaal aan inlichtingendienst', en: 'Signal to intelligence service' },
  other: { nl: 'Overig', en: 'Other' },
};

/** Names of the shareable fields (UI catalogs and the referral letter use these). */
export const SHAREABLE_FIELD_NAMES: Record<ShareableField, { nl: string; en: string }> = {
  summary: { nl: 'Samenvatting', en: 'Summary' },
  narrative: { nl: 'Verhaal van de melder', en: 'Reporter’s account' },
  categories: { nl: 'Soort inmenging', en: 'Kind of interference' },
  countryOfConcern: { nl: 'Betrokken land', en: 'Country of concern' },
  period: { nl: 'Periode', en: 'Period' },
  actorDescription: { nl: 'Beschrijving van de betrokkenen', en: 'Description of those involved' },
  pseudonym: { nl: 'Schuilnaam', en: 'Pseudonym' },
  name: { nl: 'Naam', en: 'Name' },
  phone: { nl: 'Telefoonnummer', en: 'Phone number' },
  email: { nl: 'E-mailadres', en: 'E-mail address' },
  municipality: { nl: 'Woonplaats (gemeente)', en: 'Home municipality' },
  preferredContact: { nl: 'Voorkeur voor contact', en: 'Preferred contact' },
  safeContactTimes: { nl: 'Veilige tijden voor contact', en: 'Safe times for contact' },
};
