// When the session locks without the user asking: system suspend, screen lock, user switch,
// inactivity (checked every 5 s), shutdown and quitting.
import { app, powerMonitor } from 'electron';
import type { LockReason } from '../../core/types';
import type { SessionManager } from '../services/session';
import { logError } from '../log';

export const IDLE_CHECK_INTERVAL_MS = 5_000;

export function wireLifecycle(sessions: SessionManager): void {
  const lock = (reason: LockReason) => {
    try {
      sessions.lock(reason);
    } catch (error) {
      logError(`locking on ${reason} failed`, error);
    }
  };

  powerMonitor.on('suspend', () => lock('suspend'));
  powerMonitor.on('lock-screen', () => lock('screen-lock'));
  // macOS fast user switching hands the screen to someone else.
  powerMonitor.on('user-did-resign-active', () => lock('screen-lock'));
  powerMonitor.on('shutdown', () => lock('shutdown'));

  const timer = setInterval(() => {
    try {
      sessions.checkIdle();
    } catch (error) {
      logError('idle check failed', error);
    }
  }, IDLE_CHECK_INTERVAL_MS);

  app.on('before-quit', () => lock('shutdown'));
  app.on('will-quit', () => clearInterval(timer));

  // A terminal's Ctrl+C or a service stop: quit the normal way so the vault is locked and closed.
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => app.quit());
}
