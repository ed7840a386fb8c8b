// Tells main the user is active (keys, pointer, wheel) so the inactivity lock waits; at most once
// per 15 s, fire and forget.
import { useEffect } from 'react';
import { call } from '../api/client';

export const ACTIVITY_INTERVAL_MS = 15_000;
const EVENTS = ['keydown', 'pointerdown', 'wheel'] as const;

export function useActivityReporter(active: boolean): void {
  useEffect(() => {
    if (!active) return undefined;
    let last = Number.NEGATIVE_INFINITY;
    const report = () => {
      const now = Date.now();
      if (now - last < ACTIVITY_INTERVAL_MS) return;
      last = now;
      call('session.activity', {}).catch(() => undefined);
    };
    const options = { capture: true, passive: true } as const;
    for (const type of EVENTS) window.addEventListener(type, report, options);
    return () => {
      for (const type of EVENTS) window.removeEventListener(type, report, options);
    };
  }, [active]);
}
