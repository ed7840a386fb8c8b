import { useIntl } from 'react-intl';
import { ROLES, type Role } from '../../../core/roles';
import { useT } from '../i18n/useT';

/** "Consulent en Beheerder": a user's roles in the fixed order of core/roles.ts, as a list. */
export function useRoleNames(): (roles: readonly Role[]) => string {
  const t = useT();
  const intl = useIntl();
  return (roles) =>
    intl.formatList(
      ROLES.filter((r) => roles.includes(r)).map((r) => t(`role.${r}`)),
      { type: 'conjunction' },
    );
}
