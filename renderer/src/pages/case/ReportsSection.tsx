// The reports of the case, oldest first as main lists them.
import { useT } from '../../i18n/useT';
import { useCase } from './caseContext';
import { ReportArticle } from './ReportArticle';
import { REPORTS_HEADING_ID, RevealIdentity } from './RevealIdentity';
import { StatusMessage } from '../../components/Messages';
import { useSession } from '../../session';

export function ReportsSection() {
  const t = useT();
  const { session } = useSession();
  const { detail } = useCase();
  // A coordinator who is not the assigned counsellor sees identities only after a reveal.
  const revealed =
    session.roles.includes('coordinator') &&
    detail.assignee?.id !== session.userId &&
    detail.reports.some((r) => r.reporter.identity !== null);
  return (
    <section className="section" aria-labelledby={REPORTS_HEADING_ID}>
      <h2 id={REPORTS_HEADING_ID} tabIndex={-1}>
        {t('case.reports.title', { count: detail.reports.length })}
      </h2>
      {detail.canReveal && <RevealIdentity />}
      <StatusMessage tone="info" text={revealed ? t('case.reveal.done') : null} />
      {detail.reports.map((r, i) => (
        <ReportArticle key={r.reportId} report={r} index={i} />
      ))}
    </section>
  );
}
