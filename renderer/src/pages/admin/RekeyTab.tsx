// Re-keying the vault: a new master key for the database, the attachments, every keyslot and the
// audit chain. Everyone keeps their passphrase. The admin confirms with their own passphrase; a
// progress bar follows main's rekey.progress events. Nothing else can be done meanwhile.
import { type FormEvent, useEffect, useState } from 'react';
import type { RekeyProgress } from '../../../../core/types';
import { call, onEvent } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { PassphraseField } from '../../components/PassphraseField';
import { ProgressBar } from '../../components/ProgressBar';
import { SubmitButton } from '../../components/SubmitButton';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';

export function RekeyTab() {
  const t = useT();
  const errorText = useErrorText();
  const [passphrase, setPassphrase] = useState('');
  const [progress, setProgress] = useState<RekeyProgress | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const rekey = useAction(() => call('keys.rekey', { passphrase }));
  useEffect(() => onEvent('rekey.progress', setProgress), []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    setProgress(null);
    const result = await rekey.run();
    setPassphrase('');
    if (result) setDone(t('rekey.done', { keyslots: result.keyslots, blobs: result.blobs, entries: result.auditEntries }));
  }

  return (
    <>
      <h2>{t('admin.rekey')}</h2>
      <p>{t('rekey.intro')}</p>
      <form noValidate className="form form--wide panel" onSubmit={(e) => void submit(e)} aria-labelledby="rekey-title" aria-busy={rekey.busy || undefined}>
        <h3 id="rekey-title">{t('rekey.title')}</h3>
        <p>{t('rekey.when')}</p>
        <PassphraseField
          id="rekey-passphrase"
          label={t('rekey.passphrase')}
          hint={t('rekey.passphraseHint')}
          value={passphrase}
          onChange={setPassphrase}
          visible={false}
          autoComplete="current-password"
          errorId={rekey.error ? 'rekey-error' : null}
        />
        <ErrorAlert id="rekey-error" text={rekey.busy || !rekey.error ? null : errorText(rekey.error)} />
        <SubmitButton busy={rekey.busy} label={t('rekey.submit')} busyLabel={t('rekey.busy')} />
        {rekey.busy && (
          <ProgressBar
            id="rekey-progress"
            label={t(`rekey.phase.${progress?.phase ?? 'database'}`)}
            fraction={progress && progress.total > 0 ? progress.done / progress.total : null}
          />
        )}
        <StatusMessage tone="success" text={done} />
      </form>
    </>
  );
}
