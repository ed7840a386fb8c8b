// Import folders: fixed folders counsellors may import bundles from, besides USB sticks.
import { useRef, useState } from 'react';
import type { MediumInfo } from '../../../../core/types';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { AddFolderForm } from './AddFolderForm';
import { FolderTable } from './FolderTable';

const listMedia = () => call('media.list', {});

export function FoldersTab() {
  const t = useT();
  const errorText = useErrorText();
  const media = useLoad(listMedia);
  const heading = useRef<HTMLHeadingElement>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const remove = useAction((folder: MediumInfo) => call('media.removeFolder', { mediumId: folder.id }));
  const folders = (media.data ?? []).filter((m) => m.kind === 'folder');

  async function removeFolder(folder: MediumInfo) {
    setRemoved(null);
    if (!(await remove.run(folder))) return;
    setRemoved(folder.label);
    media.reload();
    // The button that had focus is gone with its row.
    heading.current?.focus();
  }

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('admin.folders')}
      </h2>
      <p>{t('folders.intro')}</p>
      <ErrorAlert id="folders-load-error" text={media.error ? errorText(media.error) : null} />
      {media.data &&
        (folders.length === 0 ? (
          <p>{t('folders.empty')}</p>
        ) : (
          <FolderTable folders={folders} busy={remove.busy} onRemove={(f) => void removeFolder(f)} />
        ))}
      <StatusMessage tone="success" text={removed ? t('folders.removed', { label: removed }) : null} />
      <ErrorAlert id="folder-remove-error" text={remove.error ? errorText(remove.error) : null} />
      <AddFolderForm existing={folders} onChanged={media.reload} />
    </>
  );
}
