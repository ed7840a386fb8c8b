// The audit log, newest first, page by page, and the check of its HMAC chain.
import { useCallback, useState } from 'react';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { AuditTable } from './AuditTable';
import { VerifyChain } from './VerifyChain';

export const AUDIT_PAGE_SIZE = 50;

export function AuditTab() {
  const t = useT();
  const errorText = useErrorText();
  // The beforeSeq of each page seen, newest first; undefined is the newest page.
  const [cursors, setCursors] = useState<(number | undefined)[]>([undefined]);
  const beforeSeq = cursors[cursors.length - 1];
  const load = useCallback(
    () => call('audit.list', beforeSeq === undefined ? { limit: AUDIT_PAGE_SIZE } : { beforeSeq, limit: AUDIT_PAGE_SIZE }),
    [beforeSeq],
  );
  const page = useLoad(load);
  const entries = page.data?.entries ?? [];
  const shown = (cursors.length - 1) * AUDIT_PAGE_SIZE + entries.length;
  const oldest = entries[entries.length - 1];
  const hasOlder = page.data !== null && oldest !== undefined && shown < page.data.total;

  return (
    <>
      <h2>{t('admin.audit')}</h2>
      <VerifyChain onVerified={page.reload} />
      <ErrorAlert id="audit-load-error" text={page.error ? errorText(page.error) : null} />
      {page.data && (
        <AuditTable
          entries={entries}
          caption={t('audit.caption', {
            from: entries.length === 0 ? 0 : shown - entries.length + 1,
            to: shown,
            total: page.data.total,
          })}
        />
      )}
      <div className="pager">
        <button
          type="button"
          className="button"
          disabled={cursors.length <= 1}
          onClick={() => setCursors((c) => c.slice(0, -1))}
        >
          {t('audit.newer')}
        </button>
        <button
          type="button"
          className="button"
          disabled={!hasOlder}
          onClick={() => oldest && setCursors((c) => [...c, oldest.seq])}
        >
          {t('audit.older')}
        </button>
      </div>
    </>
  );
}
