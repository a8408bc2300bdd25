// Companies and borrowers: type a name and press Enter or Add; each shows as a chip that can be removed.
import { useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../ui/FieldShell.js';
import { ChosenChips } from '../../ui/ChosenChips.js';

interface CompaniesFieldProps {
  id: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | null | undefined;
  inputRef?: Ref<HTMLInputElement> | undefined;
}

export function CompaniesField({ id, value, onChange, error, inputRef }: CompaniesFieldProps) {
  const { t } = useTranslation('projects');
  const [typed, setTyped] = useState('');
  const legend = t('field.companies');

  function add(): void {
    const name = typed.trim().replace(/\s+/g, ' ');
    if (name === '') return;
    if (!value.some((existing) => existing.toLowerCase() === name.toLowerCase())) onChange([...value, name]);
    setTyped('');
  }

  return (
    <fieldset className="tags-field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{legend}</legend>
      <ChosenChips
        values={value}
        label={t('form.chosen', { what: legend })}
        removeLabel={(item) => t('form.removeItem', { item })}
        onRemove={(item) => onChange(value.filter((existing) => existing !== item))}
      />
      <div className="field">
        <label htmlFor={`${id}-input`}>{t('form.companyLabel')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('form.companyHint')}
        </p>
        <div className="inline-row">
          <input
            id={`${id}-input`}
            ref={inputRef}
            className="input"
            type="text"
            value={typed}
            maxLength={200}
            onChange={(event) => setTyped(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
            autoComplete="off"
            aria-describedby={`${id}-hint`}
          />
          <button type="button" className="button secondary" onClick={add}>
            {t('form.companyAdd')}
          </button>
        </div>
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
