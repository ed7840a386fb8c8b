// The workstation's age identities by their public recipients: rotate them (the old ones are kept,
// retired, so bundles already on their way still open) and destroy a retired one when no bundle
// made for it can still arrive. Both after a confirmation step.
import { useState } from 'react';
import type { WorkstationIdentityInfo } from '../../../../core/types';
import { call } from '../../api/client';
import { ConfirmStep } from '../../components/ConfirmStep';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useFormatDateTime } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';

const loadIdentities = () => call('keys.identities', {});

function shortRecipient(recipient: string): string {
  return recipient.length <= 40 ? recipient : `${recipient.slice(0, 24)}…${recipient.slice(-10)}`;
}

function DestroyIdentity({ identity, onDone }: { identity: WorkstationIdentityInfo; onDone: (list: WorkstationIdentityInfo[]) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [confirming, setConfirming] = useState(false);
  const destroy = useAction(() => call('keys.destroyIdentity', { id: identity.id }));
  async function confirm() {
    const list = await destroy.run();
    setConfirming(false);
    if (list) onDone(list);
  }
  return confirming ? (
    <ConfirmStep
      id={`identity-destroy-${identity.id}`}
      question={t('identities.destroyQuestion')}
      confirmLabel={t('identities.destroyConfirm')}
      busy={destroy.busy}
      onConfirm={() => void confirm()}
      onCancel={() => setConfirming(false)}
    />
  ) : (
    <>
      <button type="button" className="button button--danger" onClick={() => setConfirming(true)} aria-describedby={`identity-recipient-${identity.id}`}>
        {t('identities.destroy')}
      </button>
      <ErrorAlert id={`identity-destroy-error-${identity.id}`} text={destroy.error ? errorText(destroy.error) : null} />
    </>
  );
}

export function IdentitiesPanel({ onRotated }: { onRotated: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const formatDateTime = useFormatDateTime();
  const identities = useLoad(loadIdentities);
  const [list, setList] = useState<WorkstationIdentityInfo[] | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const rotate = useAction(() => call('keys.rotateIdentities', {}));
  const shown = list ?? identities.data;

  async function confirmRotate() {
    const done = await rotate.run();
    setConfirming(false);
    if (!done) return;
    setList(await call('keys.identities', {}));
    setStatus(t('identities.rotated'));
    onRotated();
  }

  return (
    <section className="panel" aria-labelledby="identities-title">
      <h3 id="identities-title">{t('identities.title')}</h3>
      <p>{t('identities.intro')}</p>
      <ErrorAlert id="identities-load-error" text={identities.error ? errorText(identities.error) : null} />
      {shown && (
        <div className="table-wrap">
          <table className="table">
            <caption className="visually-hidden">{t('identities.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('identities.kind')}</th>
                <th scope="col">{t('identities.recipient')}</th>
                <th scope="col">{t('identities.created')}</th>
                <th scope="col">{t('identities.state')}</th>
                <th scope="col">{t('identities.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((i) => (
                <tr key={i.id} className={i.retiredAt ? 'table__row--inactive' : undefined}>
                  <td>{i.kind === 'pq' ? t('recipients.pq') : t('recipients.x25519')}</td>
                  <td>
                    {/* A post-quantum recipient is about 2000 characters: its ends tell them apart. */}
                    <code id={`identity-recipient-${i.id}`}>
                      {shortRecipient(i.recipient)}
                    </code>
                  </td>
                  <td>{formatDateTime(i.createdAt)}</td>
                  <td>{i.retiredAt ? t('identities.retired', { at: formatDateTime(i.retiredAt) }) : t('identities.current')}</td>
                  <td>{i.retiredAt && <DestroyIdentity identity={i} onDone={setList} />}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {confirming ? (
        <ConfirmStep
          id="identities-rotate"
          question={t('identities.rotateQuestion')}
          confirmLabel={t('identities.rotateConfirm')}
          busy={rotate.busy}
          tone="primary"
          onConfirm={() => void confirmRotate()}
          onCancel={() => setConfirming(false)}
        />
      ) : (
        <button
          type="button"
          className="button"
          onClick={() => {
            setStatus(null);
            setConfirming(true);
          }}
        >
          {t('identities.rotate')}
        </button>
      )}
      <ErrorAlert id="identities-rotate-error" text={rotate.error ? errorText(rotate.error) : null} />
      <StatusMessage tone="success" text={status} />
    </section>
  );
}
