// The signed-in user, shared by the frame and the pages that change it (language, roles,
// passphrase).
import { createContext, useContext } from 'react';
import type { SessionInfo } from '../../core/types';

export type SessionState = {
  session: SessionInfo;
  setSession: (session: SessionInfo) => void;
  /** Re-reads the session from main (after a change that may touch the current user). */
  refresh: () => Promise<void>;
  lock: () => Promise<void>;
};

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession outside a session');
  return s;
}
