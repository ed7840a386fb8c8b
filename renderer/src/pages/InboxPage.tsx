// The inbox of new reports. Importing comes in a later version; for now it is always empty.
import { PageHeading } from '../components/PageHeading';
import { useT } from '../i18n/useT';

export function InboxPage() {
  const t = useT();
  return (
    <div className="page">
      <PageHeading title={t('section.inbox')} />
      <div className="empty-state">
        <p className="empty-state__title">{t('inbox.empty')}</p>
        <p>{t('inbox.emptyHint')}</p>
      </div>
    </div>
  );
}
