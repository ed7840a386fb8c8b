// The coordinators' overview: open cases by status, unassigned cases, overdue follow-ups, the
// workload per counsellor, new reports per week, and cases by category and by country (counts
// only); and referral reminders: approvals waiting, follow-ups due.
import { CASE_STATUSES } from '../../../../core/cases/status';
import type { DashboardStats } from '../../../../core/cases/types';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../hooks/useLoad';
import { useCodeName, useCountryName } from '../../i18n/codes';
import { useFormatDay } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { BarChartPanel } from './BarChartPanel';
import { KeyFigures } from './KeyFigures';
import { ReferralReminders } from './ReferralReminders';
import { WorkloadTable } from './WorkloadTable';

const loadStats = () => call('dashboard.stats', {});

function Charts({ stats }: { stats: DashboardStats }) {
  const t = useT();
  const codeName = useCodeName();
  const countryName = useCountryName();
  const formatDay = useFormatDay();
  const byStatus = new Map(stats.byStatus.map((s) => [s.key, s.count]));
  return (
    <>
      <KeyFigures stats={stats} />
      <ReferralReminders />
      <div className="chart-grid">
        <BarChartPanel
          title={t('dashboard.byStatus')}
          labelHeading={t('cases.col.status')}
          valueHeading={t('dashboard.cases')}
          data={CASE_STATUSES.map((s) => ({ label: t(`caseStatus.${s}`), value: byStatus.get(s) ?? 0 }))}
        />
        <BarChartPanel
          title={t('dashboard.perWeek', { weeks: stats.perWeek.length })}
          labelHeading={t('dashboard.weekOf')}
          valueHeading={t('dashboard.reports')}
          data={stats.perWeek.map((w) => ({ label: formatDay(w.key), value: w.count }))}
        />
      </div>
      <WorkloadTable workload={stats.workload} />
      <div className="chart-grid">
        <BarChartPanel
          title={t('dashboard.categories')}
          labelHeading={t('filters.category')}
          valueHeading={t('dashboard.cases')}
          data={stats.categories.map((c) => ({ label: codeName('category', c.key), value: c.count }))}
          horizontal
        />
        <BarChartPanel
          title={t('dashboard.countries')}
          labelHeading={t('case.report.country')}
          valueHeading={t('dashboard.cases')}
          data={stats.countries.map((c) => ({ label: c.key === '' ? t('dashboard.noCountry') : countryName(c.key), value: c.count }))}
          horizontal
        />
      </div>
    </>
  );
}

export function DashboardPage() {
  const t = useT();
  const errorText = useErrorText();
  const stats = useLoad(loadStats);
  return (
    <>
      <PageHeading title={t('dashboard.title')} />
      <p>{t('dashboard.intro')}</p>
      <ErrorAlert id="dashboard-error" text={stats.error ? errorText(stats.error) : null} />
      {!stats.data && !stats.error && <p role="status">{t('common.busy')}</p>}
      {stats.data && <Charts stats={stats.data} />}
    </>
  );
}
