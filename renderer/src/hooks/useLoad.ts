// Loads data on mount and on reload(), keeping the value or the error code. A load that finishes
// after the component moved on (unmounted, or a newer load started) is ignored.
import { useCallback, useEffect, useState } from 'react';
import type { ErrorCode } from '../../../core/errors';
import { errorCodeOf } from '../api/client';

export type Loaded<T> = { data: T | null; error: ErrorCode | null; reload: () => void };

/** `load` must be stable (module-level or memoised): a new one loads again. */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (!current) return;
        setData(value);
        setError(null);
      },
      (e: unknown) => {
        if (current) setError(errorCodeOf(e));
      },
    );
    return () => {
      current = false;
    };
  }, [load, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { data, error, reload };
}
