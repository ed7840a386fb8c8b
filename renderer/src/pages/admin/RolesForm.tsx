// Change a user's roles.
import { type FormEvent, useState } from 'react';
import type { Role } from '../../../../core/roles';
import type { UserSummary } from '../../../../core/types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { RoleCheckboxes } from '../../components/RoleCheckboxes';
import { SubmitButton } from '../../components/SubmitButton';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';

const ERROR_ID = 'roles-error';

export function RolesForm({ user, onChanged }: { user: UserSummary; onChanged: (u: UserSummary) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [roles, setRoles] = useState<Role[]>(user.roles);
  const [saved, setSaved] = useState(false);
  const save = useAction(() => call('users.setRoles', { userId: user.id, roles }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const updated = await save.run();
    if (!updated) return;
    setSaved(true);
    onChanged(updated);
  }

  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={save.busy || undefined} className="form form--section">
      <h4>{t('users.rolesTitle')}</h4>
      <RoleCheckboxes idPrefix="edit-role" value={roles} onChange={setRoles} errorId={save.error ? ERROR_ID : null} />
      <ErrorAlert id={ERROR_ID} text={save.error ? errorText(save.error) : null} />
      <SubmitButton busy={save.busy} label={t('users.rolesSubmit')} busyLabel={t('common.busy')} />
      <StatusMessage tone="success" text={saved ? t('users.rolesSaved') : null} />
    </form>
  );
}
