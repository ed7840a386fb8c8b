// The controls of one case panel, all switched off together (a disabled fieldset) when the user
// may not change the case; the explanation is its description.
import type { ReactNode } from 'react';
import { useCase } from './caseContext';

export function ControlGroup({ legend, children }: { legend: string; children: ReactNode }) {
  const { canWrite, readOnlyNoteId } = useCase();
  return (
    <fieldset className="control-group" disabled={!canWrite} aria-describedby={readOnlyNoteId}>
      <legend className="visually-hidden">{legend}</legend>
      {children}
    </fieldset>
  );
}
