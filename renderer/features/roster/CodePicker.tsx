// Choosing several countries or languages: the chosen ones as removable chips, and a filter box over a scrolling list of checkboxes.
import { useMemo, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../ui/FieldShell.js';
import { matchesName, type NamedCode } from './place-names.js';

interface CodePickerProps {
  id: string;
  legend: string;
  filterLabel: string;
  all: readonly NamedCode[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | null | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
}

export function CodePicker({ id, legend, filterLabel, all, value, onChange, error, inputRef }: CodePickerProps) {
  const { t } = useTranslation('roster');
  const [typed, setTyped] = useState('');
  const nameOf = useMemo(() => new Map(all.map((entry) => [entry.code, entry.name])), [all]);
  const shown = typed.trim() === '' ? all : all.filter((entry) => matchesName(entry.name, typed) || entry.code.toLowerCase() === typed.trim().toLowerCase());
  const chosen = new Set(value);
  const toggle = (code: string, on: boolean) => onChange(on ? [...value, code] : value.filter((c) => c !== code));

  return (
    <fieldset className="code-picker" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      {value.length > 0 ? (
        <ul className="chips" aria-label={t('form.chosen', { what: legend })}>
          {value.map((code) => (
            <li key={code} className="chip">
              {nameOf.get(code) ?? code}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('form.removeItem', { item: nameOf.get(code) ?? code })}
                onClick={() => toggle(code, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{t('form.noneChosen')}</p>
      )}
      <div className="field">
        <label htmlFor={`${id}-filter`}>{filterLabel}</label>
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
      <div id={`${id}-options`} className="code-options" role="group" aria-label={t('form.options', { what: legend })}>
        {shown.length === 0 ? <p className="hint">{t('form.noMatch')}</p> : null}
        {shown.map((entry) => (
          <div className="checkbox-field" key={entry.code}>
            <input
              id={`${id}-${entry.code}`}
              type="checkbox"
              checked={chosen.has(entry.code)}
              onChange={(event) => toggle(entry.code, event.target.checked)}
            />
            <label htmlFor={`${id}-${entry.code}`}>{entry.name}</label>
          </div>
        ))}
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
