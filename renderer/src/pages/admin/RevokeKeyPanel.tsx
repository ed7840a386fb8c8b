// Revoking an intake key, after a confirmation that explains what happens to reports already
// imported with it (kept, marked for review). Afterwards it says how many were marked.
import { useEffect, useRef, useState } from 'react';
import type { IntakeKeyInfo } from '../../../../core/types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';

type Props = { intakeKey: IntakeKeyInfo; onRevoked: () => void; onClose: () => void };

export function RevokeKeyPanel({ intakeKey, onRevoked, onClose }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const heading = useRef<HTMLHeadingElement>(null);
  const [flagged, setFlagged] = useState<number | null>(null);
  const revoke = useAction(() => call('trust.revoke', { keyId: intakeKey.keyId }));
  useEffect(() => heading.current?.focus(), []);

  async function confirm() {
    const result = await revoke.run();
    if (!result) return;
    setFlagged(result.reportsFlagged);
    onRevoked();
  }

  const { keyId, label } = intakeKey;
  return (
    <section className="panel panel--highlight" aria-labelledby="revoke-title">
      <h3 id="revoke-title" ref={heading} tabIndex={-1}>
        {t('trust.revokeTitle', { keyId })}
      </h3>
      <p>{t('trust.revokeText')}</p>
      {flagged === null ? (
        <div className="confirm" role="group" aria-labelledby="revoke-question">
          <p id="revoke-question">{t('trust.revokeQuestion', { label, keyId })}</p>
          <button
            type="button"
            className="button button--danger"
            aria-disabled={revoke.busy || undefined}
            onClick={() => void confirm()}
          >
            {revoke.busy ? t('common.busy') : t('trust.revokeConfirm')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      ) : (
        <button type="button" className="button" autoFocus onClick={onClose}>
          {t('common.close')}
        </button>
      )}
      <StatusMessage tone="success" text={flagged === null ? null : t('trust.revokeDone', { keyId, count: flagged })} />
      <ErrorAlert id="revoke-error" text={revoke.error ? errorText(revoke.error) : null} />
    </section>
  );
}
