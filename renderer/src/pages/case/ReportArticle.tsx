// One report: what intake recorded (summary, narrative as written, intake notes, the facts), the
// reporter, the attachments, and for a report merged in from another case, splitting it back out.
import type { ReactNode } from 'react';
import type { CaseReport } from '../../../../core/cases/types';
import { ReviewNote } from '../../components/ReviewNote';
import { useCodeName, useCountryName, useLanguageName } from '../../i18n/codes';
import { useFormatDateTime, useFormatDay } from '../../i18n/format';
import { useT } from '../../i18n/useT';
import { Badge } from '../../components/Badge';
import { AttachmentList } from './AttachmentList';
import { useCase } from './caseContext';
import { ReporterBlock } from './ReporterBlock';
import { SplitReport } from './SplitReport';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The reviewers' verdict on the report, if any, and one waiting for a second reviewer. */
function VerdictNote({ report }: { report: CaseReport }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const effective = report.verdicts.find((v) => v.state === 'effective');
  const pending = report.verdicts.find((v) => v.state === 'pending');
  if (!effective && !pending) return null;
  return (
    <p className="notice">
      {effective && t('case.verdict.effective', { verdict: t(`verdict.${effective.verdict}`), by: effective.by, at: formatDateTime(effective.at) })}
      {effective && pending && ' '}
      {pending && t('case.verdict.pending', { verdict: t(`verdict.${pending.verdict}`) })}
    </p>
  );
}

export function ReportArticle({ report: r, index }: { report: CaseReport; index: number }) {
  const t = useT();
  const codeName = useCodeName();
  const countryName = useCountryName();
  const languageName = useLanguageName();
  const formatDateTime = useFormatDateTime();
  const formatDay = useFormatDay();
  const { detail } = useCase();
  const id = `report-${index}`;
  return (
    <article className="report" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('case.report.title', { n: index + 1, at: formatDateTime(r.receivedAt) })}</h3>
      {r.urgent && <Badge tone="urgent">{t('reports.urgent')}</Badge>}
      <ReviewNote flag={r.reviewFlag} />
      <VerdictNote report={r} />
      <h4>{t('reports.summary')}</h4>
      <p dir="auto" className="prose">
        {r.summary}
      </p>
      <h4>{t('case.report.narrative')}</h4>
      <p dir="auto" className="prose narrative">
        {r.narrative}
      </p>
      {r.intakeNotes && (
        <>
          <h4>{t('case.report.intakeNotes')}</h4>
          <p dir="auto" className="prose narrative">
            {r.intakeNotes}
          </p>
        </>
      )}
      <dl className="facts facts--report">
        <Fact term={t('reports.received')}>{formatDateTime(r.receivedAt)}</Fact>
        <Fact term={t('reports.channel')}>{codeName('channel', r.channel)}</Fact>
        <Fact term={t('case.report.language')}>{languageName(r.language)}</Fact>
        <Fact term={t('reports.categories')}>{r.categories.length > 0 ? r.categories.map((c) => codeName('category', c)).join(', ') : t('reports.none')}</Fact>
        <Fact term={t('case.report.country')}>{r.countryOfConcern ? countryName(r.countryOfConcern) : t('cases.noCountry')}</Fact>
        {r.startedOn && <Fact term={t('case.report.startedOn')}>{formatDay(r.startedOn)}</Fact>}
        {r.lastOccurredOn && <Fact term={t('case.report.lastOccurredOn')}>{formatDay(r.lastOccurredOn)}</Fact>}
        {r.ongoing !== null && <Fact term={t('case.report.ongoing')}>{r.ongoing ? t('common.yes') : t('common.no')}</Fact>}
        {r.actorDescription && (
          <Fact term={t('case.report.actor')}>
            <span dir="auto">{r.actorDescription}</span>
          </Fact>
        )}
        <Fact term={t('case.report.bundle')}>
          <code>{r.bundleId}</code>
        </Fact>
      </dl>
      <ReporterBlock report={r} headingId={`${id}-reporter`} />
      <AttachmentList report={r} headingId={`${id}-attachments`} />
      {r.originCaseId !== detail.id && <SplitReport report={r} />}
    </article>
  );
}
