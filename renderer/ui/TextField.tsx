// A labelled single-line text input with optional hint and error lines tied to it for screen readers.
import { describedBy } from './ids.js';

interface TextFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string | null | undefined;
  error?: string | null | undefined;
  /** Extra class for the input, e.g. a monospace style for recovery key characters. */
  inputClassName?: string | undefined;
  maxLength?: number | undefined;
  /** A message elsewhere on the form that is about this field, e.g. a form-level error. */
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
}

export function TextField(props: TextFieldProps) {
  const { id, label, value, onChange, hint, error, inputClassName, maxLength, describedBy: also, invalid } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        className={inputClassName ? `input ${inputClassName}` : 'input'}
        type="text"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        maxLength={maxLength}
        // Recovery key text is a secret too: no autofill history, spell checker or autocorrection.
        autoComplete="off"
        spellCheck={false}
        autoCapitalize="characters"
        autoCorrect="off"
        aria-describedby={describedBy(hint && hintId, error && errorId, also)}
        aria-invalid={error || invalid ? true : undefined}
      />
      <div id={errorId} aria-live="polite" className="live-region">
        {error ? <p className="field-error">{error}</p> : null}
      </div>
    </div>
  );
}
