// The review queue: reports by score, highest first, with the signals that make the score and
// any verdict. Filters: only reports without a verdict, only those with one signal.
import { useCallback } from 'react';
import { SIGNAL_KINDS, type SignalKind, isSignalKind } from '../../../../core/review/signals';
import { call } from '../../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert } from '../../components/Messages';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { routeHref } from '../../hooks/useHashRoute';
import { useLoad } from '../../hooks/useLoad';
import { useFormatDateTime } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { useSignalLabel } from './signalText';

export type QueueFilter = { open: boolean; signal: SignalKind | '' };

export function ReviewQueuePage({ filter, onFilter }: { filter: QueueFilter; onFilter: (f: QueueFilter) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const signalLabel = useSignalLabel();
  const formatDateTime = useFormatDateTime();
  const load = useCallback(() => call('review.queue', { open: filter.open, ...(filter.signal ? { signal: filter.signal } : {}), limit: 200 }), [filter]);
  const queue = useLoad(load);
  return (
    <div className="page">
      <PageHeading title={t('review.queue.title')} />
      <p>{t('review.queue.intro')}</p>
      <div className="form form--compact toolbar">
        <CheckboxField id="review-open" label={t('review.queue.openOnly')} checked={filter.open} onChange={(open) => onFilter({ ...filter, open })} />
        <SelectField
          id="review-signal"
          label={t('review.queue.signal')}
          value={filter.signal}
          onChange={(v) => onFilter({ ...filter, signal: isSignalKind(v) ? v : '' })}
          options={[{ value: '', label: t('review.queue.anySignal') }, ...SIGNAL_KINDS.map((k) => ({ value: k, label: signalLabel(k) }))]}
        />
      </div>
      <ErrorAlert id="review-queue-error" text={queue.error ? errorText(queue.error) : null} />
      {queue.data && (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('review.queue.caption', { shown: queue.data.rows.length, total: queue.data.total })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.col.score')}</th>
                <th scope="col">{t('review.col.report')}</th>
                <th scope="col">{t('review.col.received')}</th>
                <th scope="col">{t('review.col.summary')}</th>
                <th scope="col">{t('review.col.signals')}</th>
                <th scope="col">{t('review.col.verdict')}</th>
              </tr>
            </thead>
            <tbody>
              {queue.data.rows.map((r) => (
                <tr key={r.reportId}>
                  <td>{r.score}</td>
                  <td>
                    <a href={routeHref(`review/${r.reportId}`)}>{t('review.reportLink', { case: r.caseNumber })}</a>
                  </td>
                  <td>{formatDateTime(r.receivedAt)}</td>
                  <td dir="auto">{r.summary}</td>
                  <td>{r.signals.length === 0 ? t('review.noSignals') : r.signals.map((k) => signalLabel(k)).join(', ')}</td>
                  <td>
                    {r.verdict ? t(`verdict.${r.verdict}`) : t('review.noVerdict')}
                    {r.pending && <> {t('review.pendingShort', { verdict: t(`verdict.${r.pending}`) })}</>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
