// The quarantine: rejected bundles, newest first, with what Baken keeps of them (never content).
// Shown in the inbox and in the admin's tabs; read again whenever refreshToken changes.
import { useEffect } from 'react';
import { isRejectionCode } from '../../../core/bundle/rejections';
import type { QuarantineEntry } from '../../../core/types';
import { call } from '../api/client';
import { useLoad } from '../hooks/useLoad';
import { useFormatBytes, useFormatDateTime } from '../i18n/format';
import { useErrorText, useRejectionText, useT } from '../i18n/useT';
import { ErrorAlert } from './Messages';

export const QUARANTINE_LIMIT = 200;
const loadQuarantine = () => call('quarantine.list', { limit: QUARANTINE_LIMIT });

function Reason({ entry }: { entry: QuarantineEntry }) {
  const t = useT();
  const rejection = useRejectionText();
  return (
    <>
      <p>
        <code className="code-badge">{entry.code}</code> {isRejectionCode(entry.code) ? rejection(entry.code).meaning : ''}
      </p>
      {entry.detail && (
        <p className="small">
          {t('import.detail')} <code>{entry.detail}</code>
        </p>
      )}
    </>
  );
}

function QuarantineTable({ entries }: { entries: readonly QuarantineEntry[] }) {
  const t = useT();
  const formatBytes = useFormatBytes();
  const formatDateTime = useFormatDateTime();
  return (
    <div className="table-wrap">
      <table className="table table--quarantine">
        <caption>{t('quarantine.caption', { count: entries.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('quarantine.at')}</th>
            <th scope="col">{t('quarantine.file')}</th>
            <th scope="col">{t('quarantine.size')}</th>
            <th scope="col">{t('quarantine.medium')}</th>
            <th scope="col">{t('quarantine.reason')}</th>
            <th scope="col">{t('quarantine.sha256')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                {formatDateTime(e.at)}
                <span className="small"> {t('quarantine.by', { user: e.byUser })}</span>
              </th>
              <td>
                <span dir="auto" className="file-name">
                  {e.fileName}
                </span>
              </td>
              <td>{formatBytes(e.fileSize)}</td>
              <td>
                <span dir="auto">{e.medium ?? t('quarantine.pickedFile')}</span>
              </td>
              <td className="table__prose">
                <Reason entry={e} />
              </td>
              <td>
                <code className="hash">{e.fileSha256}</code>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function QuarantineList({ refreshToken = 0 }: { refreshToken?: number }) {
  const t = useT();
  const errorText = useErrorText();
  const { data, error, reload } = useLoad(loadQuarantine);
  useEffect(() => {
    if (refreshToken > 0) reload();
  }, [refreshToken, reload]);
  return (
    <>
      <ErrorAlert id="quarantine-load-error" text={error ? errorText(error) : null} />
      {data && (data.length === 0 ? <p>{t('quarantine.empty')}</p> : <QuarantineTable entries={data} />)}
    </>
  );
}
