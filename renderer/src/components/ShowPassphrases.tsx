// One checkbox per form that shows or hides all its passphrase fields.
import { useT } from '../i18n/useT';

export function ShowPassphrases({ id, checked, onChange }: { id: string; checked: boolean; onChange: (v: boolean) => void }) {
  const t = useT();
  return (
    <div className="field field--checkbox">
      <input id={id} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <label htmlFor={id}>{t('passphrase.show')}</label>
    </div>
  );
}
