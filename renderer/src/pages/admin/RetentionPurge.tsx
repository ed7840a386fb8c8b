// What a purge would remove now (counts per kind, by the saved periods), the cases a legal hold
// keeps, purging now after an explicit confirmation, and the last purge. Counts only: main never
// says which cases.
import { useState } from 'react';
import type { RetentionCounts, RetentionView } from '../../../../core/ipc/contract';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { useAction } from '../../hooks/useAction';
import { useFocusReturn } from '../../hooks/useFocusReturn';
import { useFormatDateTime } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';

const COUNT_KEYS = ['cases', 'reports', 'attachments', 'quarantine', 'auditEntries'] as const satisfies readonly (keyof RetentionCounts)[];

/** Counts per kind as a small table named by its caption. */
export function RetentionCountsTable({ counts, caption }: { counts: RetentionCounts; caption: string }) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('retention.count.kind')}</th>
            <th scope="col">{t('retention.count.number')}</th>
          </tr>
        </thead>
        <tbody>
          {COUNT_KEYS.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`retention.count.${key}`)}</th>
              <td>{counts[key]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function LastPurge({ last }: { last: RetentionView['lastPurge'] }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  return (
    <section className="panel" aria-labelledby="retention-last-title">
      <h3 id="retention-last-title">{t('retention.last')}</h3>
      {last ? (
        <>
          <p>{t('retention.lastAt', { at: formatDateTime(last.at), actor: last.actor ?? t('retention.system') })}</p>
          <RetentionCountsTable counts={last.counts} caption={t('retention.lastCounts')} />
        </>
      ) : (
        <p>{t('retention.never')}</p>
      )}
    </section>
  );
}

export function RetentionPurge({ view, onPurged }: { view: RetentionView; onPurged: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [preview, setPreview] = useState<RetentionCounts | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [done, setDone] = useState<string | null>(null);
  const [openerRef, focusOpener] = useFocusReturn<HTMLButtonElement>();
  const previewAction = useAction(() => call('retention.preview', {}));
  const purge = useAction(() => call('retention.purge', {}));

  async function showPreview() {
    setDone(null);
    const counts = await previewAction.run();
    if (counts) setPreview(counts);
  }

  async function purgeNow() {
    const counts = await purge.run();
    if (!counts) return;
    setConfirming(false);
    setPreview(null);
    setDone(t('retention.purged', { ...counts }));
    focusOpener();
    onPurged();
  }

  function cancel() {
    setConfirming(false);
    purge.clearError();
    focusOpener();
  }

  const error = previewAction.error ?? purge.error;
  return (
    <>
      <section className="panel" aria-labelledby="retention-preview-title" aria-busy={previewAction.busy || purge.busy || undefined}>
        <h3 id="retention-preview-title">{t('retention.now')}</h3>
        <p>{t('retention.previewText')}</p>
        <p>{t('retention.held', { count: view.heldCases })}</p>
        <div className="toolbar">
          <button type="button" className="button" aria-disabled={previewAction.busy || undefined} onClick={() => void showPreview()}>
            {previewAction.busy ? t('retention.previewBusy') : t('retention.preview')}
          </button>
          {!confirming && (
            <button
              ref={openerRef}
              type="button"
              className="button"
              onClick={() => {
                setDone(null);
                setConfirming(true);
              }}
            >
              {t('retention.purge')}
            </button>
          )}
        </div>
        {preview && <RetentionCountsTable counts={preview} caption={t('retention.previewTitle')} />}
        {confirming && (
          <div className="panel panel--warning" role="group" aria-labelledby="retention-confirm-title" aria-describedby="retention-confirm-text">
            <h4 id="retention-confirm-title">{t('retention.confirmTitle')}</h4>
            <p id="retention-confirm-text">{t('retention.confirmText')}</p>
            <div className="toolbar">
              <button type="button" className="button button--primary" aria-disabled={purge.busy || undefined} autoFocus onClick={() => void purgeNow()}>
                {purge.busy ? t('retention.purging') : t('retention.confirm')}
              </button>
              <button type="button" className="button" onClick={cancel}>
                {t('common.cancel')}
              </button>
            </div>
          </div>
        )}
        <ErrorAlert id="retention-purge-error" text={error ? errorText(error) : null} />
        <StatusMessage tone="success" text={done} />
      </section>
      <LastPurge last={view.lastPurge} />
    </>
  );
}
