// One import at a time, from a medium or from picked files: its progress (from 'import.progress'
// events), cancelling, and the outcome (results per bundle, or an error code such as
// 'import-cancelled'). `onSettled` runs after every import, whatever its outcome.
import { useEffect, useRef, useState } from 'react';
import type { ErrorCode } from '../../../core/errors';
import type { ImportProgress, ImportResult } from '../../../core/import-types';
import { call, errorCodeOf, onEvent } from '../api/client';

/** none: not asked; asked: the request is on its way; accepted: main is stopping the import. */
export type CancelState = 'none' | 'asked' | 'accepted';

export type ImportRun =
  | { kind: 'idle' }
  | { kind: 'running'; progress: ImportProgress | null; cancel: CancelState }
  | { kind: 'done'; results: ImportResult[] }
  | { kind: 'failed'; code: ErrorCode };

export type Importer = {
  run: ImportRun;
  busy: boolean;
  start: (work: () => Promise<ImportResult[]>) => Promise<void>;
  cancel: () => Promise<void>;
};

export function useImport(onSettled: () => void): Importer {
  const [run, setRun] = useState<ImportRun>({ kind: 'idle' });
  const running = useRef(false);

  useEffect(
    () => onEvent('import.progress', (progress) => setRun((r) => (r.kind === 'running' ? { ...r, progress } : r))),
    [],
  );

  async function start(work: () => Promise<ImportResult[]>): Promise<void> {
    if (running.current) return;
    running.current = true;
    setRun({ kind: 'running', progress: null, cancel: 'none' });
    try {
      setRun({ kind: 'done', results: await work() });
    } catch (error) {
      setRun({ kind: 'failed', code: errorCodeOf(error) });
    } finally {
      running.current = false;
      onSettled();
    }
  }

  async function cancel(): Promise<void> {
    const setCancel = (cancel: CancelState) => setRun((r) => (r.kind === 'running' ? { ...r, cancel } : r));
    setCancel('asked');
    try {
      const { cancelled } = await call('import.cancel', {});
      setCancel(cancelled ? 'accepted' : 'none');
    } catch {
      setCancel('none');
    }
  }

  return { run, busy: run.kind === 'running', start, cancel };
}
