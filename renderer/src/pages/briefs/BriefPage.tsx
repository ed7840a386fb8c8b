// One brief: what it counts (period, filter, k), its tables as they will be exported, the
// introduction, the vignettes with their redactions, and its release (leak check, approval by a
// second coordinator, export). Any change sends the brief back to draft.
import { type FormEvent, useCallback, useState } from 'react';
import type { BriefView } from '../../../../core/briefs/briefs';
import { call } from '../../api/client';
import { Badge } from '../../components/Badge';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { PageHeading } from '../../components/PageHeading';
import { SubmitButton } from '../../components/SubmitButton';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { routeHref } from '../../hooks/useHashRoute';
import { useFormatDateTime, useFormatDay } from '../../i18n/format';
import { useErrorText, useT } from '../../i18n/useT';
import { AggregateTables } from './AggregateTables';
import { BriefRelease } from './BriefRelease';
import { useBriefText } from './briefText';
import { VignetteEditor } from './VignetteEditor';

type Changed = (view: BriefView) => void;

function Introduction({ view, onChanged }: { view: BriefView; onChanged: Changed }) {
  const t = useT();
  const errorText = useErrorText();
  const [text, setText] = useState(view.introduction);
  const [saved, setSaved] = useState(false);
  const save = useAction(() => call('briefs.setIntroduction', { briefId: view.id, text }));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const next = await save.run();
    if (!next) return;
    setSaved(true);
    onChanged(next);
  }
  return (
    <form noValidate className="form form--wide panel" onSubmit={(e) => void submit(e)} aria-labelledby="brief-intro-title" aria-busy={save.busy || undefined}>
      <h2 id="brief-intro-title">{t('brief.introduction')}</h2>
      <TextAreaField id="brief-intro" label={t('brief.introductionLabel')} hint={t('brief.introductionHint')} value={text} onChange={setText} rows={5} maxLength={20_000} />
      <ErrorAlert id="brief-intro-error" text={save.error ? errorText(save.error) : null} />
      <SubmitButton busy={save.busy} label={t('brief.saveIntroduction')} busyLabel={t('common.busy')} />
      <StatusMessage tone="success" text={saved ? t('brief.introductionSaved') : null} />
    </form>
  );
}

function AddVignette({ view, onChanged }: { view: BriefView; onChanged: Changed }) {
  const t = useT();
  const errorText = useErrorText();
  const formatDay = useFormatDay();
  const [query, setQuery] = useState('');
  const search = useAction(() => call('briefs.candidates', { briefId: view.id, query }));
  const add = useAction((reportId: string) => call('briefs.addVignette', { briefId: view.id, reportId }));
  const [found, setFound] = useState<Awaited<ReturnType<typeof search.run>>>(undefined);
  const chosen = new Set(view.vignettes.map((v) => v.reportId));
  async function submit(event: FormEvent) {
    event.preventDefault();
    setFound(await search.run());
  }
  return (
    <div className="brief-add-vignette">
      <form noValidate className="form brief-redact" onSubmit={(e) => void submit(e)}>
        <TextField id="brief-candidate-query" label={t('brief.findReports')} hint={t('brief.findReportsHint')} value={query} onChange={setQuery} maxLength={200} autoComplete="off" />
        <button type="submit" className="button button--small" aria-disabled={search.busy || undefined}>
          {t('brief.search')}
        </button>
      </form>
      {found && found.length === 0 && <p>{t('brief.noCandidates')}</p>}
      {found && found.length > 0 && (
        <ul className="brief-candidates">
          {found.map((c) => (
            <li key={c.reportId}>
              <span dir="auto">{c.summary}</span> <span className="small">({c.caseNumber ?? '—'}, {formatDay(c.receivedAt.slice(0, 10))})</span>{' '}
              {chosen.has(c.reportId) ? (
                <span className="small">{t('brief.alreadyVignette')}</span>
              ) : (
                <button type="button" className="button button--small button--secondary" onClick={() => void add.run(c.reportId).then((v) => v && onChanged(v))}>
                  {t('brief.addVignette')}
                  <span className="visually-hidden"> {c.summary}</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <ErrorAlert id="brief-candidates-error" text={search.error ? errorText(search.error) : add.error ? errorText(add.error) : null} />
    </div>
  );
}

function Brief({ initial }: { initial: BriefView }) {
  const t = useT();
  const text = useBriefText();
  const formatDateTime = useFormatDateTime();
  const [view, setView] = useState(initial);
  return (
    <div className="page">
      <PageHeading title={t('brief.title', { reference: view.reference })} />
      <p>
        <a href={routeHref('briefs')}>{t('brief.back')}</a>
      </p>
      <p>
        <Badge tone={view.status === 'draft' ? 'warning' : 'success'}>{text.status(view.status)}</Badge>
      </p>
      <dl className="facts">
        <div>
          <dt>{t('brief.period')}</dt>
          <dd>{t('brief.periodValue', { from: view.from, to: view.to })}</dd>
        </div>
        <div>
          <dt>{t('brief.reports')}</dt>
          <dd>{view.reports ?? t('brief.withheld', { k: view.k })}</dd>
        </div>
        <div>
          <dt>k</dt>
          <dd>{view.k}</dd>
        </div>
        <div>
          <dt>{t('brief.madeBy')}</dt>
          <dd>{t('brief.byAt', { who: view.createdBy, at: formatDateTime(view.createdAt) })}</dd>
        </div>
        <div>
          <dt>{t('brief.changedBy')}</dt>
          <dd>{t('brief.byAt', { who: view.updatedBy, at: formatDateTime(view.updatedAt) })}</dd>
        </div>
      </dl>
      <section className="panel" aria-labelledby="brief-tables-title">
        <h2 id="brief-tables-title">{t('brief.tables')}</h2>
        <AggregateTables aggregates={view.aggregates} />
      </section>
      <Introduction view={view} onChanged={setView} />
      <section className="panel" aria-labelledby="brief-vignettes-title">
        <h2 id="brief-vignettes-title">{t('brief.vignettes')}</h2>
        <p>{t('brief.vignettesIntro')}</p>
        {view.vignettes.length > 0 && (
          <ol className="brief-vignettes">
            {view.vignettes.map((v, i) => (
              <VignetteEditor key={v.position} briefId={view.id} number={i + 1} vignette={v} onChanged={setView} />
            ))}
          </ol>
        )}
        <AddVignette view={view} onChanged={setView} />
      </section>
      <BriefRelease key={view.contentHash} view={view} onChanged={setView} />
    </div>
  );
}

export function BriefPage({ briefId }: { briefId: number }) {
  const t = useT();
  const errorText = useErrorText();
  const load = useCallback(() => call('briefs.get', { briefId }), [briefId]);
  const { data, error } = useLoad(load);
  if (data) return <Brief initial={data} />;
  return (
    <div className="page">
      <PageHeading title={t('section.briefs')} />
      <ErrorAlert id="brief-load-error" text={error ? errorText(error) : null} />
      {!error && <p role="status">{t('common.busy')}</p>}
    </div>
  );
}
