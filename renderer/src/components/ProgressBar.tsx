// A labelled progress bar for long work in main (import, backup, re-key). Without a fraction it
// shows that work goes on without saying how far; `children` (e.g. a Cancel button) follow the bar.
import type { ReactNode } from 'react';

export function ProgressBar({ id, label, fraction, children }: { id: string; label: string; fraction: number | null; children?: ReactNode }) {
  return (
    <div className="import-progress">
      <p id={`${id}-label`} className="import-progress__label">
        {label}
      </p>
      <progress aria-labelledby={`${id}-label`} max={1} value={fraction === null ? undefined : Math.min(1, Math.max(0, fraction))} />
      {children}
    </div>
  );
}
