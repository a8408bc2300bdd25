// One input of a repeatable row (a financier, a reference): its label names the row too, so "Name, Financier 2" is read out.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, fieldAria } from '../roster/FormBits.js';

interface RowFieldProps {
  id: string;
  label: string;
  /** The row's own name, e.g. "Financier 2", read after the label. */
  row: string;
  hint?: string | null | undefined;
  error: string | undefined;
  registration: UseFormRegisterReturn;
  type?: 'text' | 'url';
  maxLength: number;
}

export function RowField({ id, label, row, hint, error, registration, type = 'text', maxLength }: RowFieldProps) {
  return (
    <div className="field">
      <label htmlFor={id}>
        {label}
        <span className="visually-hidden">, {row}</span>
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      <input
        id={id}
        className="input"
        type={type}
        autoComplete="off"
        spellCheck={false}
        maxLength={maxLength}
        {...registration}
        {...fieldAria(id, hint, error)}
      />
      <FieldError id={id} error={error} />
    </div>
  );
}
