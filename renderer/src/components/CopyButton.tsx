// Copies a text to the clipboard. Where the clipboard is refused, it selects the text on screen
// and says so, so the user can copy it with Ctrl+C.
import { useState } from 'react';
import { useT } from '../i18n/useT';

type Outcome = 'copied' | 'selected' | null;

function selectContents(elementId: string): void {
  const el = document.getElementById(elementId);
  const selection = window.getSelection();
  if (el && selection) selection.selectAllChildren(el);
}

async function copy(text: string, elementId: string): Promise<Outcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    selectContents(elementId);
    try {
      return document.execCommand('copy') ? 'copied' : 'selected';
    } catch {
      return 'selected';
    }
  }
}

export function CopyButton({ text, targetId, what }: { text: string; targetId: string; what: string }) {
  const t = useT();
  const [outcome, setOutcome] = useState<Outcome>(null);
  return (
    <div className="copy">
      <button type="button" className="button" onClick={() => void copy(text, targetId).then(setOutcome)}>
        {t('copy.button')}
        <span className="visually-hidden"> {what}</span>
      </button>
      <span role="status" className="copy__status">
        {outcome === 'copied' ? t('copy.done') : outcome === 'selected' ? t('copy.selected') : ''}
      </span>
    </div>
  );
}
