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
  /** Work that must have the vault to itself (re-keying); other calls wait it out with an error. */
  private exclusiveWork: string | null = null;
  /** A lock asked for during exclusive work, carried out when that work ends. */
  private deferredLock: LockReason | null = null;

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

  /** The name of the exclusive work running now, or null. */
  busyWith(): string | null {
    return this.exclusiveWork;
  }

  /**
   * Runs work that replaces the vault under the session (re-keying): no other call, idle lock or
   * suspend lock runs meanwhile; a lock asked for meanwhile happens afterwards.
   */
  async exclusive<T>(name: string, work: (s: ActiveSession) => Promise<{ vault: OpenVault | null; value: T }>): Promise<T> {
    const s = this.require();
    if (this.exclusiveWork) throw new BakenError('vault-maintenance');
    this.exclusiveWork = name;
    try {
      const { vault, value } = await work(s);
      if (vault) s.vault = vault;
      return value;
    } finally {
      this.exclusiveWork = null;
      if (!s.vault.isOpen() && this.active === s) this.forget('manual');
      const reason = this.deferredLock;
      this.deferredLock = null;
      if (reason) this.lock(reason);
    }
  }

  /** Ends a session whose vault is already closed (nothing left to audit into). */
  private forget(reason: LockReason): void {
    this.active = null;
    for (const l of this.lockListeners) l();
    this.ctx.emit('session.locked', { reason });
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
    if (!this.active) return;
    let minutes: number | null;
    try {
      minutes = this.autoLockMinutes();
    } catch {
      // The setting cannot be read (a damaged database): lock rather than never.
      this.lock('idle');
      return;
    }
    if (minutes === null || this.exclusiveWork) return;
    const now = this.ctx.clock.now().getTime();
    // A clock set back would make the idle time negative for as long as the jump: idleness
    // counts from the jump instead, so the session still locks after the configured time.
    if (now < this.lastActivity) this.lastActivity = now;
    if (now - this.lastActivity >= minutes * 60_000) this.lock('idle');
  }

  /** Called before a lock takes effect, e.g. to cancel a running import. */
  onLock(listener: () => void): void {
    this.lockListeners.push(listener);
  }

  lock(reason: LockReason): void {
    const s = this.active;
    if (!s) return;
    if (this.exclusiveWork) {
      this.deferredLock = reason;
      return;
    }
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
