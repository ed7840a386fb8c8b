// The quarantine for admins, who have no inbox: the same list the inbox shows.
import { QuarantineList } from '../../components/QuarantineList';
import { useT } from '../../i18n/useT';

export function QuarantineTab() {
  const t = useT();
  return (
    <>
      <h2>{t('admin.quarantine')}</h2>
      <p>{t('quarantine.intro')}</p>
      <QuarantineList />
    </>
  );
}
