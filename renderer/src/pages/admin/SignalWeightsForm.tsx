// The weights of the authenticity signals (0–100): how much each signal counts in a report's
// review score. Defaults in core/review/signals.ts; an admin may change them.
import { type FormEvent, useState } from 'react';
import { DEFAULT_SIGNAL_WEIGHTS, MAX_SIGNAL_WEIGHT, SIGNAL_KINDS, type SignalKind } from '../../../../core/review/signals';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useLoad } from '../../hooks/useLoad';
import { useErrorText, useT } from '../../i18n/useT';
import { useSignalLabel } from '../review/signalText';

const ERROR_ID = 'weights-error';
const loadWeights = () => call('review.weights', {});

function WeightsForm({ initial }: { initial: Record<SignalKind, number> }) {
  const t = useT();
  const errorText = useErrorText();
  const signalLabel = useSignalLabel();
  const [values, setValues] = useState<Record<SignalKind, string>>(() => Object.fromEntries(SIGNAL_KINDS.map((k) => [k, String(initial[k])])) as Record<SignalKind, string>);
  const [invalid, setInvalid] = useState<SignalKind[]>([]);
  const [saved, setSaved] = useState(false);
  const save = useAction((weights: Record<SignalKind, number>) => call('review.setWeights', weights));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const bad = SIGNAL_KINDS.filter((k) => {
      const n = Number(values[k].trim());
      return values[k].trim() === '' || !Number.isInteger(n) || n < 0 || n > MAX_SIGNAL_WEIGHT;
    });
    setInvalid(bad);
    if (bad.length > 0) {
      save.clearError();
      return;
    }
    const next = await save.run(Object.fromEntries(SIGNAL_KINDS.map((k) => [k, Number(values[k])])) as Record<SignalKind, number>);
    if (next) setSaved(true);
  }

  const error = invalid.length > 0 ? t('weights.invalid', { max: MAX_SIGNAL_WEIGHT }) : save.error ? errorText(save.error) : null;
  return (
    <form noValidate onSubmit={(e) => void submit(e)} aria-busy={save.busy || undefined} className="form" aria-labelledby="weights-title">
      <h3 id="weights-title">{t('weights.title')}</h3>
      <p>{t('weights.intro', { max: MAX_SIGNAL_WEIGHT })}</p>
      <div className="form-grid">
        {SIGNAL_KINDS.map((k) => (
          <TextField
            key={k}
            id={`weight-${k}`}
            type="number"
            label={signalLabel(k)}
            hint={t('weights.default', { weight: DEFAULT_SIGNAL_WEIGHTS[k] })}
            value={values[k]}
            onChange={(v) => setValues({ ...values, [k]: v })}
            min={0}
            max={MAX_SIGNAL_WEIGHT}
            errorId={invalid.includes(k) ? ERROR_ID : null}
          />
        ))}
      </div>
      <ErrorAlert id={ERROR_ID} text={error} />
      <SubmitButton busy={save.busy} label={t('weights.save')} busyLabel={t('common.busy')} />
      <StatusMessage tone="success" text={saved ? t('weights.saved') : null} />
    </form>
  );
}

export function SignalWeightsForm() {
  const errorText = useErrorText();
  const weights = useLoad(loadWeights);
  return (
    <>
      <ErrorAlert id="weights-load-error" text={weights.error ? errorText(weights.error) : null} />
      {weights.data && <WeightsForm initial={weights.data} />}
    </>
  );
}
