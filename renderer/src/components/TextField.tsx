// A labelled input with an optional hint; an error id makes it invalid and describes it.
import type { Ref } from 'react';
import { describedBy } from './ids';

export type TextFieldProps = {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'password' | 'number' | 'date' | 'datetime-local';
  hint?: string;
  errorId?: string | null;
  autoComplete?: string;
  required?: boolean;
  min?: number;
  max?: number;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
  plain?: boolean;
  maxLength?: number;
  /** Extra class on the field (e.g. a narrow one). */
  className?: string;
};

export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, type = 'text', hint, errorId, autoComplete, required, min, max, inputRef, autoFocus, plain, maxLength, className } =
    props;
  const hintId = hint ? `${id}-hint` : null;
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId ?? undefined} className="field__hint">
          {hint}
        </p>
      )}
      <input
        ref={inputRef}
        id={id}
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        required={required}
        min={min}
        max={max}
        autoFocus={autoFocus}
        maxLength={maxLength}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={describedBy(hintId, errorId)}
        {...(plain ? { spellCheck: false, autoCapitalize: 'none', autoCorrect: 'off' } : {})}
      />
    </div>
  );
}
