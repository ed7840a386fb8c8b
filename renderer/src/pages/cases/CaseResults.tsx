// The cases of a list: a caption with how many are shown of how many, the rows (only those near
// the screen are rendered), and "load the next 100".
import type { CaseView } from '../../../../core/cases/types';
import { ErrorAlert } from '../../components/Messages';
import { useErrorText, useT } from '../../i18n/useT';
import { CaseTable } from './CaseTable';
import type { ListFilter } from './listFilter';
import { CASE_PAGE_SIZE, useCaseList } from './useCaseList';

export function CaseResults({ view, filter }: { view: CaseView; filter: ListFilter }) {
  const t = useT();
  const errorText = useErrorText();
  const list = useCaseList(view, filter);
  const shown = list.rows.length;
  const remaining = list.total - shown;
  return (
    <section className="section" aria-labelledby="case-results-title" aria-busy={list.loading || undefined}>
      <h2 id="case-results-title" className="visually-hidden">
        {t('cases.results')}
      </h2>
      <ErrorAlert id="cases-load-error" text={list.error ? errorText(list.error) : null} />
      <p role="status" className="visually-hidden">
        {list.loading ? t('cases.loading') : t('cases.count', { shown, total: list.total })}
      </p>
      {!list.loading && !list.error && list.total === 0 && (
        <div className="empty-state">
          <p className="empty-state__title">{t('cases.empty')}</p>
          <p>{t('cases.emptyHint')}</p>
        </div>
      )}
      {shown > 0 && (
        <CaseTable rows={list.rows} total={list.total} caption={t('cases.caption', { shown, total: list.total })} virtualise />
      )}
      {remaining > 0 && (
        <div className="pager">
          <button type="button" className="button" aria-disabled={list.moreBusy || undefined} onClick={() => void list.loadMore()}>
            {list.moreBusy ? t('common.busy') : t('cases.loadMore', { count: Math.min(CASE_PAGE_SIZE, remaining) })}
          </button>
        </div>
      )}
      <ErrorAlert id="cases-more-error" text={list.moreError ? errorText(list.moreError) : null} />
    </section>
  );
}
