// A labelled multi-line input with an optional hint; an error id makes it invalid and describes it.
import { describedBy } from './ids';

type Props = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  errorId?: string | null;
  rows?: number;
  required?: boolean;
  /** Code or keys: no spelling correction, monospace. */
  plain?: boolean;
  autoFocus?: boolean;
  maxLength?: number;
};

export function TextAreaField({ id, label, value, onChange, hint, errorId, rows = 3, required, plain, autoFocus, maxLength }: Props) {
  const hintId = hint ? `${id}-hint` : null;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId ?? undefined} className="field__hint">
          {hint}
        </p>
      )}
      <textarea
        id={id}
        value={value}
        rows={rows}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        autoFocus={autoFocus}
        maxLength={maxLength}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        className={plain ? 'textarea--plain' : undefined}
        {...(plain ? { spellCheck: false, autoCapitalize: 'none', autoCorrect: 'off' } : {})}
      />
    </div>
  );
}
