// The 'referrals' section: every referral, open ones first by follow-up date, and the partner
// directory (read by counsellors, kept by coordinators).
import { PageHeading } from '../../components/PageHeading';
import { ErrorAlert } from '../../components/Messages';
import { type TabSpec, Tabs } from '../../components/Tabs';
import { useLoad } from '../../hooks/useLoad';
import { call } from '../../api/client';
import { useErrorText, useT } from '../../i18n/useT';
import { PartnerDirectory } from './PartnerDirectory';
import { ReferralTable } from './ReferralTable';

const loadReferrals = () => call('referrals.list', {});

function AllReferrals() {
  const t = useT();
  const errorText = useErrorText();
  const loaded = useLoad(loadReferrals);
  return (
    <>
      <p>{t('referrals.intro')}</p>
      <ErrorAlert id="referrals-list-error" text={loaded.error ? errorText(loaded.error) : null} />
      {loaded.data && loaded.data.length === 0 && <p>{t('referrals.none')}</p>}
      {loaded.data && loaded.data.length > 0 && <ReferralTable referrals={loaded.data} caption={t('referrals.caption', { count: loaded.data.length })} />}
    </>
  );
}

export function ReferralsPage() {
  const t = useT();
  const tabs: TabSpec[] = [
    { id: 'all', label: t('referrals.all'), render: () => <AllReferrals /> },
    { id: 'partners', label: t('partners.title'), render: () => <PartnerDirectory /> },
  ];
  return (
    <div className="page">
      <PageHeading title={t('section.referrals')} />
      <Tabs tabs={tabs} label={t('referrals.tabs')} />
    </div>
  );
}
