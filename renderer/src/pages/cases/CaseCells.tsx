// The cells of one case row (see CaseTable).
import type { CaseSummary } from '../../../../core/cases/types';
import { useCodeName, useCountryName } from '../../i18n/codes';
import { localToday, useFormatDateTime, useFormatDay } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { caseHref } from './links';
import { FollowUpBadge } from './FollowUpBadge';
import { PriorityBadge, StatusBadge } from './StatusBadges';
import { ReviewNote } from '../../components/ReviewNote';

export function CaseCells({ c }: { c: CaseSummary }) {
  const t = useT();
  const codeName = useCodeName();
  const countryName = useCountryName();
  const formatDateTime = useFormatDateTime();
  const formatDay = useFormatDay();
  return (
    <>
      <th scope="row">
        <a href={caseHref(c.id)} className="case-number">
          {c.number}
        </a>
      </th>
      <td>
        <StatusBadge status={c.status} />
      </td>
      <td className="table__prose">
        <PriorityBadge priority={c.priority} urgent={c.urgent} />
      </td>
      <td>{c.assignee ? c.assignee.displayName : <span className="muted">{t('cases.unassigned')}</span>}</td>
      <td>{c.categories.length > 0 ? c.categories.map((k) => codeName('category', k)).join(', ') : t('reports.none')}</td>
      <td>{c.country ? countryName(c.country) : t('cases.noCountry')}</td>
      <td>{formatDateTime(c.receivedAt)}</td>
      <td>
        {c.followUpOn ? (
          <>
            <span className="nowrap">{formatDay(c.followUpOn)}</span>{' '}
            <FollowUpBadge day={c.followUpOn} closed={c.status === 'closed'} today={localToday()} />
          </>
        ) : (
          t('cases.noFollowUp')
        )}
      </td>
      <td className="table__prose">
        <p dir="auto">{c.summary}</p>
        <ReviewNote flag={c.reviewFlag} />
      </td>
    </>
  );
}
