// Small pieces of the collaborator form: a labelled field shell with hint and error, and a fieldset of checkboxes.
import type { ReactNode } from 'react';
import { describedBy } from '../../ui/ids.js';

/** The ids an input points at for its hint and error, so screen readers read them with it. */
export function fieldAria(id: string, hint: string | null | undefined, error: string | null | undefined) {
  return {
    'aria-describedby': describedBy(hint && `${id}-hint`, error && `${id}-error`),
    'aria-invalid': error ? true : undefined,
  } as const;
}

export function FieldError({ id, error }: { id: string; error: string | null | undefined }) {
  return (
    <div id={`${id}-error`} className="live-region" aria-live="polite">
      {error ? <p className="field-error">{error}</p> : null}
    </div>
  );
}

interface FieldShellProps {
  id: string;
  label: string;
  hint?: string | null | undefined;
  error?: string | null | undefined;
  children: ReactNode;
}

export function FieldShell({ id, label, hint, error, children }: FieldShellProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      ) : null}
      {children}
      <FieldError id={id} error={error} />
    </div>
  );
}

interface CheckboxGroupProps<T extends string> {
  id: string;
  legend: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string | null | undefined;
}

/** A fieldset of checkboxes for a fixed vocabulary (levels, strategy areas); keeps the vocabulary's order. */
export function CheckboxGroup<T extends string>({ id, legend, options, labelOf, value, onChange, error }: CheckboxGroupProps<T>) {
  const chosen = new Set(value);
  return (
    <fieldset className="choice-group" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <div className="choice-grid">
        {options.map((option) => (
          <div className="checkbox-field" key={option}>
            <input
              id={`${id}-${option}`}
              type="checkbox"
              checked={chosen.has(option)}
              onChange={(event) =>
                onChange(options.filter((o) => (o === option ? event.target.checked : chosen.has(o))))
              }
            />
            <label htmlFor={`${id}-${option}`}>{labelOf(option)}</label>
          </div>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
