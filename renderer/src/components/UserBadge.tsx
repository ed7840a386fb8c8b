// Who is signed in: display name and roles, in the header.
import type { SessionInfo } from '../../../core/types';
import { useT } from '../i18n/useT';
import { useRoleNames } from './roleNames';

export function UserBadge({ session }: { session: SessionInfo }) {
  const t = useT();
  const roleNames = useRoleNames();
  const roles = roleNames(session.roles);
  return (
    <p className="user-badge">
      <span className="visually-hidden">{t('frame.signedInAs')} </span>
      <span className="user-badge__name">{session.displayName}</span>
      <span className="user-badge__roles">{roles}</span>
    </p>
  );
}
