// A labelled select over a list of choices, with an optional empty first choice and its hint and error tied to it.
import type { SelectHTMLAttributes } from 'react';
import { FieldShell, fieldAria } from './FieldShell.js';

type SelectFieldProps<T> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'children'> & {
  id: string;
  label: string;
  hint?: string | null | undefined;
  error?: string | null | undefined;
  options: readonly T[];
  labelOf: (option: T) => string;
  /** The option's value; the option itself when it is a string. */
  optionValue?: ((option: T) => string) | undefined;
  /** The text of an empty first choice ("Choose…", "None"); no such choice when absent. */
  emptyChoice?: string | undefined;
};

export function SelectField<T>({ id, label, hint, error, options, labelOf, optionValue = String, emptyChoice, ...select }: SelectFieldProps<T>) {
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select id={id} className="select" {...select} {...fieldAria(id, hint, error)}>
        {emptyChoice === undefined ? null : <option value="">{emptyChoice}</option>}
        {options.map((option) => {
          const value = optionValue(option);
          return (
            <option key={value} value={value}>
              {labelOf(option)}
            </option>
          );
        })}
      </select>
    </FieldShell>
  );
}
