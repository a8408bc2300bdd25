// A form section of radio buttons, one per choice, each with a hint saying what the choice means.
import type { UseFormRegisterReturn } from 'react-hook-form';

interface RadioFieldsetProps<T extends string> {
  /** Prefix of the buttons' ids: `rs-sharing` gives `rs-sharing-public` and its hint `rs-sharing-public-hint`. */
  idPrefix: string;
  legend: string;
  hint: string;
  options: readonly T[];
  labelOf: (option: T) => string;
  hintOf: (option: T) => string;
  registration: UseFormRegisterReturn;
}

export function RadioFieldset<T extends string>({ idPrefix, legend, hint, options, labelOf, hintOf, registration }: RadioFieldsetProps<T>) {
  return (
    <fieldset className="form-section">
      <legend>{legend}</legend>
      <p className="hint">{hint}</p>
      {options.map((option) => (
        <div className="radio-field" key={option}>
          <input id={`${idPrefix}-${option}`} type="radio" value={option} aria-describedby={`${idPrefix}-${option}-hint`} {...registration} />
          <label htmlFor={`${idPrefix}-${option}`}>{labelOf(option)}</label>
          <p id={`${idPrefix}-${option}-hint`} className="hint">
            {hintOf(option)}
          </p>
        </div>
      ))}
    </fieldset>
  );
}
