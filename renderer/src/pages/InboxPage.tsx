// The inbox: bundles on USB sticks and import folders, importing them (progress, cancel, results
// per bundle), the new reports, and the quarantine of rejected bundles.
import { useState } from 'react';
import { call } from '../api/client';
import { PageHeading } from '../components/PageHeading';
import { useImport } from '../hooks/useImport';
import { useT } from '../i18n/useT';
import { ImportPanel } from './inbox/ImportPanel';
import { ImportStatus } from './inbox/ImportStatus';
import { MediaSection } from './inbox/MediaSection';
import { NewCases } from './inbox/NewCases';
import { QuarantineSection } from './inbox/QuarantineSection';

export function InboxPage() {
  const t = useT();
  // Bumped after every import, so the lists below read again.
  const [refreshToken, setRefreshToken] = useState(0);
  const importer = useImport(() => setRefreshToken((n) => n + 1));
  const { run } = importer;
  // A picked-files dialog that was cancelled ends with no results: only the status line says so.
  const showPanel = run.kind === 'running' || run.kind === 'failed' || (run.kind === 'done' && run.results.length > 0);
  return (
    <div className="page">
      <PageHeading title={t('section.inbox')} />
      <p>{t('inbox.intro')}</p>
      <MediaSection
        busy={importer.busy}
        onImport={(medium, names) => void importer.start(() => call('import.start', { mediumId: medium.id, names }))}
        onPickFiles={() => void importer.start(() => call('import.pickFiles', {}))}
      />
      <ImportStatus run={run} />
      {showPanel && <ImportPanel run={run} onCancel={() => void importer.cancel()} />}
      <NewCases refreshToken={refreshToken} />
      <QuarantineSection refreshToken={refreshToken} />
    </div>
  );
}
