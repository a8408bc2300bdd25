// One input of a repeatable row (a financier, a reference, a learning): its label names the row too, so "Name, Financier 2" is read out.
import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldShell, fieldAria } from './FieldShell.js';

/** A field's label followed by the row's name, which only screen readers read. */
export function RowLabel({ label, row }: { label: string; row: string }) {
  return (
    <>
      {label}
      <span className="visually-hidden">, {row}</span>
    </>
  );
}

interface RowFieldProps {
  id: string;
  label: string;
  /** The row's own name, e.g. "Financier 2", read after the label. */
  row: string;
  hint?: string | null | undefined;
  error: string | undefined;
  registration: UseFormRegisterReturn;
  type?: 'text' | 'url';
  /** Lines of a multi-line text box; a single-line input when absent. */
  rows?: number | undefined;
  maxLength: number;
}

export function RowField({ id, label, row, hint, error, registration, type = 'text', rows, maxLength }: RowFieldProps) {
  return (
    <FieldShell id={id} label={<RowLabel label={label} row={row} />} hint={hint} error={error}>
      {rows === undefined ? (
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
      ) : (
        <textarea id={id} className="input" rows={rows} maxLength={maxLength} {...registration} {...fieldAria(id, hint, error)} />
      )}
    </FieldShell>
  );
}
