// "New reports": the reports with status 'new', page by page, urgent first (main sorts them).
// Read again whenever refreshToken changes (after an import).
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { ReportTable } from './ReportTable';

export const REPORTS_PAGE_SIZE = 25;

export function NewReports({ refreshToken }: { refreshToken: number }) {
  const t = useT();
  const errorText = useErrorText();
  const [offset, setOffset] = useState(0);
  const load = useCallback(() => call('reports.list', { status: 'new', limit: REPORTS_PAGE_SIZE, offset }), [offset]);
  const { data, error, reload } = useLoad(load);
  useEffect(() => {
    if (refreshToken > 0) reload();
  }, [refreshToken, reload]);

  const rows = data?.rows ?? [];
  const total = data?.total ?? 0;
  return (
    <section className="section" aria-labelledby="reports-title">
      <h2 id="reports-title">{t('reports.title')}</h2>
      <ErrorAlert id="reports-load-error" text={error ? errorText(error) : null} />
      {data && total === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">{t('inbox.empty')}</p>
          <p>{t('inbox.emptyHint')}</p>
        </div>
      )}
      {data && total > 0 && (
        <>
          <ReportTable
            rows={rows}
            caption={t('reports.caption', {
              from: rows.length === 0 ? 0 : offset + 1,
              to: offset + rows.length,
              total,
            })}
          />
          {(offset > 0 || total > REPORTS_PAGE_SIZE) && (
            <div className="pager">
              <button
                type="button"
                className="button"
                disabled={offset === 0}
                onClick={() => setOffset((o) => Math.max(0, o - REPORTS_PAGE_SIZE))}
              >
                {t('reports.previous')}
              </button>
              <button
                type="button"
                className="button"
                disabled={offset + rows.length >= total}
                onClick={() => setOffset((o) => o + REPORTS_PAGE_SIZE)}
              >
                {t('reports.next')}
              </button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
