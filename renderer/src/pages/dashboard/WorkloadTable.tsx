// Open cases per active counsellor, and how many of them are urgent.
import type { DashboardStats } from '../../../../core/cases/types';
import { useT } from '../../i18n/useT';

export function WorkloadTable({ workload }: { workload: DashboardStats['workload'] }) {
  const t = useT();
  return (
    <section className="panel" aria-labelledby="workload-title">
      <h2 id="workload-title">{t('dashboard.workload')}</h2>
      {workload.length === 0 ? (
        <p>{t('case.assign.noCounsellors')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table--numbers">
            <caption>{t('dashboard.workloadCaption', { count: workload.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.counsellor')}</th>
                <th scope="col" className="table__number">
                  {t('dashboard.openCases')}
                </th>
                <th scope="col" className="table__number">
                  {t('dashboard.urgentCases')}
                </th>
              </tr>
            </thead>
            <tbody>
              {workload.map((w) => (
                <tr key={w.userId}>
                  <th scope="row">{w.displayName}</th>
                  <td className="table__number">{w.open}</td>
                  <td className="table__number">{w.urgent}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
