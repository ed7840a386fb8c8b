// The intake trust store: each key's ID, station, who added it when, and whether it is trusted.
import type { IntakeKeyInfo } from '../../../../core/types';
import { Badge } from '../../components/Badge';
import { useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';

export const revokeButtonId = (keyId: string) => `trust-revoke-${keyId}`;

type Props = { keys: readonly IntakeKeyInfo[]; revokingId: string | null; onRevoke: (key: IntakeKeyInfo) => void };

export function TrustKeyTable({ keys, revokingId, onRevoke }: Props) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('trust.caption', { count: keys.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trust.keyId')}</th>
            <th scope="col">{t('trust.label')}</th>
            <th scope="col">{t('trust.addedAt')}</th>
            <th scope="col">{t('trust.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('trust.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((k) => (
            <tr key={k.keyId} className={k.revokedAt ? 'table__row--inactive' : undefined}>
              <th scope="row">
                <code>{k.keyId}</code>
              </th>
              <td>
                <span dir="auto">{k.label}</span>
              </td>
              <td>{t('trust.when', { at: formatDateTime(k.addedAt), by: k.addedBy })}</td>
              <td>
                {k.revokedAt ? (
                  <>
                    <Badge tone="error">{t('trust.revoked')}</Badge>
                    <span className="small"> {t('trust.when', { at: formatDateTime(k.revokedAt), by: k.revokedBy ?? '' })}</span>
                  </>
                ) : (
                  <Badge tone="success">{t('trust.trusted')}</Badge>
                )}
              </td>
              <td>
                {!k.revokedAt && (
                  <button
                    id={revokeButtonId(k.keyId)}
                    type="button"
                    className="button button--small button--danger"
                    aria-expanded={revokingId === k.keyId}
                    onClick={() => onRevoke(k)}
                  >
                    {t('trust.revoke')}
                    <span className="visually-hidden"> {k.keyId}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
