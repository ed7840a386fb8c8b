// One user's controls: roles, passphrase reset, deactivation.
import { useEffect, useRef } from 'react';
import type { UserSummary } from '../../../../core/types';
import { useT } from '../../i18n/useT';
import { DeactivateUser } from './DeactivateUser';
import { ResetPassphraseForm } from './ResetPassphraseForm';
import { RolesForm } from './RolesForm';

type Props = { user: UserSummary; onChanged: (user: UserSummary) => void; onClose: () => void };

export function UserDetail({ user, onChanged, onClose }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel panel--highlight" aria-labelledby="user-detail-title">
      <div className="panel__head">
        <h3 id="user-detail-title" ref={heading} tabIndex={-1}>
          {t('users.detailTitle', { displayName: user.displayName, username: user.username })}
        </h3>
        <button type="button" className="button button--small" onClick={onClose}>
          {t('common.close')}
        </button>
      </div>
      {!user.active && <p className="notice">{t('users.inactive')}</p>}
      <RolesForm user={user} onChanged={onChanged} />
      {user.active && <ResetPassphraseForm user={user} onChanged={onChanged} />}
      {user.active && <DeactivateUser user={user} onChanged={onChanged} />}
    </section>
  );
}
