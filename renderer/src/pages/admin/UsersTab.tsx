// Users: the list, the selected user's controls, and a form for a new user.
import { useState } from 'react';
import type { UserSummary } from '../../../../core/types';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { useSession } from '../../session';
import { CreateUserForm } from './CreateUserForm';
import { UserDetail } from './UserDetail';
import { UserTable } from './UserTable';

const listUsers = () => call('users.list', {});

export function UsersTab() {
  const t = useT();
  const errorText = useErrorText();
  const { session, refresh } = useSession();
  const users = useLoad(listUsers);
  const [selectedId, setSelectedId] = useState<number | null>(null);
  const selected = users.data?.find((u) => u.id === selectedId) ?? null;

  function changed(user: UserSummary) {
    users.reload();
    if (user.id === session.userId) void refresh();
  }

  return (
    <>
      <h2>{t('admin.users')}</h2>
      <ErrorAlert id="users-load-error" text={users.error ? errorText(users.error) : null} />
      {users.data && <UserTable users={users.data} selectedId={selectedId} onSelect={setSelectedId} />}
      {selected && (
        <UserDetail key={selected.id} user={selected} onChanged={changed} onClose={() => setSelectedId(null)} />
      )}
      <CreateUserForm onCreated={users.reload} />
    </>
  );
}
