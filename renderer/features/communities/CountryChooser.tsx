// Choosing the one country a community lives in: the chosen one named, and a filter box over a scrolling list of radio buttons.
import { useId, useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../ui/FieldShell.js';
import { matchesName, type NamedCode } from '../roster/place-names.js';

interface CountryChooserProps {
  id: string;
  legend: string;
  all: readonly NamedCode[];
  value: string;
  onChange: (value: string) => void;
  error?: string | null | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
}

export function CountryChooser({ id, legend, all, value, onChange, error, inputRef }: CountryChooserProps) {
  const { t } = useTranslation('communities');
  const radioName = useId();
  const [typed, setTyped] = useState('');
  const chosenName = useMemo(() => all.find((entry) => entry.code === value)?.name ?? value, [all, value]);
  const query = typed.trim().toLowerCase();
  // The chosen country stays in the list while filtering, so the radio group always shows what is selected.
  const shown = query === '' ? all : all.filter((entry) => entry.code === value || matchesName(entry.name, typed) || entry.code.toLowerCase() === query);

  return (
    <fieldset className="code-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <p className={value ? 'chosen-country' : 'hint'}>{value ? t('form.chosenCountry', { country: chosenName }) : t('form.noCountry')}</p>
      <div className="field">
        <label htmlFor={`${id}-filter`}>{t('form.findCountry')}</label>
        <input
          id={`${id}-filter`}
          ref={inputRef}
          className="input"
          type="search"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
          autoComplete="off"
          spellCheck={false}
          aria-controls={`${id}-options`}
        />
      </div>
      <div id={`${id}-options`} className="code-options" role="radiogroup" aria-label={t('form.countryOptions')}>
        {shown.length === 0 ? <p className="hint">{t('form.noMatch')}</p> : null}
        {shown.map((entry) => (
          <div className="checkbox-field" key={entry.code}>
            <input
              id={`${id}-${entry.code}`}
              type="radio"
              name={radioName}
              value={entry.code}
              checked={entry.code === value}
              onChange={() => onChange(entry.code)}
            />
            <label htmlFor={`${id}-${entry.code}`}>{entry.name}</label>
          </div>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
