// The case on screen, shared by the panels of the case page: the detail as main last sent it,
// whether this user may change it, and how a panel hands a changed case back.
import { createContext, useContext } from 'react';
import type { CaseDetail } from '../../../../core/cases/types';
import type { SessionInfo } from '../../../../core/types';
import { useAction, type Action } from '../../hooks/useAction';

export type CaseState = {
  detail: CaseDetail;
  /** Coordinators, and the counsellor the case is assigned to (main decides again on every call). */
  canWrite: boolean;
  /** The id of the sentence explaining why the controls are off; undefined when they are on. */
  readOnlyNoteId: string | undefined;
  update: (detail: CaseDetail) => void;
};

export const CaseContext = createContext<CaseState | null>(null);

export function useCase(): CaseState {
  const c = useContext(CaseContext);
  if (!c) throw new Error('useCase outside a case page');
  return c;
}

/** A change to the case: runs `fn` and shows the case main answers with. */
export function useCaseChange<A extends unknown[]>(fn: (...args: A) => Promise<CaseDetail>): Action<A, CaseDetail> {
  const { update } = useCase();
  return useAction(async (...args: A) => {
    const next = await fn(...args);
    update(next);
    return next;
  });
}

export function mayWrite(detail: CaseDetail, session: SessionInfo): boolean {
  if (detail.mergedInto !== null) return false;
  if (session.roles.includes('coordinator')) return true;
  return session.roles.includes('counsellor') && detail.assignee?.id === session.userId;
}
