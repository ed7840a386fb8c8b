// One medium (USB stick or import folder): its bundle files with a checkbox each, "select all",
// and the button that imports the selected ones.
import { useState } from 'react';
import type { MediumInfo } from '../../../../core/types';
import { ErrorAlert } from '../../components/Messages';
import { useFormatBytes, useFormatDateTime } from '../../i18n/format';
import { useT } from '../../i18n/useT';

type Props = { medium: MediumInfo; busy: boolean; onImport: (names: string[]) => void };

export function MediumFiles({ medium, busy, onImport }: Props) {
  const t = useT();
  const formatBytes = useFormatBytes();
  const formatDateTime = useFormatDateTime();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [triedEmpty, setTriedEmpty] = useState(false);
  const idp = `medium-${medium.id}`;
  const names = medium.files.map((f) => f.name);
  // Files that left the medium drop out of the selection by themselves.
  const chosen = names.filter((n) => selected.has(n));
  const all = names.length > 0 && chosen.length === names.length;
  const some = chosen.length > 0 && !all;
  const errorId = `${idp}-error`;
  const showEmptyError = triedEmpty && chosen.length === 0;

  function toggle(name: string, on: boolean) {
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(name);
      else next.delete(name);
      return next;
    });
  }

  function importChosen() {
    if (busy) return;
    if (chosen.length === 0) {
      setTriedEmpty(true);
      return;
    }
    setTriedEmpty(false);
    onImport(chosen);
  }

  return (
    <section className="medium" aria-labelledby={`${idp}-title`}>
      <h3 id={`${idp}-title`}>
        <span dir="auto">{medium.label}</span>
      </h3>
      <p className="medium__kind">{t(`media.kind.${medium.kind}`)}</p>
      {medium.files.length === 0 ? (
        <p>{t('media.noFiles')}</p>
      ) : (
        <>
          <div className="field field--checkbox">
            <input
              id={`${idp}-all`}
              type="checkbox"
              checked={all}
              ref={(el) => {
                if (el) el.indeterminate = some;
              }}
              onChange={(e) => setSelected(e.target.checked ? new Set(names) : new Set())}
            />
            <label htmlFor={`${idp}-all`}>
              {t('media.selectAll')}
              <span className="visually-hidden"> {t('media.onMedium', { label: medium.label })}</span>
            </label>
          </div>
          <div className="table-wrap">
            <table className="table table--files">
              <caption>{t('media.caption', { count: medium.files.length, label: medium.label })}</caption>
              <thead>
                <tr>
                  <th scope="col" className="table__check">
                    <span className="visually-hidden">{t('media.select')}</span>
                  </th>
                  <th scope="col">{t('media.file')}</th>
                  <th scope="col">{t('media.size')}</th>
                  <th scope="col">{t('media.modified')}</th>
                </tr>
              </thead>
              <tbody>
                {medium.files.map((f, i) => (
                  <tr key={f.name}>
                    <td className="table__check">
                      <input
                        id={`${idp}-file-${i}`}
                        type="checkbox"
                        checked={selected.has(f.name)}
                        onChange={(e) => toggle(f.name, e.target.checked)}
                      />
                    </td>
                    <th scope="row">
                      <label htmlFor={`${idp}-file-${i}`} dir="auto" className="file-name">
                        {f.name}
                      </label>
                    </th>
                    <td>{formatBytes(f.size)}</td>
                    <td>{formatDateTime(f.modifiedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <button
            type="button"
            className="button button--primary"
            aria-disabled={busy || undefined}
            aria-describedby={showEmptyError ? errorId : undefined}
            onClick={importChosen}
          >
            {t('media.import', { count: chosen.length })}
            <span className="visually-hidden"> {t('media.fromMedium', { label: medium.label })}</span>
          </button>
          <ErrorAlert id={errorId} text={showEmptyError ? t('media.selectFirst') : null} />
        </>
      )}
    </section>
  );
}
