// One page of report rows: metadata and the summary only (never the reporter's identity), urgent
// ones marked and first, reports marked for review noted.
import type { ReportRow } from '../../../../core/types';
import { Badge } from '../../components/Badge';
import { isMessageKey } from '../../i18n/catalogs';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';

/** A code from a report (channel, category) in words; unknown codes are shown as they are. */
function useCodeName(): (prefix: 'channel' | 'category', code: string) => string {
  const t = useT();
  return (prefix, code) => {
    const key = `${prefix}.${code}`;
    return isMessageKey(key) ? t(key) : code;
  };
}

function ReviewNote({ flag }: { flag: string }) {
  const t = useT();
  const key = `reports.review.${flag}`;
  return <p className="review-note">{isMessageKey(key) ? t(key) : t('reports.review.other', { flag })}</p>;
}

export function ReportTable({ rows, caption }: { rows: readonly ReportRow[]; caption: string }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const codeName = useCodeName();
  return (
    <div className="table-wrap">
      <table className="table table--reports">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('reports.received')}</th>
            <th scope="col">{t('reports.summary')}</th>
            <th scope="col">{t('reports.channel')}</th>
            <th scope="col">{t('reports.categories')}</th>
            <th scope="col">{t('reports.attention')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.reportId} className={r.urgent ? 'table__row--urgent' : undefined}>
              <th scope="row">{formatDateTime(r.receivedAt)}</th>
              <td className="table__prose">
                <p dir="auto">{r.summary}</p>
              </td>
              <td>{codeName('channel', r.channel)}</td>
              <td>
                {r.categories.length > 0 ? r.categories.map((c) => codeName('category', c)).join(', ') : t('reports.none')}
              </td>
              <td className="table__prose">
                {r.urgent && <Badge tone="urgent">{t('reports.urgent')}</Badge>}
                {r.reviewFlag && <ReviewNote flag={r.reviewFlag} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
