// The intake trust store: the keys intake stations sign bundles with, adding one, revoking one.
import { useRef, useState } from 'react';
import type { IntakeKeyInfo } from '../../../../core/types';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { AddTrustKeyForm } from './AddTrustKeyForm';
import { RevokeKeyPanel } from './RevokeKeyPanel';
import { revokeButtonId, TrustKeyTable } from './TrustKeyTable';

const listKeys = () => call('trust.list', {});

export function TrustTab() {
  const t = useT();
  const errorText = useErrorText();
  const keys = useLoad(listKeys);
  const [revoking, setRevoking] = useState<IntakeKeyInfo | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  /** Back to the key's Revoke button, or to the heading when the key is revoked now. */
  function close(keyId: string) {
    setRevoking(null);
    (document.getElementById(revokeButtonId(keyId)) ?? heading.current)?.focus();
  }

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('admin.trust')}
      </h2>
      <p>{t('trust.intro')}</p>
      <ErrorAlert id="trust-load-error" text={keys.error ? errorText(keys.error) : null} />
      {keys.data &&
        (keys.data.length === 0 ? (
          <p className="notice">{t('trust.empty')}</p>
        ) : (
          <TrustKeyTable keys={keys.data} revokingId={revoking?.keyId ?? null} onRevoke={setRevoking} />
        ))}
      {revoking && (
        <RevokeKeyPanel key={revoking.keyId} intakeKey={revoking} onRevoked={keys.reload} onClose={() => close(revoking.keyId)} />
      )}
      <AddTrustKeyForm onAdded={keys.reload} />
    </>
  );
}
