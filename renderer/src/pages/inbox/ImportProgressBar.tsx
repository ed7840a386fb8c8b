// The running import: which bundle, how far in bytes, and a Cancel button.
import type { ImportProgress } from '../../../../core/import-types';
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
    <div className="import-progress">
      <p id="import-progress-label" className="import-progress__label">
        {label}
      </p>
      {/* Without a value the bar shows that work goes on without saying how far. */}
      <progress aria-labelledby="import-progress-label" max={1} value={fraction ?? undefined} />
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
    </div>
  );
}
