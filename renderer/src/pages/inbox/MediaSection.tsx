// "Bundles on media": every detected USB stick and configured import folder with its bundles,
// read again when main says media changed or the user asks; and "Import a file…".
import { useEffect } from 'react';
import type { MediumInfo } from '../../../../core/types';
import { call, onEvent } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { MediumFiles } from './MediumFiles';

const listMedia = () => call('media.list', {});

type Props = {
  busy: boolean;
  onImport: (medium: MediumInfo, names: string[]) => void;
  onPickFiles: () => void;
};

export function MediaSection({ busy, onImport, onPickFiles }: Props) {
  const t = useT();
  const errorText = useErrorText();
  const { data, error, reload } = useLoad(listMedia);
  useEffect(() => onEvent('media.changed', () => reload()), [reload]);
  const noBundles = data !== null && data.every((m) => m.files.length === 0);

  return (
    <section className="section" aria-labelledby="media-title">
      <div className="section__head">
        <h2 id="media-title">{t('media.title')}</h2>
        <div className="toolbar">
          <button type="button" className="button" onClick={reload}>
            {t('media.refresh')}
          </button>
          <button
            type="button"
            className="button"
            aria-disabled={busy || undefined}
            aria-describedby="media-pick-hint"
            onClick={() => {
              if (!busy) onPickFiles();
            }}
          >
            {t('media.pickFiles')}
          </button>
        </div>
      </div>
      <p id="media-pick-hint" className="field__hint">
        {t('media.pickFilesHint')}
      </p>
      <ErrorAlert id="media-load-error" text={error ? errorText(error) : null} />
      {noBundles && (
        <div className="empty-state">
          <p className="empty-state__title">{t('media.none')}</p>
          <p>{t('media.noneHint')}</p>
        </div>
      )}
      {data?.map((medium) => (
        <MediumFiles key={medium.id} medium={medium} busy={busy} onImport={(names) => onImport(medium, names)} />
      ))}
    </section>
  );
}
