// Change one's own passphrase: current, new, and the new one again.
import { type FormEvent, useState } from 'react';
import type { ErrorCode } from '../../../core/errors';
import type { SessionInfo } from '../../../core/types';
import { call } from '../api/client';
import { useAction } from '../hooks/useAction';
import { useErrorText, useT } from '../i18n/useT';
import { ErrorAlert } from './Messages';
import { PassphraseField } from './PassphraseField';
import { NewPassphraseFields } from './NewPassphraseFields';
import { SubmitButton } from './SubmitButton';

const ERROR_ID = 'change-passphrase-error';

function fieldOf(code: ErrorCode | null): 'current' | 'next' | 'repeat' | null {
  if (code === 'wrong-credentials') return 'current';
  if (code === 'passphrase-too-short' || code === 'passphrase-too-long' || code === 'passphrase-common') return 'next';
  if (code === 'passphrase-mismatch') return 'repeat';
  return null;
}

export function ChangePassphraseForm({ onChanged }: { onChanged: (session: SessionInfo) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const change = useAction(() => call('session.changePassphrase', { current, next, nextRepeat: repeat }));
  const field = fieldOf(change.error);
  const errorFor = (f: typeof field) => (field === f ? ERROR_ID : null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const session = await change.run();
    if (!session) return;
    setCurrent('');
    setNext('');
    setRepeat('');
    onChanged(session);
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={change.busy || undefined} className="form">
      <PassphraseField
        id="change-current"
        label={t('changePassphrase.current')}
        value={current}
        onChange={setCurrent}
        visible={visible}
        autoComplete="current-password"
        required
        errorId={errorFor('current')}
      />
      <NewPassphraseFields
        idPrefix="change"
        label={t('changePassphrase.next')}
        repeatLabel={t('changePassphrase.repeat')}
        value={next}
        onChange={setNext}
        repeat={repeat}
        onRepeatChange={setRepeat}
        visible={visible}
        onVisibleChange={setVisible}
        errorIdFor={(f: 'passphrase' | 'repeat') => errorFor(f === 'passphrase' ? 'next' : 'repeat')}
      />
      <ErrorAlert id={ERROR_ID} text={change.error ? errorText(change.error) : null} />
      <SubmitButton busy={change.busy} label={t('changePassphrase.submit')} busyLabel={t('changePassphrase.busy')} />
    </form>
  );
}
