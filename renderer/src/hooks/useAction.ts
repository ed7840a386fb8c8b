// Runs one async call at a time and keeps its busy flag and error code for the form showing it.
import { useRef, useState } from 'react';
import type { ErrorCode } from '../../../core/errors';
import { errorCodeOf } from '../api/client';

export type Action<A extends unknown[], R> = {
  run: (...args: A) => Promise<R | undefined>;
  busy: boolean;
  error: ErrorCode | null;
  clearError: () => void;
};

export function useAction<A extends unknown[], R>(fn: (...args: A) => Promise<R>): Action<A, R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const running = useRef(false);

  async function run(...args: A): Promise<R | undefined> {
    if (running.current) return undefined;
    running.current = true;
    setBusy(true);
    setError(null);
    try {
      return await fn(...args);
    } catch (e) {
      setError(errorCodeOf(e));
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }
  return { run, busy, error, clearError: () => setError(null) };
}
