// Referrals as a table: reference, case (a link), partner, status, follow-up date.
import type { Referral } from '../../../../core/referrals/referrals';
import { isOpenReferral } from '../../../../core/referrals/referrals';
import { localToday, useFormatDay } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { FollowUpBadge } from '../cases/FollowUpBadge';
import { caseHref } from '../cases/links';
import { ReferralStatusBadge } from './ReferralStatusBadge';

export function ReferralTable({ referrals, caption }: { referrals: readonly Referral[]; caption: string }) {
  const t = useT();
  const formatDay = useFormatDay();
  const today = localToday();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referral.reference')}</th>
            <th scope="col">{t('referral.case')}</th>
            <th scope="col">{t('referral.partner')}</th>
            <th scope="col">{t('referral.statusLabel')}</th>
            <th scope="col">{t('referral.followUp')}</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((r) => (
            <tr key={r.id}>
              <th scope="row">
                <code>{r.reference}</code>
              </th>
              <td>
                <a href={`${caseHref(r.caseId)}`}>{r.caseNumber}</a>
              </td>
              <td dir="auto">{r.partner.name}</td>
              <td>
                <ReferralStatusBadge status={r.status} />
              </td>
              <td>
                {r.followUpOn ? (
                  <>
                    {formatDay(r.followUpOn)} <FollowUpBadge day={r.followUpOn} closed={!isOpenReferral(r.status)} today={today} />
                  </>
                ) : (
                  '—'
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
