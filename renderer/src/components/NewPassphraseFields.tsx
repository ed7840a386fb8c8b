// A new passphrase, its repetition and the "show passphrases" box: the same three fields in the
// wizard, the passphrase change, and an admin's new-user and reset forms.
import { PASSPHRASE_MIN_LENGTH } from '../../../core/passphrase-policy';
import { useT } from '../i18n/useT';
import { PassphraseField } from './PassphraseField';
import { ShowPassphrases } from './ShowPassphrases';

type Props = {
  idPrefix: string;
  label: string;
  repeatLabel: string;
  /** Said after the length rule, e.g. that the user will replace an admin-chosen passphrase. */
  extraHint?: string;
  value: string;
  onChange: (v: string) => void;
  repeat: string;
  onRepeatChange: (v: string) => void;
  visible: boolean;
  onVisibleChange: (v: boolean) => void;
  errorIdFor: (field: 'passphrase' | 'repeat') => string | null;
};

export function NewPassphraseFields(p: Props) {
  const t = useT();
  const rule = t('passphrase.rule', { min: PASSPHRASE_MIN_LENGTH });
  return (
    <>
      <PassphraseField
        id={`${p.idPrefix}-passphrase`}
        label={p.label}
        hint={p.extraHint ? `${rule} ${p.extraHint}` : rule}
        value={p.value}
        onChange={p.onChange}
        visible={p.visible}
        autoComplete="new-password"
        required
        errorId={p.errorIdFor('passphrase')}
      />
      <PassphraseField
        id={`${p.idPrefix}-repeat`}
        label={p.repeatLabel}
        value={p.repeat}
        onChange={p.onRepeatChange}
        visible={p.visible}
        autoComplete="new-password"
        required
        errorId={p.errorIdFor('repeat')}
      />
      <ShowPassphrases id={`${p.idPrefix}-show`} checked={p.visible} onChange={p.onVisibleChange} />
    </>
  );
}
