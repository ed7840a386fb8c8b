// First run, step 1 of 2: create the vault and its first admin.
import { type FormEvent, useState } from 'react';
import type { ErrorCode } from '../../../core/errors';
import type { Recipients, SessionInfo } from '../../../core/types';
import { call } from '../api/client';
import { ErrorAlert } from '../components/Messages';
import { PageHeading } from '../components/PageHeading';
import { NewPassphraseFields } from '../components/NewPassphraseFields';
import { SubmitButton } from '../components/SubmitButton';
import { TextField } from '../components/TextField';
import { useAction } from '../hooks/useAction';
import { useErrorText, useT } from '../i18n/useT';

const ERROR_ID = 'create-vault-error';
type Field = 'username' | 'displayName' | 'passphrase' | 'repeat';

function fieldOf(code: ErrorCode | null): Field | null {
  if (code === 'username-invalid') return 'username';
  if (code === 'passphrase-too-short' || code === 'passphrase-too-long' || code === 'passphrase-common') return 'passphrase';
  if (code === 'passphrase-mismatch') return 'repeat';
  return null;
}

type Props = { onCreated: (session: SessionInfo, recipients: Recipients) => void };

export function CreateVaultPage({ onCreated }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const [missing, setMissing] = useState<Field | null>(null);
  const create = useAction(() =>
    call('vault.create', { username: username.trim(), displayName: displayName.trim(), passphrase, passphraseRepeat: repeat }),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (create.busy) return;
    const empty: Field | null =
      username.trim() === '' ? 'username' : displayName.trim() === '' ? 'displayName' : passphrase === '' ? 'passphrase' : repeat === '' ? 'repeat' : null;
    setMissing(empty);
    if (empty) {
      create.clearError();
      return;
    }
    const result = await create.run();
    if (result) onCreated(result.session, result.recipients);
  }

  const field = missing ?? fieldOf(create.error);
  const error = missing ? t('form.required') : create.error ? errorText(create.error) : null;
  const errorFor = (f: Field) => (error && field === f ? ERROR_ID : null);
  return (
    <div className="page">
      <p className="step">{t('wizard.step', { step: 1, steps: 2 })}</p>
      <PageHeading title={t('wizard.title')} />
      <p>{t('wizard.intro')}</p>
      <form noValidate onSubmit={(e) => void submit(e)} aria-busy={create.busy || undefined} className="form">
        <TextField
          id="wizard-username"
          label={t('wizard.username')}
          hint={t('field.usernameRule')}
          value={username}
          onChange={setUsername}
          autoComplete="username"
          required
          plain
          errorId={errorFor('username')}
        />
        <TextField
          id="wizard-display-name"
          label={t('field.displayName')}
          value={displayName}
          onChange={setDisplayName}
          autoComplete="name"
          required
          errorId={errorFor('displayName')}
        />
        <NewPassphraseFields
          idPrefix="wizard"
          label={t('field.passphrase')}
          repeatLabel={t('field.passphraseRepeat')}
          value={passphrase}
          onChange={setPassphrase}
          repeat={repeat}
          onRepeatChange={setRepeat}
          visible={visible}
          onVisibleChange={setVisible}
          errorIdFor={errorFor}
        />
        <ErrorAlert id={ERROR_ID} text={create.busy ? null : error} />
        <SubmitButton busy={create.busy} label={t('wizard.submit')} busyLabel={t('wizard.busy')} />
      </form>
    </div>
  );
}
