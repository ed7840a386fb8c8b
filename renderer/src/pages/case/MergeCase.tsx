// Merge another case into this one: all its reports come here, and the other case stays only as a
// pointer to this one. Asks for confirmation first; a merged report can be split back out later.
import { type FormEvent, useState } from 'react';
import { call } from '../../api/client';
import { ConfirmStep } from '../../components/ConfirmStep';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFocusReturn } from '../../hooks/useFocusReturn';
import { useErrorText, useT } from '../../i18n/useT';
import { useCase, useCaseChange } from './caseContext';
import { ControlGroup } from './ControlGroup';
import { CASE_NUMBER, normaliseNumber } from './caseNumber';

const ERROR_ID = 'merge-error';

export function MergeCase() {
  const t = useT();
  const errorText = useErrorText();
  const { detail } = useCase();
  const [number, setNumber] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [fieldRef, focusField] = useFocusReturn<HTMLInputElement>();
  const merge = useCaseChange((from: string) => call('cases.merge', { intoId: detail.id, fromNumber: from }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setDone(null);
    const n = normaliseNumber(number);
    const bad = !CASE_NUMBER.test(n) || n === detail.number;
    setInvalid(bad);
    merge.clearError();
    if (!bad) setConfirming(n);
  }

  function backToField() {
    setConfirming(null);
    focusField();
  }

  async function confirm(from: string) {
    const next = await merge.run(from);
    backToField();
    if (next) {
      setNumber('');
      setDone(t('case.merge.done', { from, into: next.number }));
    }
  }

  const error = invalid ? t('case.merge.numberInvalid') : merge.error ? errorText(merge.error) : null;
  return (
    <section aria-labelledby="merge-title">
      <h3 id="merge-title">{t('case.merge.title')}</h3>
      <p>{t('case.merge.text', { number: detail.number })}</p>
      {confirming ? (
        <ConfirmStep
          id="merge"
          question={t('case.merge.question', { from: confirming, into: detail.number })}
          confirmLabel={t('case.merge.confirm')}
          busy={merge.busy}
          onConfirm={() => void confirm(confirming)}
          onCancel={backToField}
        />
      ) : (
        <form noValidate onSubmit={submit} className="form">
          <ControlGroup legend={t('case.merge.title')}>
            <TextField
              id="merge-number"
              inputRef={fieldRef}
              label={t('case.merge.number')}
              hint={t('case.links.numberHint')}
              value={number}
              onChange={setNumber}
              autoComplete="off"
              plain
              maxLength={20}
              errorId={error ? ERROR_ID : null}
            />
            <ErrorAlert id={ERROR_ID} text={merge.busy ? null : error} />
            <SubmitButton busy={merge.busy} label={t('case.merge.submit')} busyLabel={t('common.busy')} />
          </ControlGroup>
        </form>
      )}
      <StatusMessage tone="success" text={done} />
    </section>
  );
}
