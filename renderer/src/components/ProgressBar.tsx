// A labelled progress bar for long work in main (backup, re-key). Without a fraction it shows that
// work goes on without saying how far.
export function ProgressBar({ id, label, fraction }: { id: string; label: string; fraction: number | null }) {
  return (
    <div className="import-progress">
      <p id={`${id}-label`} className="import-progress__label">
        {label}
      </p>
      <progress aria-labelledby={`${id}-label`} max={1} value={fraction === null ? undefined : Math.min(1, Math.max(0, fraction))} />
    </div>
  );
}
