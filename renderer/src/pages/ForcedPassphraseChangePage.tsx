// After an admin set or reset the passphrase: the user chooses their own before anything else.
import type { SessionInfo } from '../../../core/types';
import { ChangePassphraseForm } from '../components/ChangePassphraseForm';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/useT';

export function ForcedPassphraseChangePage({ onChanged }: { onChanged: (session: SessionInfo) => void }) {
  const t = useT();
  return (
    <div className="page">
      <PageHeading title={t('forcedChange.title')} />
      <p>{t('forcedChange.intro')}</p>
      <ChangePassphraseForm onChanged={onChanged} />
    </div>
  );
}
