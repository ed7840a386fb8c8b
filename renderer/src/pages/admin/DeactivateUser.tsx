// Deactivate a user, after a confirmation step.
import { useState } from 'react';
import type { UserSummary } from '../../../../core/types';
import { call } from '../../api/client';
import { ConfirmStep } from '../../components/ConfirmStep';
import { ErrorAlert } from '../../components/Messages';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';

export function DeactivateUser({ user, onChanged }: { user: UserSummary; onChanged: (u: UserSummary) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const deactivate = useAction(() => call('users.deactivate', { userId: user.id }));

  async function confirm() {
    const updated = await deactivate.run();
    setConfirming(false);
    if (updated) onChanged(updated);
  }

  return (
    <div className="form form--section">
      <h4>{t('users.deactivateTitle')}</h4>
      <p>{t('users.deactivateText', { username: user.username })}</p>
      {confirming ? (
        <ConfirmStep
          id="deactivate"
          question={t('users.deactivateQuestion', { username: user.username })}
          confirmLabel={t('users.deactivateConfirm')}
          busy={deactivate.busy}
          onConfirm={() => void confirm()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button
          type="button"
          className="button button--danger"
          onClick={() => {
            deactivate.clearError();
            setConfirming(true);
          }}
        >
          {t('users.deactivate')}
        </button>
      )}
      <ErrorAlert id="deactivate-error" text={deactivate.error ? errorText(deactivate.error) : null} />
    </div>
  );
}
