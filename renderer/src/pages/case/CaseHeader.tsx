// The case's number as the page title, its summary, and the facts at a glance.
import { PageHeading } from '../../components/PageHeading';
import { localToday, useFormatDateTime, useFormatDay } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { FollowUpBadge } from '../cases/FollowUpBadge';
import { PriorityBadge, StatusBadge } from '../cases/StatusBadges';
import { useCase } from './caseContext';

export function CaseHeader() {
  const t = useT();
  const { detail } = useCase();
  const formatDateTime = useFormatDateTime();
  const formatDay = useFormatDay();
  return (
    <header className="case-header">
      <PageHeading title={t('case.titleNumber', { number: detail.number })} />
      <p className="case-header__summary" dir="auto">
        {detail.summary}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('cases.col.status')}</dt>
          <dd>
            <StatusBadge status={detail.status} />
            {detail.closingReason && <span className="small"> {t(`closingReason.${detail.closingReason}`)}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('cases.col.priority')}</dt>
          <dd>
            <PriorityBadge priority={detail.priority} urgent={detail.urgent} />
          </dd>
        </div>
        <div>
          <dt>{t('cases.col.assignee')}</dt>
          <dd>{detail.assignee ? detail.assignee.displayName : t('cases.unassigned')}</dd>
        </div>
        <div>
          <dt>{t('cases.col.received')}</dt>
          <dd>{formatDateTime(detail.receivedAt)}</dd>
        </div>
        <div>
          <dt>{t('case.updated')}</dt>
          <dd>{formatDateTime(detail.updatedAt)}</dd>
        </div>
        <div>
          <dt>{t('cases.col.followUp')}</dt>
          <dd>
            {detail.followUpOn ? (
              <>
                {formatDay(detail.followUpOn)}{' '}
                <FollowUpBadge day={detail.followUpOn} closed={detail.status === 'closed'} today={localToday()} />
              </>
            ) : (
              t('cases.noFollowUp')
            )}
          </dd>
        </div>
      </dl>
    </header>
  );
}
