// Who may see a reporter's identity and contact details (DESIGN.md): a counsellor on cases
// assigned to them; a coordinator only through a logged, reasoned reveal; a reviewer never;
// an admin sees no case content at all.
import type { Role } from '../roles';

export type Viewer = { userId: number; roles: readonly Role[] };

/** Case content (report text, notes) at all. */
export function canSeeCaseContent(viewer: Viewer): boolean {
  return viewer.roles.includes('counsellor') || viewer.roles.includes('coordinator');
}

/** Identity without a reveal: only the counsellor the case is assigned to. */
export function seesIdentityDirectly(viewer: Viewer, assigneeId: number | null): boolean {
  return viewer.roles.includes('counsellor') && assigneeId !== null && assigneeId === viewer.userId;
}

/** A coordinator may reveal with a reason; the reveal is audited. */
export function mayRevealIdentity(viewer: Viewer): boolean {
  return viewer.roles.includes('coordinator');
}

/** The reporter fields that are identity or contact details; everything else is content. */
export const IDENTITY_FIELDS = ['name', 'phone', 'email', 'preferredContact', 'safeContactTimes', 'municipality'] as const;

/** The reporter block with identity and contact details taken out (pseudonym and consent stay). */
export function withoutIdentity<T extends Record<string, unknown>>(reporter: T): Omit<T, (typeof IDENTITY_FIELDS)[number]> {
  const copy: Record<string, unknown> = { ...reporter };
  for (const f of IDENTITY_FIELDS) delete copy[f];
  return copy as Omit<T, (typeof IDENTITY_FIELDS)[number]>;
}
