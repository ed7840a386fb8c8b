// One page of audit entries.
import { useIntl } from 'react-intl';
import type { AuditEntry } from '../../../../core/types';
import { useT } from '../../i18n/useT';

export function AuditTable({ entries, caption }: { entries: readonly AuditEntry[]; caption: string }) {
  const t = useT();
  const intl = useIntl();
  return (
    <div className="table-wrap">
      <table className="table table--audit">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.seq')}</th>
            <th scope="col">{t('audit.at')}</th>
            <th scope="col">{t('audit.actor')}</th>
            <th scope="col">{t('audit.action')}</th>
            <th scope="col">{t('audit.target')}</th>
            <th scope="col">{t('audit.details')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.seq}>
              <th scope="row">{e.seq}</th>
              <td>{intl.formatDate(e.at, { dateStyle: 'short', timeStyle: 'medium' })}</td>
              <td>{e.actor ?? t('audit.system')}</td>
              <td>
                <code>{e.action}</code>
              </td>
              <td>{e.target ?? ''}</td>
              <td>{Object.keys(e.details).length > 0 ? <code>{JSON.stringify(e.details)}</code> : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
