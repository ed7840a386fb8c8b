// All users in a table; "Manage" opens one user's controls.
import { useIntl } from 'react-intl';
import type { UserSummary } from '../../../../core/types';
import { useRoleNames } from '../../components/roleNames';
import { useT } from '../../i18n/useT';

type Props = { users: readonly UserSummary[]; selectedId: number | null; onSelect: (id: number) => void };

export function UserTable({ users, selectedId, onSelect }: Props) {
  const t = useT();
  const intl = useIntl();
  const roleNames = useRoleNames();
  const yesNo = (v: boolean) => (v ? t('common.yes') : t('common.no'));
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('users.caption', { count: users.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('field.username')}</th>
            <th scope="col">{t('field.displayName')}</th>
            <th scope="col">{t('users.roles')}</th>
            <th scope="col">{t('users.active')}</th>
            <th scope="col">{t('users.mustChange')}</th>
            <th scope="col">{t('users.lastLogin')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('users.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id} className={u.active ? undefined : 'table__row--inactive'}>
              <th scope="row">{u.username}</th>
              <td>{u.displayName}</td>
              <td>{roleNames(u.roles)}</td>
              <td>{yesNo(u.active)}</td>
              <td>{yesNo(u.mustChangePassphrase)}</td>
              <td>
                {u.lastLoginAt ? intl.formatDate(u.lastLoginAt, { dateStyle: 'medium', timeStyle: 'short' }) : t('users.never')}
              </td>
              <td>
                <button
                  type="button"
                  className="button button--small"
                  aria-expanded={selectedId === u.id}
                  onClick={() => onSelect(u.id)}
                >
                  {t('users.manage')}
                  <span className="visually-hidden"> {u.username}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
