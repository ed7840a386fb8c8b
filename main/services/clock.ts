// Time for services: real in the app, controllable in tests (auto-lock with a fake clock).
import { systemClock, type VaultClock } from '../vault/vault';

export type Clock = VaultClock;

export class ManualClock implements Clock {
  private offsetMs = 0;
  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }
  advance(ms: number): void {
    this.offsetMs += ms;
  }
  async sleep(ms: number): Promise<void> {
    this.offsetMs += ms;
  }
}

export { systemClock };
