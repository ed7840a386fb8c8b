// Set a new passphrase for a user who forgot theirs; they must replace it at the next unlock.
import { type FormEvent, useState } from 'react';
import type { ErrorCode } from '../../../../core/errors';
import type { UserSummary } from '../../../../core/types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { SubmitButton } from '../../components/SubmitButton';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';

const ERROR_ID = 'reset-error';

function fieldOf(code: ErrorCode | null): 'passphrase' | 'repeat' | null {
  if (code === 'passphrase-too-short' || code === 'passphrase-too-long' || code === 'passphrase-common') return 'passphrase';
  if (code === 'passphrase-mismatch') return 'repeat';
  return null;
}

export function ResetPassphraseForm({ user, onChanged }: { user: UserSummary; onChanged: (u: UserSummary) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const [done, setDone] = useState(false);
  const reset = useAction(() => call('users.resetPassphrase', { userId: user.id, passphrase, passphraseRepeat: repeat }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const updated = await reset.run();
    if (!updated) return;
    setPassphrase('');
    setRepeat('');
    setDone(true);
    onChanged(updated);
  }

  const field = fieldOf(reset.error);
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={reset.busy || undefined} className="form form--section">
      <h4>{t('users.resetTitle')}</h4>
      <NewPassphraseFields
        idPrefix="reset"
        label={t('users.newPassphrase')}
        repeatLabel={t('field.passphraseRepeat')}
        value={passphrase}
        onChange={setPassphrase}
        repeat={repeat}
        onRepeatChange={setRepeat}
        visible={visible}
        onVisibleChange={setVisible}
        errorIdFor={(f: 'passphrase' | 'repeat') => (field === f ? ERROR_ID : null)}
      />
      <ErrorAlert id={ERROR_ID} text={reset.error ? errorText(reset.error) : null} />
      <SubmitButton busy={reset.busy} label={t('users.resetSubmit')} busyLabel={t('common.busy')} />
      <StatusMessage tone="success" text={done ? t('users.resetDone', { username: user.username }) : null} />
    </form>
  );
}
