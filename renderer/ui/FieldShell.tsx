// A labelled form field: its hint and error lines, and the ids that tie them to the input for screen readers.
import type { ReactNode } from 'react';
import { describedBy } from './ids.js';

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
  label: ReactNode;
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
