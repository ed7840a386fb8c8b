// One report's review: the report without the reporter's identity, its signals in words with
// their weights and the reports they name, the attachments' forensics, and the verdicts — give
// one with a rationale, or confirm or reject a "fabricated" one as the second reviewer.
import { type FormEvent, useCallback, useState } from 'react';
import type { ReviewCluster, ReviewReport } from '../../../../core/review/types';
import { VERDICTS, type Verdict, isVerdict } from '../../../../core/review/verdicts';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { PageHeading } from '../../components/PageHeading';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { useAction } from '../../hooks/useAction';
import { routeHref } from '../../hooks/useHashRoute';
import { useLoad } from '../../hooks/useLoad';
import { useFormatDateTime } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { useSession } from '../../session';
import { useSignalLabel, useSignalText } from './signalText';

const VERDICT_ERROR = 'verdict-error';

export function ReviewPage({ reportId }: { reportId: string }) {
  const t = useT();
  const errorText = useErrorText();
  const load = useCallback(() => call('review.report', { reportId }), [reportId]);
  const loaded = useLoad(load);
  const [data, setData] = useState<ReviewReport | null>(null);
  const r = data ?? loaded.data;
  return (
    <div className="page">
      <p>
        <a href={routeHref('review')}>{t('review.back')}</a>
      </p>
      <ErrorAlert id="review-load-error" text={loaded.error ? errorText(loaded.error) : null} />
      {r && (
        <>
          <PageHeading title={t('review.page.title', { case: r.caseNumber })} />
          <p>{t('review.page.score', { score: r.score })}</p>
          <ReportText review={r} />
          <ProvenancePanel review={r} />
          <Signals review={r} />
          <Passages review={r} />
          <Forensics review={r} />
          <Verdicts review={r} onChange={setData} />
          <Cluster key={r.verdicts.length} reportId={reportId} onJudged={() => void load().then(setData)} />
        </>
      )}
    </div>
  );
}

function ReportText({ review }: { review: ReviewReport }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const { report } = review;
  return (
    <section aria-labelledby="review-report-title" className="panel">
      <h2 id="review-report-title">{t('review.page.report')}</h2>
      <p className="small">
        {t('review.page.meta', { received: formatDateTime(report.receivedAt), channel: report.channel, pseudonym: report.reporter.pseudonym })}
      </p>
      <h3 dir="auto">{report.summary}</h3>
      <p dir="auto" className="narrative">
        {report.narrative}
      </p>
    </section>
  );
}

function ProvenancePanel({ review }: { review: ReviewReport }) {
  const t = useT();
  const formatDateTime = useFormatDateTime();
  const p = review.provenance;
  return (
    <section aria-labelledby="review-provenance-title" className="panel">
      <h2 id="review-provenance-title">{t('review.provenance.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('review.provenance.station')}</dt>
          <dd>
            {p.station ?? '—'} ({p.keyId}){p.keyRevoked && <> — {t('review.provenance.revoked')}</>}
          </dd>
        </div>
        <div>
          <dt>{t('review.provenance.bundleCreated')}</dt>
          <dd>{formatDateTime(p.bundleCreatedAt)}</dd>
        </div>
        <div>
          <dt>{t('review.provenance.imported')}</dt>
          <dd>{formatDateTime(p.importedAt)}</dd>
        </div>
        <div>
          <dt>{t('review.provenance.deliveries')}</dt>
          <dd>{p.deliveries}</dd>
        </div>
      </dl>
    </section>
  );
}

/** The passages this narrative shares with its closest near-duplicates, side by side. */
function Passages({ review }: { review: ReviewReport }) {
  const t = useT();
  if (review.passages.length === 0) return null;
  return (
    <section aria-labelledby="review-passages-title" className="panel">
      <h2 id="review-passages-title">{t('review.passages.title')}</h2>
      {review.passages.map((p) => (
        <div className="table-wrap" key={p.reportId}>
          <table className="table table--passages">
            <caption>{t('review.passages.caption', { case: p.caseNumber, similarity: p.similarity })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('review.passages.here')}</th>
                <th scope="col">{t('review.passages.there', { case: p.caseNumber })}</th>
              </tr>
            </thead>
            <tbody>
              {p.passages.map((x, i) => (
                <tr key={i}>
                  <td dir="auto">{x.here}</td>
                  <td dir="auto">{x.there}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </section>
  );
}

function factText(value: string | number | boolean | null): string {
  return value === null ? '—' : String(value);
}

function Signals({ review }: { review: ReviewReport }) {
  const t = useT();
  const signalText = useSignalText();
  const signalLabel = useSignalLabel();
  const byId = new Map(review.related.map((x) => [x.reportId, x]));
  return (
    <section aria-labelledby="review-signals-title" className="panel">
      <h2 id="review-signals-title">{t('review.page.signals')}</h2>
      {review.signals.length === 0 ? (
        <p>{t('review.noSignals')}</p>
      ) : (
        <ul className="signals">
          {review.signals.map((s) => (
            <li key={s.kind}>
              <h3>
                {signalLabel(s.kind)} <span className="small">{t('review.page.points', { points: Math.round(s.strength * s.weight * 10) / 10, weight: s.weight })}</span>
              </h3>
              <p>{signalText(s.kind)}</p>
              {Object.keys(s.facts).length > 0 && (
                <dl className="facts">
                  {Object.entries(s.facts).map(([k, v]) => (
                    <div key={k}>
                      <dt>{k}</dt>
                      <dd>{factText(v)}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {s.related.length > 0 && (
                <p>
                  {t('review.page.related')}{' '}
                  {s.related.map((id, i) => (
                    <span key={id}>
                      {i > 0 && ', '}
                      <a href={routeHref(`review/${id}`)}>{byId.get(id)?.caseNumber ?? id}</a>
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Forensics({ review }: { review: ReviewReport }) {
  const t = useT();
  if (review.forensics.length === 0) return null;
  return (
    <section aria-labelledby="review-forensics-title" className="panel">
      <h2 id="review-forensics-title">{t('review.page.forensics')}</h2>
      <div className="table-wrap">
        <table className="table">
          <caption>{t('review.forensics.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('review.forensics.file')}</th>
              <th scope="col">{t('review.forensics.declared')}</th>
              <th scope="col">{t('review.forensics.real')}</th>
              <th scope="col">{t('review.forensics.dangers')}</th>
              <th scope="col">{t('review.forensics.exif')}</th>
            </tr>
          </thead>
          <tbody>
            {review.forensics.map((f) => (
              <tr key={f.position}>
                <td dir="auto">{f.filename}</td>
                <td>{f.declaredType}</td>
                <td>{f.realType ?? '—'}</td>
                <td>{f.dangers.length === 0 ? t('review.forensics.none') : f.dangers.join(', ')}</td>
                <td>
                  {f.exif
                    ? [f.exif.takenAt, f.exif.software, [f.exif.make, f.exif.model].filter(Boolean).join(' '), f.exif.gps ? t('review.forensics.gps') : null].filter(Boolean).join(' · ')
                    : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** A choice of verdict, in words. */
function VerdictSelect({ id, label, value, onChange, hint }: { id: string; label: string; value: Verdict; onChange: (v: Verdict) => void; hint?: string }) {
  const t = useT();
  return (
    <SelectField
      id={id}
      label={label}
      value={value}
      onChange={(v) => {
        if (isVerdict(v)) onChange(v);
      }}
      options={VERDICTS.map((v) => ({ value: v, label: t(`verdict.${v}`) }))}
      {...(hint ? { hint } : {})}
    />
  );
}

/** The reports linked to this one by shared signals, with a form to judge them all at once. */
function Cluster({ reportId, onJudged }: { reportId: string; onJudged: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const loadCluster = useCallback(() => call('review.cluster', { reportId }), [reportId]);
  const loaded = useLoad(loadCluster);
  const [data, setData] = useState<ReviewCluster | null>(null);
  const [verdict, setVerdict] = useState<Verdict>('suspicious');
  const [rationale, setRationale] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const judge = useAction((ids: string[], v: Verdict, text: string) => call('review.setVerdicts', { reportIds: ids, verdict: v, rationale: text }));
  const c = data ?? loaded.data;
  if (!c || c.reports.length < 2) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!c) return;
    setDone(null);
    const next = await judge.run(c.reports.map((x) => x.reportId), verdict, rationale);
    if (next) {
      setData(next);
      setRationale('');
      setDone(t('review.cluster.judged', { count: next.reports.length }));
      onJudged();
    }
  }

  return (
    <section aria-labelledby="review-cluster-title" className="panel">
      <h2 id="review-cluster-title">{t('review.cluster.title', { count: c.reports.length })}</h2>
      <p>{c.truncated ? t('review.cluster.truncated') : t('review.cluster.intro')}</p>
      <ul>
        {c.reports.map((x) => (
          <li key={x.reportId}>
            {x.reportId === reportId ? <strong>{x.caseNumber}</strong> : <a href={routeHref(`review/${x.reportId}`)}>{x.caseNumber}</a>} · {t('review.page.score', { score: x.score })}{' '}
            {x.verdict ? t(`verdict.${x.verdict}`) : t('review.noVerdict')}
            {x.pending && <> {t('review.pendingShort', { verdict: t(`verdict.${x.pending}`) })}</>} · <span dir="auto">{x.summary}</span>
          </li>
        ))}
      </ul>
      <form noValidate onSubmit={(e) => void submit(e)} className="form" aria-busy={judge.busy || undefined}>
        <VerdictSelect id="cluster-verdict" label={t('review.cluster.verdict')} value={verdict} onChange={setVerdict} />
        <TextAreaField id="cluster-rationale" label={t('review.verdict.rationale')} value={rationale} onChange={setRationale} rows={3} maxLength={5000} errorId={judge.error ? 'cluster-error' : null} />
        <ErrorAlert id="cluster-error" text={judge.error ? errorText(judge.error) : null} />
        <SubmitButton busy={judge.busy} label={t('review.cluster.submit', { count: c.reports.length })} busyLabel={t('common.busy')} />
      </form>
      <StatusMessage tone="success" text={done} />
    </section>
  );
}

function Verdicts({ review, onChange }: { review: ReviewReport; onChange: (r: ReviewReport) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const formatDateTime = useFormatDateTime();
  const { session } = useSession();
  const [verdict, setVerdict] = useState<Verdict>('inconclusive');
  const [rationale, setRationale] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const give = useAction((v: Verdict, text: string) => call('review.setVerdict', { reportId: review.report.reportId, verdict: v, rationale: text }));
  const decide = useAction((verdictId: number, confirm: boolean) => call('review.decide', { verdictId, confirm }));
  const pending = review.verdicts.find((v) => v.state === 'pending');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const next = await give.run(verdict, rationale);
    if (next) {
      onChange(next);
      setRationale('');
      setDone(verdict === 'fabricated' ? t('review.verdict.proposed') : t('review.verdict.given', { verdict: t(`verdict.${verdict}`) }));
    }
  }

  async function settle(id: number, confirm: boolean) {
    setDone(null);
    const next = await decide.run(id, confirm);
    if (next) {
      onChange(next);
      setDone(confirm ? t('review.verdict.confirmed') : t('review.verdict.rejected'));
    }
  }

  const error = give.error ?? decide.error;
  return (
    <section aria-labelledby="review-verdicts-title" className="panel">
      <h2 id="review-verdicts-title">{t('review.page.verdicts')}</h2>
      {pending && (
        <div className="notice">
          <p>{t('review.verdict.pending', { verdict: t(`verdict.${pending.verdict}`), by: pending.by })}</p>
          <p dir="auto">{pending.rationale}</p>
          {pending.by !== session.username ? (
            <div className="toolbar">
              <button type="button" className="button button--primary" onClick={() => void settle(pending.id, true)}>
                {t('review.verdict.confirm')}
              </button>
              <button type="button" className="button" onClick={() => void settle(pending.id, false)}>
                {t('review.verdict.reject')}
              </button>
            </div>
          ) : (
            <p>{t('review.verdict.waitsForOther')}</p>
          )}
        </div>
      )}
      <form noValidate onSubmit={(e) => void submit(e)} className="form" aria-busy={give.busy || undefined}>
        <VerdictSelect id="verdict" label={t('review.verdict.label')} value={verdict} onChange={setVerdict} hint={t('review.verdict.hint')} />
        <TextAreaField id="verdict-rationale" label={t('review.verdict.rationale')} value={rationale} onChange={setRationale} rows={4} maxLength={5000} errorId={error ? VERDICT_ERROR : null} />
        <ErrorAlert id={VERDICT_ERROR} text={error ? errorText(error) : null} />
        <SubmitButton busy={give.busy} label={t('review.verdict.submit')} busyLabel={t('common.busy')} />
      </form>
      <StatusMessage tone="success" text={done} />
      {review.verdicts.length > 0 && (
        <>
          <h3>{t('review.verdict.history')}</h3>
          <ol className="verdicts">
            {review.verdicts.map((v) => (
              <li key={v.id}>
                <strong>{t(`verdict.${v.verdict}`)}</strong> — {t(`verdictState.${v.state}`)} · {v.by} · {formatDateTime(v.at)}
                {v.decidedBy && <> · {t('review.verdict.decidedBy', { by: v.decidedBy })}</>}
                <p dir="auto">{v.rationale}</p>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
