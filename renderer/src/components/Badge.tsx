// A short status label. The words carry the meaning; the colour and the mark only repeat it.
import type { ReactNode } from 'react';

export type BadgeTone = 'success' | 'error' | 'neutral' | 'warning' | 'urgent';

const MARKS: Record<BadgeTone, string> = { success: '✓', error: '✕', neutral: '=', warning: '!', urgent: '!' };

export function Badge({ tone, children }: { tone: BadgeTone; children: ReactNode }) {
  return (
    <span className={`badge badge--${tone}`}>
      <span className="badge__mark" aria-hidden="true">
        {MARKS[tone]}
      </span>
      {children}
    </span>
  );
}
