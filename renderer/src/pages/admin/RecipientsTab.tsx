// The workstation recipients, as shown when the vault was made, and the identities behind them
// (rotation, destroying retired ones).
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { RecipientsPanel } from '../../components/RecipientsPanel';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { IdentitiesPanel } from './IdentitiesPanel';

const loadRecipients = () => call('vault.recipients', {});

export function RecipientsTab() {
  const t = useT();
  const errorText = useErrorText();
  const recipients = useLoad(loadRecipients);
  return (
    <>
      <h2>{t('admin.recipients')}</h2>
      <p>{t('recipients.intro')}</p>
      <ErrorAlert id="recipients-load-error" text={recipients.error ? errorText(recipients.error) : null} />
      {recipients.data && <RecipientsPanel recipients={recipients.data} headingLevel={3} />}
      <IdentitiesPanel onRotated={recipients.reload} />
    </>
  );
}
