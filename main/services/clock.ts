// Time for services: real in the app, controllable in tests (auto-lock with a fake clock).
import { systemClock, type VaultClock } from '../vault/vault';

export type Clock = VaultClock;

/** A clock that moves only when told to: sleeping advances it instantly. */
export class ManualClock implements Clock {
  private ms: number;
  constructor(start: Date = new Date()) {
    this.ms = start.getTime();
  }
  now(): Date {
    return new Date(this.ms);
  }
  advance(ms: number): void {
    this.ms += ms;
  }
  async sleep(ms: number): Promise<void> {
    this.ms += ms;
  }
}

export { systemClock };
