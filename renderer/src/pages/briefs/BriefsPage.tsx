// The 'briefs' section's first page: the briefs made so far, a new one for a period (and
// optionally categories and countries), and the age recipients briefs are encrypted to.
import { type FormEvent, useState } from 'react';
import { DEFAULT_K, MAX_K, MIN_K } from '../../../../core/briefs/briefs';
import { CATEGORIES } from '../../../../core/bundle/categories';
import { call } from '../../api/client';
import { Badge } from '../../components/Badge';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert } from '../../components/Messages';
import { PageHeading } from '../../components/PageHeading';
import { RecipientListForm } from '../../components/RecipientListForm';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { routeHref } from '../../hooks/useHashRoute';
import { useLoad } from '../../hooks/useLoad';
import { useCodeName } from '../../i18n/codes';
import { useErrorText, useT } from '../../i18n/useT';
import { useBriefText } from './briefText';

const loadBriefs = () => call('briefs.list', {});
const loadRecipients = () => call('briefs.recipients', {});
const saveRecipients = (recipients: string[]) => call('briefs.setRecipients', { recipients });
const ERROR_ID = 'brief-new-error';

function NewBrief() {
  const t = useT();
  const errorText = useErrorText();
  const codeName = useCodeName();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [k, setK] = useState(String(DEFAULT_K));
  const [categories, setCategories] = useState<string[]>([]);
  const [countries, setCountries] = useState('');
  const [invalid, setInvalid] = useState<string | null>(null);
  const create = useAction(() =>
    call('briefs.create', {
      from,
      to,
      k: Number(k),
      filter: { categories, countries: countries.split(/[\s,]+/).filter(Boolean).map((c) => c.toUpperCase()) },
    }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    const kNumber = Number(k);
    const problem =
      from === '' || to === '' ? t('brief.periodRequired') : !Number.isInteger(kNumber) || kNumber < MIN_K || kNumber > MAX_K ? t('brief.kInvalid', { min: MIN_K, max: MAX_K }) : null;
    setInvalid(problem);
    if (problem) return;
    const view = await create.run();
    if (view) window.location.hash = routeHref(`briefs/${view.id}`);
  }
  const error = invalid ?? (create.error ? errorText(create.error) : null);
  return (
    <form noValidate className="form form--wide panel" onSubmit={(e) => void submit(e)} aria-labelledby="brief-new-title" aria-busy={create.busy || undefined}>
      <h2 id="brief-new-title">{t('brief.new')}</h2>
      <p>{t('brief.newIntro')}</p>
      <div className="form-grid">
        <TextField id="brief-from" type="date" label={t('brief.from')} value={from} onChange={setFrom} required errorId={invalid && from === '' ? ERROR_ID : null} />
        <TextField id="brief-to" type="date" label={t('brief.to')} value={to} onChange={setTo} required errorId={invalid && to === '' ? ERROR_ID : null} />
        <TextField id="brief-k" type="number" min={MIN_K} max={MAX_K} label={t('brief.kLabel')} hint={t('brief.kHint')} value={k} onChange={setK} />
      </div>
      <fieldset className="fieldset fieldset--columns">
        <legend>{t('brief.categories')}</legend>
        {CATEGORIES.map((c) => (
          <CheckboxField
            key={c}
            id={`brief-category-${c}`}
            label={codeName('category', c)}
            checked={categories.includes(c)}
            onChange={(on) => setCategories((now) => (on ? [...now, c] : now.filter((x) => x !== c)))}
          />
        ))}
      </fieldset>
      <TextField id="brief-countries" label={t('brief.countries')} hint={t('brief.countriesHint')} value={countries} onChange={setCountries} autoComplete="off" />
      <ErrorAlert id={ERROR_ID} text={create.busy ? null : error} />
      <SubmitButton busy={create.busy} label={t('brief.create')} busyLabel={t('common.busy')} />
    </form>
  );
}

export function BriefsPage() {
  const t = useT();
  const errorText = useErrorText();
  const text = useBriefText();
  const briefs = useLoad(loadBriefs);
  return (
    <div className="page">
      <PageHeading title={t('section.briefs')} />
      <p>{t('brief.sectionIntro')}</p>
      <ErrorAlert id="briefs-error" text={briefs.error ? errorText(briefs.error) : null} />
      {briefs.data && briefs.data.length === 0 && <p>{t('brief.none')}</p>}
      {briefs.data && briefs.data.length > 0 && (
        <div className="table-wrap">
          <table className="table">
            <caption>{t('brief.caption', { count: briefs.data.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('brief.reference')}</th>
                <th scope="col">{t('brief.period')}</th>
                <th scope="col">{t('brief.reports')}</th>
                <th scope="col">{t('brief.statusLabel')}</th>
              </tr>
            </thead>
            <tbody>
              {briefs.data.map((b) => (
                <tr key={b.id}>
                  <th scope="row">
                    <a href={routeHref(`briefs/${b.id}`)}>{b.reference}</a>
                  </th>
                  <td>{t('brief.periodValue', { from: b.from, to: b.to })}</td>
                  <td>{b.reports ?? t('brief.withheld', { k: b.k })}</td>
                  <td>
                    <Badge tone={b.status === 'draft' ? 'warning' : 'success'}>{text.status(b.status)}</Badge>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewBrief />
      <RecipientListForm id="brief-recipients" title={t('brief.recipients')} hint={t('brief.recipientsHint')} load={loadRecipients} save={saveRecipients} headingLevel={2} />
    </div>
  );
}
