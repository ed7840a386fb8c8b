// The import under way or just finished: progress and Cancel, then the results or the error.
// When the import ends while focus was on its Cancel button (now gone), focus moves to the heading.
import { useEffect, useRef } from 'react';
import { ErrorAlert } from '../../components/Messages';
import type { ImportRun } from '../../hooks/useImport';
import { useErrorText, useT } from '../../i18n/useT';
import { ImportProgressBar } from './ImportProgressBar';
import { ImportResults } from './ImportResults';

type Props = { run: Exclude<ImportRun, { kind: 'idle' }>; onCancel: () => void };

export function ImportPanel({ run, onCancel }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const finished = run.kind !== 'running';
  useEffect(() => {
    const active = document.activeElement;
    if (finished && (active === null || active === document.body)) heading.current?.focus();
  }, [finished]);

  return (
    <section className="section panel" aria-labelledby="import-title">
      <h2 id="import-title" ref={heading} tabIndex={-1}>
        {t('import.title')}
      </h2>
      {run.kind === 'running' && <ImportProgressBar progress={run.progress} cancel={run.cancel} onCancel={onCancel} />}
      {run.kind === 'failed' && <ErrorAlert id="import-error" text={errorText(run.code)} />}
      {run.kind === 'done' && run.results.length > 0 && <ImportResults results={run.results} />}
    </section>
  );
}
