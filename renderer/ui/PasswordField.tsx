// A labelled passphrase input; shown as dots unless the form's "show" box is ticked.
import type { Ref } from 'react';
import { describedBy as joinIds } from './ids.js';

interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  revealed: boolean;
  autoComplete: 'current-password' | 'new-password';
  /** A line under the label saying which passphrase is meant, when the label alone cannot. */
  hint?: string | undefined;
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
}

export function PasswordField(props: PasswordFieldProps) {
  const { id, label, value, onChange, revealed, autoComplete, hint, describedBy, invalid, inputRef } = props;
  const hintId = `${id}-hint`;
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
        ref={inputRef}
        className="input"
        type={revealed ? 'text' : 'password'}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete={autoComplete}
        // Never send a passphrase to a spell checker or let the system "correct" it.
        spellCheck={false}
        autoCapitalize="off"
        autoCorrect="off"
        aria-describedby={joinIds(hint && hintId, describedBy)}
        aria-invalid={invalid ? true : undefined}
      />
    </div>
  );
}
