// Case rows: number (a link to the case), status, priority, assignee, categories, country, received,
// follow-up and summary. Urgent cases are marked in words; main lists them first in queue order.
// Long lists render only the rows near the screen (VirtualRows).
import type { CaseSummary } from '../../../../core/cases/types';
import { useT } from '../../i18n/useT';
import { CaseCells } from './CaseCells';
import { VirtualRows } from './VirtualRows';

const COLUMNS = 9;

type Props = {
  rows: readonly CaseSummary[];
  caption: string;
  /** All rows of the list, loaded or not (aria-rowcount). */
  total: number;
  /** Render only the rows near the screen; for lists that can grow long. */
  virtualise?: boolean;
  /** How many rows of the list come before these (a later page). */
  offset?: number;
};

function rowClass(c: CaseSummary): string | undefined {
  return c.urgent || c.priority === 'urgent' ? 'table__row--urgent' : undefined;
}

export function CaseTable({ rows, caption, total, virtualise = false, offset = 0 }: Props) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="table table--cases" aria-rowcount={total + 1}>
        <caption>{caption}</caption>
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col">{t('cases.col.number')}</th>
            <th scope="col">{t('cases.col.status')}</th>
            <th scope="col">{t('cases.col.priority')}</th>
            <th scope="col">{t('cases.col.assignee')}</th>
            <th scope="col">{t('cases.col.categories')}</th>
            <th scope="col">{t('cases.col.country')}</th>
            <th scope="col">{t('cases.col.received')}</th>
            <th scope="col">{t('cases.col.followUp')}</th>
            <th scope="col">{t('cases.col.summary')}</th>
          </tr>
        </thead>
        {virtualise ? (
          <VirtualRows
            items={rows}
            columns={COLUMNS}
            itemKey={(c) => c.id}
            renderRow={(c, index, measure) => (
              <tr key={c.id} ref={measure} data-index={index} aria-rowindex={index + 2} className={rowClass(c)}>
                <CaseCells c={c} />
              </tr>
            )}
          />
        ) : (
          <tbody>
            {rows.map((c, index) => (
              <tr key={c.id} aria-rowindex={offset + index + 2} className={rowClass(c)}>
                <CaseCells c={c} />
              </tr>
            ))}
          </tbody>
        )}
      </table>
    </div>
  );
}
