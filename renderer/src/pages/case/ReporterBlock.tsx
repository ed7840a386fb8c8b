// The reporter: pseudonym and consent always; identity and contact details only when main sent
// them (the assigned counsellor, or after a coordinator's logged reveal).
import type { CaseReport } from '../../../../core/cases/types';
import { useCodeName } from '../../i18n/codes';
import { useT } from '../../i18n/useT';

const CONSENTS = ['contact', 'referral', 'anonymisedAnalysis'] as const;

export function ReporterBlock({ report, headingId }: { report: CaseReport; headingId: string }) {
  const t = useT();
  const codeName = useCodeName();
  const { reporter } = report;
  const identity = reporter.identity;
  return (
    <section className="reporter" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('case.reporter.title')}</h4>
      <dl className="facts">
        <div>
          <dt>{t('case.reporter.pseudonym')}</dt>
          <dd dir="auto">{reporter.pseudonym}</dd>
        </div>
        {CONSENTS.map((c) => (
          <div key={c}>
            <dt>{t(`case.reporter.consent.${c}`)}</dt>
            <dd>{reporter.consent[c] ? t('common.yes') : t('common.no')}</dd>
          </div>
        ))}
      </dl>
      {identity ? (
        <div className="identity">
          <h5 className="identity__title">{t('case.reporter.identity')}</h5>
          {Object.keys(identity).length === 0 ? (
            <p>{t('case.reporter.noIdentity')}</p>
          ) : (
            <dl className="facts">
              {Object.entries(identity).map(([field, value]) => (
                <div key={field}>
                  <dt>{codeName('identity', field)}</dt>
                  <dd dir="auto">{value}</dd>
                </div>
              ))}
            </dl>
          )}
        </div>
      ) : (
        <p className="notice notice--quiet">{t('case.reporter.hidden')}</p>
      )}
    </section>
  );
}
