// One case: its header, the handling controls (status, assignment, priority, follow-up), the
// reports with the reporter (identity per need-to-know), risk, classification, notes, contacts,
// tasks, referrals, links and merges, and the timeline. Every change answers with the whole case, shown at once.
import { useCallback, useMemo, useState } from 'react';
import type { CaseDetail } from '../../../../core/cases/types';
import { call } from '../../api/client';
import { ErrorAlert } from '../../components/Messages';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { useSession } from '../../session';
import { CaseContext, type CaseState, mayWrite } from './caseContext';
import { CaseHeader } from './CaseHeader';
import { CaseNotices } from './CaseNotices';
import { ClassificationSection } from './ClassificationSection';
import { ContactsSection } from './ContactsSection';
import { HandlingSection } from './HandlingSection';
import { LinksSection } from './LinksSection';
import { NotesSection } from './NotesSection';
import { ReferralsPanel } from './ReferralsPanel';
import { ReportsSection } from './ReportsSection';
import { RiskSection } from './RiskSection';
import { TasksSection } from './TasksSection';
import { Timeline } from './Timeline';

const READ_ONLY_ID = 'case-read-only';

function CaseView({ initial }: { initial: CaseDetail }) {
  const { session } = useSession();
  const [detail, setDetail] = useState(initial);
  const canWrite = mayWrite(detail, session);
  const state = useMemo<CaseState>(
    () => ({ detail, canWrite, readOnlyNoteId: canWrite ? undefined : READ_ONLY_ID, update: setDetail }),
    [detail, canWrite],
  );
  return (
    <CaseContext.Provider value={state}>
      <CaseHeader />
      <CaseNotices readOnlyId={READ_ONLY_ID} />
      <HandlingSection />
      <ReportsSection />
      <RiskSection />
      <ClassificationSection />
      <NotesSection />
      <ContactsSection />
      <TasksSection />
      <ReferralsPanel />
      <LinksSection />
      <Timeline />
    </CaseContext.Provider>
  );
}

export function CasePage({ caseId }: { caseId: number }) {
  const t = useT();
  const errorText = useErrorText();
  const load = useCallback(() => call('cases.get', { caseId }), [caseId]);
  const { data, error } = useLoad(load);
  if (data) return <CaseView initial={data} />;
  return (
    <>
      <PageHeading title={t('case.title')} />
      <ErrorAlert id="case-load-error" text={error ? errorText(error) : null} />
      {!error && <p role="status">{t('case.loading')}</p>}
    </>
  );
}
