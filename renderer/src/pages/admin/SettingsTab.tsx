// Vault-wide settings: the inactivity lock, and the weights of the authenticity signals.
import { type FormEvent, useState } from 'react';
import type { Settings } from '../../../../core/types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { SignalWeightsForm } from './SignalWeightsForm';

const ERROR_ID = 'settings-error';
export const AUTO_LOCK_MIN = 1;
export const AUTO_LOCK_MAX = 120;
const loadSettings = () => call('settings.get', {});

function SettingsForm({ initial }: { initial: Settings }) {
  const t = useT();
  const errorText = useErrorText();
  const [minutes, setMinutes] = useState(String(initial.autoLockMinutes));
  const [invalid, setInvalid] = useState(false);
  const [saved, setSaved] = useState<Settings | null>(null);
  const save = useAction((autoLockMinutes: number) => call('settings.update', { autoLockMinutes }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(null);
    const n = Number(minutes.trim());
    const ok = minutes.trim() !== '' && Number.isInteger(n) && n >= AUTO_LOCK_MIN && n <= AUTO_LOCK_MAX;
    setInvalid(!ok);
    if (!ok) {
      save.clearError();
      return;
    }
    const next = await save.run(n);
    if (next) {
      setSaved(next);
      setMinutes(String(next.autoLockMinutes));
    }
  }

  const error = invalid ? t('settings.autoLockInvalid', { min: AUTO_LOCK_MIN, max: AUTO_LOCK_MAX }) : save.error ? errorText(save.error) : null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={save.busy || undefined} className="form">
      <TextField
        id="settings-auto-lock"
        type="number"
        label={t('settings.autoLock')}
        hint={t('settings.autoLockHint', { min: AUTO_LOCK_MIN, max: AUTO_LOCK_MAX })}
        value={minutes}
        onChange={setMinutes}
        min={AUTO_LOCK_MIN}
        max={AUTO_LOCK_MAX}
        required
        errorId={error ? ERROR_ID : null}
      />
      <ErrorAlert id={ERROR_ID} text={error} />
      <SubmitButton busy={save.busy} label={t('common.save')} busyLabel={t('common.busy')} />
      <StatusMessage tone="success" text={saved ? t('settings.saved', { minutes: saved.autoLockMinutes }) : null} />
    </form>
  );
}

export function SettingsTab() {
  const t = useT();
  const errorText = useErrorText();
  const settings = useLoad(loadSettings);
  return (
    <>
      <h2>{t('admin.settings')}</h2>
      <ErrorAlert id="settings-load-error" text={settings.error ? errorText(settings.error) : null} />
      {settings.data && <SettingsForm initial={settings.data} />}
      <SignalWeightsForm />
    </>
  );
}
