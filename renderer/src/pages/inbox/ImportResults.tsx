// What happened to each bundle of a finished import: imported (how many reports), imported
// before, or rejected (the code, what it means, what to do, and the technical detail).
import type { ImportResult } from '../../../../core/import-types';
import { Badge, type BadgeTone } from '../../components/Badge';
import { baseName } from '../../components/paths';
import { useRejectionText, useT } from '../../i18n/useT';

const TONES: Record<ImportResult['status'], BadgeTone> = { imported: 'success', duplicate: 'neutral', rejected: 'error' };

function Explanation({ result }: { result: ImportResult }) {
  const t = useT();
  const rejection = useRejectionText();
  switch (result.status) {
    case 'imported':
      return <p>{t('import.reports', { count: result.reports })}</p>;
    case 'duplicate':
      return <p>{t('import.duplicateText')}</p>;
    case 'rejected': {
      const text = result.code ? rejection(result.code) : null;
      return (
        <>
          {result.code && text ? (
            <>
              <p>
                <code className="code-badge">{result.code}</code> {text.meaning}
              </p>
              <p>
                <strong>{t('import.action')}</strong> {text.action}
              </p>
            </>
          ) : (
            <p>{t('import.rejectedText')}</p>
          )}
          {result.detail && (
            <p className="small">
              {t('import.detail')} <code>{result.detail}</code>
            </p>
          )}
        </>
      );
    }
  }
}

export function ImportResults({ results }: { results: readonly ImportResult[] }) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="table table--results">
        <caption>{t('import.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('import.file')}</th>
            <th scope="col">{t('import.result')}</th>
            <th scope="col">{t('import.explanation')}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r, i) => (
            <tr key={`${i}-${r.file}`}>
              <th scope="row">
                <span dir="auto" className="file-name">
                  {baseName(r.file)}
                </span>
              </th>
              <td>
                <Badge tone={TONES[r.status]}>{t(`import.status.${r.status}`)}</Badge>
              </td>
              <td className="table__prose">
                <Explanation result={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
