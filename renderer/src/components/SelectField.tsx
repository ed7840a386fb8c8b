// A labelled drop-down with an optional hint; an error id makes it invalid and describes it.
import { describedBy } from './ids';

export type Option = { value: string; label: string };

type Props = {
  id: string;
  label: string;
  value: string;
  options: readonly Option[];
  onChange: (value: string) => void;
  hint?: string;
  errorId?: string | null;
  required?: boolean;
  className?: string;
};

export function SelectField({ id, label, value, options, onChange, hint, errorId, required, className }: Props) {
  const hintId = hint ? `${id}-hint` : null;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId ?? undefined} className="field__hint">
          {hint}
        </p>
      )}
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        required={required}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
