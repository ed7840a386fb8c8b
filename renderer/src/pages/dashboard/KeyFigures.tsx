// The numbers that need attention first: open cases, unassigned ones, overdue follow-ups.
import type { DashboardStats } from '../../../../core/cases/types';
import { useT } from '../../i18n/useT';

export function KeyFigures({ stats }: { stats: DashboardStats }) {
  const t = useT();
  const open = stats.byStatus.filter((s) => s.key !== 'closed').reduce((sum, s) => sum + s.count, 0);
  const figures = [
    { id: 'open', label: t('dashboard.open'), value: open, alert: false },
    { id: 'unassigned', label: t('dashboard.unassigned'), value: stats.unassigned, alert: stats.unassigned > 0 },
    { id: 'overdue', label: t('dashboard.overdue'), value: stats.overdueFollowUps, alert: stats.overdueFollowUps > 0 },
  ];
  return (
    <section aria-labelledby="key-figures-title">
      <h2 id="key-figures-title" className="visually-hidden">
        {t('dashboard.keyFigures')}
      </h2>
      <dl className="key-figures">
        {figures.map((f) => (
          <div key={f.id} className={f.alert ? 'key-figure key-figure--alert' : 'key-figure'}>
            <dt>{f.label}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
