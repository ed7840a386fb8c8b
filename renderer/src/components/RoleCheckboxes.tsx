// A fieldset with one checkbox per role.
import { ROLES, type Role } from '../../../core/roles';
import { useT } from '../i18n/useT';
import { describedBy } from './ids';

type Props = { idPrefix: string; value: readonly Role[]; onChange: (roles: Role[]) => void; errorId?: string | null };

export function RoleCheckboxes({ idPrefix, value, onChange, errorId }: Props) {
  const t = useT();
  const toggle = (role: Role, on: boolean) =>
    onChange(ROLES.filter((r) => (r === role ? on : value.includes(r))));
  return (
    <fieldset className="fieldset" aria-describedby={describedBy(errorId)} aria-invalid={errorId ? true : undefined}>
      <legend>{t('roles.legend')}</legend>
      {ROLES.map((role) => (
        <div key={role} className="field field--checkbox">
          <input
            id={`${idPrefix}-${role}`}
            type="checkbox"
            checked={value.includes(role)}
            onChange={(e) => toggle(role, e.target.checked)}
          />
          <label htmlFor={`${idPrefix}-${role}`}>{t(`role.${role}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}
