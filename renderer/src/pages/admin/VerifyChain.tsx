// "Verify chain": checks every audit entry's HMAC link and says whether the log is whole; after a
// retention purge, from which entry (and since when the earlier ones are gone).
import { useState } from 'react';
import type { AuditVerification } from '../../../../core/types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { useAction } from '../../hooks/useAction';
import { useFormatDateTime } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';

export function VerifyChain({ onVerified }: { onVerified: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const formatDateTime = useFormatDateTime();
  const [result, setResult] = useState<AuditVerification | null>(null);
  const verify = useAction(async () => {
    setResult(null);
    setResult(await call('audit.verify', {}));
    onVerified();
  });
  const broken = result && !result.ok ? result.firstBad : null;
  const intact = !result?.ok
    ? null
    : result.verifiedFrom
      ? t('audit.intactFrom', { entries: result.entries, seq: result.verifiedFrom.seq, date: formatDateTime(result.verifiedFrom.removedAt) })
      : t('audit.intact', { entries: result.entries });
  return (
    <div className="verify">
      <p>{t('audit.verifyText')}</p>
      <button type="button" className="button button--primary" aria-disabled={verify.busy || undefined} onClick={() => void verify.run()}>
        {verify.busy ? t('audit.verifyBusy') : t('audit.verify')}
      </button>
      <StatusMessage tone="success" text={intact} />
      <ErrorAlert
        id="audit-verify-broken"
        text={
          result && !result.ok
            ? broken
              ? t('audit.broken', { seq: broken.seq, reason: t(`audit.reason.${broken.reason}`) })
              : t('audit.brokenUnknown')
            : verify.error
              ? errorText(verify.error)
              : null
        }
      />
    </div>
  );
}
