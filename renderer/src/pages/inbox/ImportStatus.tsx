// The one polite live region of the import: that main is stopping it, or how it ended. It stays in
// the page so a change of its text is announced.
import { StatusMessage } from '../../components/Messages';
import type { ImportRun } from '../../hooks/useImport';
import { useT } from '../../i18n/useT';

export function ImportStatus({ run }: { run: ImportRun }) {
  const t = useT();
  let text: string | null = null;
  if (run.kind === 'running' && run.cancel === 'accepted') text = t('import.cancelAccepted');
  if (run.kind === 'done') {
    const count = (status: string) => run.results.filter((r) => r.status === status).length;
    text =
      run.results.length === 0
        ? t('import.noneChosen')
        : t('import.summary', { imported: count('imported'), duplicate: count('duplicate'), rejected: count('rejected') });
  }
  return <StatusMessage text={text} tone={run.kind === 'done' ? 'success' : 'info'} />;
}
