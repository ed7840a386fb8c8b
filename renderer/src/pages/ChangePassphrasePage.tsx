// "My passphrase" in the app frame.
import { useState } from 'react';
import { ChangePassphraseForm } from '../components/ChangePassphraseForm';
import { StatusMessage } from '../components/Messages';
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/useT';
import { useSession } from '../session';

export function ChangePassphrasePage() {
  const t = useT();
  const { setSession } = useSession();
  const [done, setDone] = useState(false);
  return (
    <div className="page page--narrow">
      <PageHeading title={t('changePassphrase.title')} />
      <p>{t('changePassphrase.intro')}</p>
      <ChangePassphraseForm
        onChanged={(session) => {
          setSession(session);
          setDone(true);
        }}
      />
      <StatusMessage tone="success" text={done ? t('changePassphrase.done') : null} />
    </div>
  );
}
