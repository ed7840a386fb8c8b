// "New reports": every imported report opens a case, so these are the cases that are new and
// unassigned (the 'inbox' view of cases.list), page by page, urgent first; each links to its case.
// Read again whenever refreshToken changes (after an import).
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { CaseTable } from '../cases/CaseTable';

export const INBOX_PAGE_SIZE = 25;

export function NewCases({ refreshToken }: { refreshToken: number }) {
  const t = useT();
  const errorText = useErrorText();
  const [offset, setOffset] = useState(0);
  const load = useCallback(() => call('cases.list', { view: 'inbox', sort: 'queue', limit: INBOX_PAGE_SIZE, offset }), [offset]);
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
          <p>{t('inbox.casesIntro')}</p>
          <CaseTable
            rows={rows}
            total={total}
            offset={offset}
            caption={t('reports.caption', {
              from: rows.length === 0 ? 0 : offset + 1,
              to: offset + rows.length,
              total,
            })}
          />
          {(offset > 0 || total > INBOX_PAGE_SIZE) && (
            <div className="pager">
              <button
                type="button"
                className="button"
                disabled={offset === 0}
                onClick={() => setOffset((o) => Math.max(0, o - INBOX_PAGE_SIZE))}
              >
                {t('reports.previous')}
              </button>
              <button
                type="button"
                className="button"
                disabled={offset + rows.length >= total}
                onClick={() => setOffset((o) => o + INBOX_PAGE_SIZE)}
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
