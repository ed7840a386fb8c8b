// First run, step 2 of 2: the workstation recipients to hand to the intake organisation.
import type { Recipients } from '../../../core/types';
import { PageHeading } from '../components/PageHeading';
import { RecipientsPanel } from '../components/RecipientsPanel';
import { useT } from '../i18n/useT';

export function VaultCreatedPage({ recipients, onContinue }: { recipients: Recipients; onContinue: () => void }) {
  const t = useT();
  return (
    <div className="page">
      <p className="step">{t('wizard.step', { step: 2, steps: 2 })}</p>
      <PageHeading title={t('wizard.createdTitle')} />
      <p>{t('recipients.intro')}</p>
      <RecipientsPanel recipients={recipients} headingLevel={2} />
      <p className="actions">
        <button type="button" className="button button--primary" onClick={onContinue}>
          {t('wizard.continue')}
        </button>
      </p>
    </div>
  );
}
