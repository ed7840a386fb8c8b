// Add an import folder: a name, then main asks for the folder in a native dialog.
import { type FormEvent, useState } from 'react';
import type { MediumInfo } from '../../../../core/types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';

const ERROR_ID = 'folder-add-error';
type Outcome = { kind: 'added'; label: string } | { kind: 'none' } | null;

type Props = { existing: readonly MediumInfo[]; onChanged: () => void };

export function AddFolderForm({ existing, onChanged }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const [label, setLabel] = useState('');
  const [missing, setMissing] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const add = useAction(() => call('media.addFolder', { label: label.trim() }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (add.busy) return;
    setOutcome(null);
    const isMissing = label.trim() === '';
    setMissing(isMissing);
    if (isMissing) {
      add.clearError();
      return;
    }
    const before = new Set(existing.map((m) => m.id));
    const media = await add.run();
    if (!media) return;
    // main answers with the whole list; a cancelled dialog (or a folder already listed) adds nothing.
    const added = media.find((m) => m.kind === 'folder' && !before.has(m.id));
    setOutcome(added ? { kind: 'added', label: added.label } : { kind: 'none' });
    if (added) {
      setLabel('');
      onChanged();
    }
  }

  const error = missing ? t('form.required') : add.error ? errorText(add.error) : null;
  const outcomeText = outcome?.kind === 'added' ? t('folders.added', { label: outcome.label }) : outcome ? t('folders.noneChosen') : null;
  return (
    <section className="panel" aria-labelledby="folder-add-title">
      <h3 id="folder-add-title">{t('folders.addTitle')}</h3>
      <form noValidate onSubmit={(e) => void submit(e)} aria-busy={add.busy || undefined} className="form">
        <TextField
          id="folder-label"
          label={t('folders.addLabel')}
          hint={t('folders.addLabelHint')}
          value={label}
          onChange={setLabel}
          autoComplete="off"
          required
          errorId={error ? ERROR_ID : null}
        />
        <ErrorAlert id={ERROR_ID} text={add.busy ? null : error} />
        <SubmitButton busy={add.busy} label={t('folders.addSubmit')} busyLabel={t('common.busy')} />
        <StatusMessage tone={outcome?.kind === 'added' ? 'success' : 'info'} text={outcomeText} />
      </form>
    </section>
  );
}
