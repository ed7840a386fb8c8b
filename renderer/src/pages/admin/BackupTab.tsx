// Backups: the age recipients backups are encrypted to, and making one now — to those recipients
// or, when chosen, to a backup passphrase — on a medium chosen in main's dialog. Restoring is done
// with `baken backup restore` into a new vault (README).
import { type FormEvent, useEffect, useState } from 'react';
import { call, onEvent } from '../../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { PassphraseField } from '../../components/PassphraseField';
import { ProgressBar } from '../../components/ProgressBar';
import { RecipientListForm } from '../../components/RecipientListForm';
import { SubmitButton } from '../../components/SubmitButton';
import { useAction } from '../../hooks/useAction';
import { useFormatBytes } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';

const loadRecipients = () => call('backup.recipients', {});
const saveRecipients = (recipients: string[]) => call('backup.setRecipients', { recipients });

function MakeBackup() {
  const t = useT();
  const errorText = useErrorText();
  const formatBytes = useFormatBytes();
  const [usePassphrase, setUsePassphrase] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [written, setWritten] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ bytesDone: number; bytesTotal: number } | null>(null);
  const make = useAction(() => call('backup.create', usePassphrase ? { passphrase } : {}));
  useEffect(() => onEvent('backup.progress', setProgress), []);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setWritten(null);
    setProgress(null);
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
      {make.busy && (
        <ProgressBar
          id="backup-progress"
          label={progress ? t('backup.progress', { done: formatBytes(progress.bytesDone), total: formatBytes(progress.bytesTotal) }) : t('backup.preparing')}
          fraction={progress && progress.bytesTotal > 0 ? progress.bytesDone / progress.bytesTotal : null}
        />
      )}
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
      <RecipientListForm
        id="backup-recipients"
        title={t('backup.recipients')}
        hint={t('backup.recipientsHint')}
        load={loadRecipients}
        save={saveRecipients}
        headingLevel={3}
      />
    </>
  );
}
