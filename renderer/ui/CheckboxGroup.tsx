// A fieldset of checkboxes for a fixed vocabulary (levels, strategy areas, sectors), bound to a form field or used on its own.
import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import { FieldError } from './FieldShell.js';

interface CheckboxGroupProps<T extends string> {
  id: string;
  legend: string;
  options: readonly T[];
  labelOf: (value: T) => string;
  value: readonly T[];
  onChange: (value: T[]) => void;
  error?: string | null | undefined;
}

/** Keeps the vocabulary's order whatever order the boxes were ticked in. */
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

type CheckboxGroupFieldProps<V extends FieldValues, T extends string> = Omit<CheckboxGroupProps<T>, 'value' | 'onChange'> & {
  control: Control<V>;
  /** The form field that holds the chosen values. */
  name: FieldPathByValue<V, T[]>;
};

/** The checkbox group bound to a field of a react-hook-form form. */
export function CheckboxGroupField<V extends FieldValues, T extends string>({ control, name, ...group }: CheckboxGroupFieldProps<V, T>) {
  const { field } = useController({ control, name });
  return <CheckboxGroup {...group} value={field.value as T[]} onChange={field.onChange} />;
}
