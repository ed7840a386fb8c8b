// The running import: which bundle, how far in bytes, and a Cancel button.
import type { ImportProgress } from '../../../../core/import-types';
import { ProgressBar } from '../../components/ProgressBar';
import type { CancelState } from '../../hooks/useImport';
import { useT } from '../../i18n/useT';

type Props = { progress: ImportProgress | null; cancel: CancelState; onCancel: () => void };

export function ImportProgressBar({ progress, cancel, onCancel }: Props) {
  const t = useT();
  const fraction = progress && progress.bytesTotal > 0 ? Math.min(1, progress.bytesDone / progress.bytesTotal) : null;
  const label = progress
    ? t('import.progress', {
        index: progress.bundleIndex + 1,
        count: progress.bundleCount,
        fileName: progress.fileName,
        percent: fraction ?? 0,
      })
    : t('import.preparing');
  return (
    <ProgressBar id="import-progress" label={label} fraction={fraction}>
      <button
        type="button"
        className="button button--danger"
        aria-disabled={cancel !== 'none' || undefined}
        onClick={() => {
          if (cancel === 'none') onCancel();
        }}
      >
        {cancel === 'none' ? t('import.cancel') : t('import.cancelling')}
      </button>
    </ProgressBar>
  );
}
