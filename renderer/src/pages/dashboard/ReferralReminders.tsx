// On the coordinators' dashboard: referrals waiting for a second coordinator's approval, and open
// referrals whose follow-up date has come or comes within a week.
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { ReferralTable } from '../referrals/ReferralTable';

const loadReminders = () => call('referrals.reminders', {});

export function ReferralReminders() {
  const t = useT();
  const errorText = useErrorText();
  const loaded = useLoad(loadReminders);
  const awaiting = loaded.data?.filter((r) => r.status === 'proposed') ?? [];
  const due = loaded.data?.filter((r) => r.status !== 'proposed') ?? [];
  return (
    <section className="panel" aria-labelledby="referral-reminders-title">
      <h2 id="referral-reminders-title">{t('dashboard.referrals')}</h2>
      <ErrorAlert id="referral-reminders-error" text={loaded.error ? errorText(loaded.error) : null} />
      {loaded.data && loaded.data.length === 0 && <p>{t('dashboard.referralsNone')}</p>}
      {awaiting.length > 0 && <ReferralTable referrals={awaiting} caption={t('dashboard.referralsAwaiting', { count: awaiting.length })} />}
      {due.length > 0 && <ReferralTable referrals={due} caption={t('dashboard.referralsDue', { count: due.length })} />}
    </section>
  );
}
