// Backups: the age recipients backups are encrypted to, and making one now — to those recipients
// or, when chosen, to a backup passphrase — on a medium chosen in main's dialog. Restoring is done
// with `baken backup restore` into a new vault (README).
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { PassphraseField } from '../../components/PassphraseField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useFormatBytes } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';

const loadRecipients = () => call('backup.recipients', {});

function BackupRecipients() {
  const t = useT();
  const errorText = useErrorText();
  const loaded = useLoad(loadRecipients);
  const [text, setText] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const shown = text ?? (loaded.data ?? []).join('\n');
  const save = useAction(() => call('backup.setRecipients', { recipients: shown.split('\n') }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const list = await save.run();
    if (!list) return;
    setText(list.join('\n'));
    setSaved(true);
  }
  return (
    <form noValidate className="form form--wide panel" onSubmit={(e) => void submit(e)} aria-labelledby="backup-recipients-title" aria-busy={save.busy || undefined}>
      <h3 id="backup-recipients-title">{t('backup.recipients')}</h3>
      <TextAreaField id="backup-recipients" label={t('backup.recipientsLabel')} hint={t('backup.recipientsHint')} value={shown} onChange={setText} rows={3} plain errorId={save.error ? 'backup-recipients-error' : null} />
      <ErrorAlert id="backup-recipients-error" text={save.error ? errorText(save.error) : loaded.error ? errorText(loaded.error) : null} />
      <SubmitButton busy={save.busy} label={t('backup.saveRecipients')} busyLabel={t('common.busy')} />
      <StatusMessage tone="success" text={saved ? t('backup.recipientsSaved') : null} />
    </form>
  );
}

function MakeBackup() {
  const t = useT();
  const errorText = useErrorText();
  const formatBytes = useFormatBytes();
  const [usePassphrase, setUsePassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const make = useAction(() => call('backup.create', usePassphrase ? { passphrase } : {}));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setWritten(null);
    const differ = usePassphrase && passphrase !== repeat;
    setMismatch(differ);
    if (differ) return;
    const out = await make.run();
    if (!out) return;
    setPassphrase('');
    setRepeat('');
    setWritten(t('backup.written', { file: out.fileName, directory: out.directory, size: formatBytes(out.size), files: out.files, hash: out.sha256.slice(0, 16) }));
  }
  const error = mismatch ? t('backup.passphraseMismatch') : make.error ? errorText(make.error) : null;
  return (
    <form noValidate className="form form--wide panel" onSubmit={(e) => void submit(e)} aria-labelledby="backup-make-title" aria-busy={make.busy || undefined}>
      <h3 id="backup-make-title">{t('backup.make')}</h3>
      <p>{t('backup.makeIntro')}</p>
      <CheckboxField id="backup-use-passphrase" label={t('backup.usePassphrase')} checked={usePassphrase} onChange={setUsePassphrase} />
      {usePassphrase && (
        <>
          <PassphraseField id="backup-passphrase" label={t('backup.passphrase')} hint={t('backup.passphraseHint')} value={passphrase} onChange={setPassphrase} visible={false} autoComplete="new-password" />
          <PassphraseField id="backup-passphrase-repeat" label={t('backup.passphraseRepeat')} value={repeat} onChange={setRepeat} visible={false} autoComplete="new-password" errorId={mismatch ? 'backup-make-error' : null} />
        </>
      )}
      <ErrorAlert id="backup-make-error" text={make.busy ? null : error} />
      <SubmitButton busy={make.busy} label={t('backup.makeSubmit')} busyLabel={t('backup.making')} />
      <StatusMessage tone="success" text={written} />
    </form>
  );
}

export function BackupTab() {
  const t = useT();
  return (
    <>
      <h2>{t('admin.backup')}</h2>
      <p>{t('backup.intro')}</p>
      <MakeBackup />
      <BackupRecipients />
    </>
  );
}
