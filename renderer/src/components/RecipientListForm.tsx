// A list of age recipients kept in the vault (backups, briefs): one per line, saved as a whole;
// main checks each one (bech32 checksum) and answers with the list as stored.
import { type FormEvent, useState } from 'react';
import { useAction } from '../hooks/useAction';
import { useLoad } from '../hooks/useLoad';
import { useErrorText, useT } from '../i18n/useT';
import { ErrorAlert, StatusMessage } from './Messages';
import { SubmitButton } from './SubmitButton';
import { TextAreaField } from './TextAreaField';

type Props = {
  id: string;
  title: string;
  hint: string;
  /** Must be stable (module level): a new one loads again. */
  load: () => Promise<string[]>;
  save: (recipients: string[]) => Promise<string[]>;
  headingLevel: 2 | 3;
};

export function RecipientListForm({ id, title, hint, load, save: store, headingLevel }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const loaded = useLoad(load);
  const [text, setText] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const shown = text ?? (loaded.data ?? []).join('\n');
  const save = useAction(() => store(shown.split('\n')));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const list = await save.run();
    if (!list) return;
    setText(list.join('\n'));
    setSaved(true);
  }
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form noValidate className="form form--wide panel" onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} aria-busy={save.busy || undefined}>
      <Heading id={`${id}-title`}>{title}</Heading>
      <TextAreaField id={id} label={t('recipientList.label')} hint={hint} value={shown} onChange={setText} rows={3} plain errorId={save.error ? `${id}-error` : null} />
      <ErrorAlert id={`${id}-error`} text={save.error ? errorText(save.error) : loaded.error ? errorText(loaded.error) : null} />
      <SubmitButton busy={save.busy} label={t('recipientList.save')} busyLabel={t('common.busy')} />
      <StatusMessage tone="success" text={saved ? t('recipientList.saved') : null} />
    </form>
  );
}
