// The configured import folders: name, where, how many bundles are in them now, and Remove.
import type { MediumInfo } from '../../../../core/types';
import { useT } from '../../i18n/useT';

type Props = { folders: readonly MediumInfo[]; busy: boolean; onRemove: (folder: MediumInfo) => void };

export function FolderTable({ folders, busy, onRemove }: Props) {
  const t = useT();
  return (
    <div className="table-wrap">
      <table className="table">
        <caption>{t('folders.caption', { count: folders.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('folders.label')}</th>
            <th scope="col">{t('folders.path')}</th>
            <th scope="col">{t('folders.bundles')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('folders.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {folders.map((f) => (
            <tr key={f.id}>
              <th scope="row">
                <span dir="auto">{f.label}</span>
              </th>
              <td>
                <code className="path" dir="auto">
                  {f.path}
                </code>
              </td>
              <td>{f.files.length}</td>
              <td>
                <button
                  type="button"
                  className="button button--small button--danger"
                  aria-disabled={busy || undefined}
                  onClick={() => {
                    if (!busy) onRemove(f);
                  }}
                >
                  {t('folders.remove')}
                  <span className="visually-hidden"> {f.label}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
