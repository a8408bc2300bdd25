// A labelled passphrase input; shown as dots unless the form's "show" box is ticked.
import type { Ref } from 'react';

interface PasswordFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  revealed: boolean;
  autoComplete: 'current-password' | 'new-password';
  describedBy?: string | undefined;
  invalid?: boolean | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
}

export function PasswordField(props: PasswordFieldProps) {
  const { id, label, value, onChange, revealed, autoComplete, describedBy, invalid, inputRef } = props;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
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
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
      />
    </div>
  );
}
