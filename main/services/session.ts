// The one session of this process: which vault is open, who is working, and when it locks.
import { BakenError } from '../../core/errors';
import { sectionsFor } from '../../core/roles';
import type { LockReason, SessionInfo } from '../../core/types';
import { findUserById, type UserRecord } from '../../db/queries/users';
import type { OpenVault } from '../vault/vault';
import type { ServiceContext } from './context';
import { readAutoLockMinutes } from './settings';

export type ActiveSession = { vault: OpenVault; user: UserRecord };

export function toSessionInfo(user: UserRecord): SessionInfo {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    sections: sectionsFor(user.roles),
    language: user.language,
    mustChangePassphrase: user.mustChangePassphrase,
  };
}

export class SessionManager {
  private active: ActiveSession | null = null;
  private lastActivity = 0;
  private readonly lockListeners: (() => void)[] = [];

  constructor(private readonly ctx: ServiceContext) {}

  current(): ActiveSession | null {
    return this.active;
  }

  require(): ActiveSession {
    if (!this.active) throw new BakenError('not-authenticated');
    return this.active;
  }

  start(session: ActiveSession): void {
    if (this.active) this.lock('manual');
    this.active = session;
    this.touch();
  }

  /** Re-reads the user (roles, flags) after a change to it. */
  refreshUser(): UserRecord {
    const s = this.require();
    const user = findUserById(s.vault.db, s.user.id);
    if (!user) throw new BakenError('user-not-found');
    s.user = user;
    return user;
  }

  touch(): void {
    this.lastActivity = this.ctx.clock.now().getTime();
  }

  autoLockMinutes(): number | null {
    return this.active ? readAutoLockMinutes(this.active.vault.db) : null;
  }

  /** Locks when the user has been idle for the configured time. Called on a timer. */
  checkIdle(): void {
    const minutes = this.autoLockMinutes();
    if (minutes === null) return;
    if (this.ctx.clock.now().getTime() - this.lastActivity >= minutes * 60_000) this.lock('idle');
  }

  /** Called before a lock takes effect, e.g. to cancel a running import. */
  onLock(listener: () => void): void {
    this.lockListeners.push(listener);
  }

  lock(reason: LockReason): void {
    const s = this.active;
    if (!s) return;
    this.active = null;
    for (const l of this.lockListeners) l();
    try {
      s.vault.audit({ actor: s.user.username, action: 'session.lock', details: { reason } });
    } finally {
      s.vault.close();
      this.ctx.emit('session.locked', { reason });
    }
  }
}
