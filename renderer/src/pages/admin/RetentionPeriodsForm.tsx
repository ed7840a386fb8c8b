// The retention period of each kind: keep forever, or a number of days or years. Checked here
// for a quick answer, and again in main.
import { type FormEvent, useState } from 'react';
import type { RetentionView } from '../../../../core/ipc/contract';
import { AUDIT_KEEP_NEWEST, MAX_RETENTION_DAYS, MIN_AUDIT_RETENTION_DAYS, RETENTION_KINDS, type RetentionKind } from '../../../../core/retention';
import { call } from '../../api/client';
import { ErrorAlert, StatusMessage } from '../../components/Messages';
import { SelectField } from '../../components/SelectField';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useAction } from '../../hooks/useAction';
import { useErrorText, useT } from '../../i18n/useT';
import { MAX_YEARS, type PeriodInput, type PeriodProblem, type PeriodUnit, toDays, toInput } from './retentionPeriod';

const ERROR_ID = 'retention-periods-error';
type Inputs = Record<RetentionKind, PeriodInput>;
type Invalid = { kind: RetentionKind; problem: PeriodProblem };

const inputsOf = (periods: RetentionView['periods']): Inputs => ({
  closedCases: toInput(periods.closedCases),
  fabricatedReports: toInput(periods.fabricatedReports),
  quarantine: toInput(periods.quarantine),
  auditEntries: toInput(periods.auditEntries),
});

function KindFields({ kind, value, onChange, invalid }: { kind: RetentionKind; value: PeriodInput; onChange: (v: PeriodInput) => void; invalid: boolean }) {
  const t = useT();
  const hint = kind === 'auditEntries' ? t('retention.hint.auditEntries', { min: MIN_AUDIT_RETENTION_DAYS, keep: AUDIT_KEEP_NEWEST }) : t(`retention.hint.${kind}`);
  const units: { value: PeriodUnit; label: string }[] = [
    { value: 'forever', label: t('retention.unit.forever') },
    { value: 'days', label: t('retention.unit.days') },
    { value: 'years', label: t('retention.unit.years') },
  ];
  return (
    <fieldset className="fieldset" aria-describedby={`retention-${kind}-hint`} aria-invalid={invalid || undefined}>
      <legend>{t(`retention.kind.${kind}`)}</legend>
      <p id={`retention-${kind}-hint`} className="field__hint">
        {hint}
      </p>
      <SelectField
        id={`retention-${kind}-unit`}
        label={t('retention.keep')}
        value={value.unit}
        options={units}
        onChange={(unit) => onChange({ unit: unit as PeriodUnit, amount: value.amount })}
      />
      {value.unit !== 'forever' && (
        <TextField
          id={`retention-${kind}-amount`}
          type="number"
          label={value.unit === 'years' ? t('retention.years') : t('retention.days')}
          value={value.amount}
          onChange={(amount) => onChange({ unit: value.unit, amount })}
          min={1}
          max={value.unit === 'years' ? MAX_YEARS : MAX_RETENTION_DAYS}
          required
          errorId={invalid ? ERROR_ID : null}
        />
      )}
    </fieldset>
  );
}

export function RetentionPeriodsForm({ initial, onSaved }: { initial: RetentionView; onSaved: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const [inputs, setInputs] = useState<Inputs>(() => inputsOf(initial.periods));
  const [invalid, setInvalid] = useState<Invalid | null>(null);
  const [saved, setSaved] = useState(false);
  const save = useAction((periods: RetentionView['periods']) => call('retention.set', { periods }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const periods: RetentionView['periods'] = { closedCases: null, fabricatedReports: null, quarantine: null, auditEntries: null };
    for (const kind of RETENTION_KINDS) {
      const out = toDays(kind, inputs[kind]);
      if ('problem' in out) {
        setInvalid({ kind, problem: out.problem });
        save.clearError();
        return;
      }
      periods[kind] = out.days;
    }
    setInvalid(null);
    const view = await save.run(periods);
    if (!view) return;
    setInputs(inputsOf(view.periods));
    setSaved(true);
    onSaved();
  }

  const problem = invalid
    ? invalid.problem === 'audit-too-short'
      ? t('retention.auditTooShort', { min: MIN_AUDIT_RETENTION_DAYS })
      : t('retention.invalid', { kind: t(`retention.kind.${invalid.kind}`), days: MAX_RETENTION_DAYS, years: MAX_YEARS })
    : null;
  const error = problem ?? (save.error ? errorText(save.error) : null);
  return (
    <form noValidate className="form form--wide panel" onSubmit={(e) => void submit(e)} aria-labelledby="retention-periods-title" aria-busy={save.busy || undefined}>
      <h3 id="retention-periods-title">{t('retention.periods')}</h3>
      <div className="form-grid">
        {RETENTION_KINDS.map((kind) => (
          <KindFields
            key={kind}
            kind={kind}
            value={inputs[kind]}
            invalid={invalid?.kind === kind}
            onChange={(value) => {
              setSaved(false);
              setInputs((current) => ({ ...current, [kind]: value }));
            }}
          />
        ))}
      </div>
      <ErrorAlert id={ERROR_ID} text={save.busy ? null : error} />
      <SubmitButton busy={save.busy} label={t('retention.save')} busyLabel={t('common.busy')} />
      <StatusMessage tone="success" text={saved ? t('retention.saved') : null} />
    </form>
  );
}
