// Roles and what each may do. Pure rules, shared by main (enforcement) and renderer (navigation).
export const ROLES = ['counsellor', 'reviewer', 'coordinator', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

/** Top-level sections of the app; which roles see each one. */
export const SECTIONS = ['inbox', 'cases', 'review', 'referrals', 'briefs', 'admin'] as const;
export type Section = (typeof SECTIONS)[number];

const SECTION_ROLES: Record<Section, readonly Role[]> = {
  inbox: ['counsellor', 'coordinator'],
  cases: ['counsellor', 'coordinator'],
  review: ['reviewer'],
  referrals: ['counsellor', 'coordinator'],
  briefs: ['coordinator'],
  admin: ['admin'],
};

export function sectionsFor(roles: readonly Role[]): Section[] {
  return SECTIONS.filter((s) => SECTION_ROLES[s].some((r) => roles.includes(r)));
}

export function hasAnyRole(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return allowed.some((r) => roles.includes(r));
}
