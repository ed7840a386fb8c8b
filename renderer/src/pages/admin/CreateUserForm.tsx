// A new user: name, display name, roles and an initial passphrase the user must replace.
import { type FormEvent, useState } from 'react';
import type { ErrorCode } from '../../../../core/errors';
import type { Role } from '../../../../core/roles';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { RoleCheckboxes } from '../../components/RoleCheckboxes';
import { NewPassphraseFields } from '../../components/NewPassphraseFields';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';

const ERROR_ID = 'create-user-error';
type Field = 'username' | 'displayName' | 'roles' | 'passphrase' | 'repeat';

function fieldOf(code: ErrorCode | null): Field | null {
  if (code === 'username-invalid' || code === 'user-exists') return 'username';
  if (code === 'roles-required') return 'roles';
  if (code === 'passphrase-too-short' || code === 'passphrase-too-long' || code === 'passphrase-common') return 'passphrase';
  if (code === 'passphrase-mismatch') return 'repeat';
  return null;
}

export function CreateUserForm({ onCreated }: { onCreated: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [visible, setVisible] = useState(false);
  const [missing, setMissing] = useState<Field | null>(null);
  const [created, setCreated] = useState<string | null>(null);
  const create = useAction(() =>
    call('users.create', {
      username: username.trim(),
      displayName: displayName.trim(),
      roles,
      passphrase,
      passphraseRepeat: repeat,
    }),
  );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (create.busy) return;
    setCreated(null);
    const empty: Field | null =
      username.trim() === '' ? 'username' : displayName.trim() === '' ? 'displayName' : passphrase === '' ? 'passphrase' : repeat === '' ? 'repeat' : null;
    setMissing(empty);
    if (empty) {
      create.clearError();
      return;
    }
    const user = await create.run();
    if (!user) return;
    setCreated(user.username);
    setUsername('');
    setDisplayName('');
    setRoles([]);
    setPassphrase('');
    setRepeat('');
    onCreated();
  }

  const field = missing ?? fieldOf(create.error);
  const error = missing ? t('form.required') : create.error ? errorText(create.error) : null;
  const errorFor = (f: Field) => (error && field === f ? ERROR_ID : null);
  return (
    <section className="panel" aria-labelledby="create-user-title">
      <h3 id="create-user-title">{t('users.createTitle')}</h3>
      <form noValidate onSubmit={(e) => void submit(e)} aria-busy={create.busy || undefined} className="form">
        <TextField
          id="new-user-username"
          label={t('field.username')}
          hint={t('field.usernameRule')}
          value={username}
          onChange={setUsername}
          autoComplete="off"
          required
          plain
          errorId={errorFor('username')}
        />
        <TextField
          id="new-user-display-name"
          label={t('field.displayName')}
          value={displayName}
          onChange={setDisplayName}
          autoComplete="off"
          required
          errorId={errorFor('displayName')}
        />
        <RoleCheckboxes idPrefix="new-user-role" value={roles} onChange={setRoles} errorId={errorFor('roles')} />
        <NewPassphraseFields
          idPrefix="new-user"
          label={t('users.initialPassphrase')}
          repeatLabel={t('field.passphraseRepeat')}
          extraHint={t('users.initialPassphraseHint')}
          value={passphrase}
          onChange={setPassphrase}
          repeat={repeat}
          onRepeatChange={setRepeat}
          visible={visible}
          onVisibleChange={setVisible}
          errorIdFor={errorFor}
        />
        <ErrorAlert id={ERROR_ID} text={create.busy ? null : error} />
        <SubmitButton busy={create.busy} label={t('users.createSubmit')} busyLabel={t('common.busy')} />
        <StatusMessage tone="success" text={created ? t('users.created', { username: created }) : null} />
      </form>
    </section>
  );
}
