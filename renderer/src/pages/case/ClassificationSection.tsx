// Classification: categories, the country of concern (ISO code) and free tags.
import { type FormEvent, useState } from 'react';
import { CATEGORIES } from '../../../../core/bundle/categories';
import { call } from '../../api/client';
import { CheckboxField } from '../../components/CheckboxField';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useCodeName } from '../../i18n/codes';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';
import { ControlGroup } from './ControlGroup';
import { Panel } from './Panel';

const ERROR_ID = 'classification-error';
type Input = { categories: string[]; country: string | null; tags: string[] };

function parseTags(text: string): string[] {
  return [...new Set(text.split(',').map((s) => s.trim()).filter((s) => s.length > 0))];
}

function ClassificationForm({ categories, country, tags }: Input) {
  const t = useT();
  const errorText = useErrorText();
  const codeName = useCodeName();
  const { detail } = useCase();
  const [chosen, setChosen] = useState<string[]>(categories);
  const [countryText, setCountryText] = useState(country ?? '');
  const [tagText, setTagText] = useState(tags.join(', '));
  const [problem, setProblem] = useState<'country' | 'tags' | null>(null);
  const [done, setDone] = useState(false);
  const change = useCaseChange((input: Input) => call('cases.setClassification', { caseId: detail.id, ...input }));
  // Categories from intake that are not in today's list stay choosable.
  const all = [...CATEGORIES, ...categories.filter((c) => !(CATEGORIES as readonly string[]).includes(c))];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setDone(false);
    const c = countryText.trim().toUpperCase();
    const list = parseTags(tagText);
    const p = c !== '' && !/^[A-Z]{2}$/.test(c) ? 'country' : list.length > 30 || list.some((x) => x.length > 50) ? 'tags' : null;
    setProblem(p);
    if (p) {
      change.clearError();
      return;
    }
    if (await change.run({ categories: all.filter((x) => chosen.includes(x)), country: c === '' ? null : c, tags: list })) setDone(true);
  }

  const error = problem === 'country' ? t('filters.countryInvalid') : problem === 'tags' ? t('case.classification.tagsInvalid') : change.error ? errorText(change.error) : null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} className="form form--wide" aria-busy={change.busy || undefined}>
      <ControlGroup legend={t('case.classification.title')}>
        <fieldset className="fieldset fieldset--columns">
          <legend>{t('cases.col.categories')}</legend>
          {all.map((c) => (
            <CheckboxField
              key={c}
              id={`class-${c}`}
              label={codeName('category', c)}
              checked={chosen.includes(c)}
              onChange={(on) => setChosen((list) => (on ? [...list, c] : list.filter((x) => x !== c)))}
            />
          ))}
        </fieldset>
        <TextField
          id="class-country"
          label={t('filters.country')}
          hint={t('filters.countryHint')}
          value={countryText}
          onChange={setCountryText}
          maxLength={2}
          autoComplete="off"
          plain
          errorId={problem === 'country' ? ERROR_ID : null}
          className="field--short"
        />
        <TextField
          id="class-tags"
          label={t('case.classification.tags')}
          hint={t('case.classification.tagsHint')}
          value={tagText}
          onChange={setTagText}
          autoComplete="off"
          errorId={problem === 'tags' || (problem === null && change.error) ? ERROR_ID : null}
        />
        <ErrorAlert id={ERROR_ID} text={change.busy ? null : error} />
        <SubmitButton busy={change.busy} label={t('case.classification.save')} busyLabel={t('common.busy')} />
      </ControlGroup>
      <StatusMessage tone="success" text={done ? t('case.classification.saved') : null} />
    </form>
  );
}

export function ClassificationSection() {
  const t = useT();
  const { detail } = useCase();
  return (
    <Panel id="classification" level={2} title={t('case.classification.title')}>
      <ClassificationForm categories={detail.categories} country={detail.country} tags={detail.tags} />
    </Panel>
  );
}
