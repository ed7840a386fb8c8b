// The brief's tables as the export shows them: per dimension, each cell's count with a bar, a
// withheld count as "< k", merged small groups named, and the table's total. Plain tables: the bars
// only repeat the numbers.
import type { BriefAggregates } from '../../../../core/briefs/aggregate-types';
import { useT } from '../../i18n/useT';
import { useBriefText } from './briefText';

export function AggregateTables({ aggregates }: { aggregates: BriefAggregates }) {
  const t = useT();
  const text = useBriefText();
  const withheld = t('brief.withheld', { k: aggregates.k });
  if (aggregates.reports === null) return <p className="message message--warning">{t('brief.tooFew', { k: aggregates.k })}</p>;
  return (
    <div className="brief-tables">
      {aggregates.tables.map((table) => {
        const max = Math.max(1, ...table.cells.map((c) => c.count ?? 0));
        return (
          <div className="table-wrap" key={table.dimension}>
            <table className="table brief-table">
              <caption>
                {text.dimension(table.dimension)}
                {table.multiValued && <span className="small"> — {t('brief.multiValued')}</span>}
              </caption>
              <thead>
                <tr>
                  <th scope="col">{text.dimension(table.dimension)}</th>
                  <th scope="col">{t('brief.count')}</th>
                  <th scope="col" aria-hidden="true" />
                </tr>
              </thead>
              <tbody>
                {table.cells.map((c) => (
                  <tr key={c.key}>
                    <th scope="row">
                      {text.cell(table.dimension, c.key)}
                      {c.merged && c.merged.length > 0 && <span className="small"> ({c.merged.map((m) => text.cell(table.dimension, m)).join(', ')})</span>}
                    </th>
                    <td>{c.suppressed ? withheld : c.count}</td>
                    <td aria-hidden="true" className="brief-table__bar-cell">
                      {!c.suppressed && c.count !== null && c.count > 0 && <span className="brief-table__bar" style={{ width: `${(c.count / max) * 100}%` }} />}
                    </td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('brief.total')}</th>
                  <td>{table.totalSuppressed ? withheld : table.total}</td>
                  <td aria-hidden="true" />
                </tr>
              </tfoot>
            </table>
          </div>
        );
      })}
    </div>
  );
}
