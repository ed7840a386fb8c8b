// Unlock with user name and passphrase. Says why Baken locked, shows the error by code, and stays
// visibly busy during the key derivation (about a second, longer after wrong attempts).
import { type FormEvent, useRef, useState } from 'react';
import type { LockReason, SessionInfo } from '../../../core/types';
import { call } from '../api/client';
import { ErrorAlert, StatusMessage } from '../components/Messages';
import { PageHeading } from '../components/PageHeading';
import { PassphraseField } from '../components/PassphraseField';
import { ShowPassphrases } from '../components/ShowPassphrases';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useAction } from '../hooks/useAction';
import { useErrorText, useT } from '../i18n/useT';

const ERROR_ID = 'unlock-error';

export function UnlockPage({ reason, onUnlocked }: { reason: LockReason | null; onUnlocked: (s: SessionInfo) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [visible, setVisible] = useState(false);
  const [missing, setMissing] = useState(false);
  const passphraseRef = useRef<HTMLInputElement>(null);
  const unlock = useAction(() => call('session.unlock', { username: username.trim(), passphrase }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (unlock.busy) return;
    const isMissing = username.trim() === '' || passphrase === '';
    setMissing(isMissing);
    if (isMissing) {
      unlock.clearError();
      return;
    }
    const session = await unlock.run();
    if (session) {
      setPassphrase('');
      onUnlocked(session);
    } else {
      passphraseRef.current?.select();
    }
  }

  const error = missing ? t('unlock.missing') : unlock.error ? errorText(unlock.error) : null;
  return (
    <div className="page">
      <PageHeading title={t('unlock.title')} focus={false} />
      {reason && (
        <div className="notice" role="status">
          <p>{t(`locked.${reason}`)}</p>
        </div>
      )}
      <form noValidate onSubmit={(e) => void submit(e)} aria-busy={unlock.busy || undefined} className="form">
        <TextField
          id="unlock-username"
          label={t('field.username')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          required
          autoFocus
          plain
          errorId={error ? ERROR_ID : null}
        />
        <PassphraseField
          id="unlock-passphrase"
          label={t('field.passphrase')}
          value={passphrase}
          onChange={setPassphrase}
          visible={visible}
          autoComplete="current-password"
          required
          inputRef={passphraseRef}
          errorId={error ? ERROR_ID : null}
        />
        <ShowPassphrases id="unlock-show" checked={visible} onChange={setVisible} />
        <ErrorAlert id={ERROR_ID} text={unlock.busy ? null : error} />
        <SubmitButton busy={unlock.busy} label={t('unlock.submit')} busyLabel={t('unlock.busy')} />
        <StatusMessage text={unlock.busy ? t('unlock.busyHint') : null} />
      </form>
    </div>
  );
}
