// Expertise tags: type a tag and press Enter or Add; suggestions come from the tags already in the vault.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { request } from '../../app/cre.js';
import { FieldError } from '../../ui/FieldShell.js';
import { ChosenChips } from '../../ui/ChosenChips.js';

const SUGGESTIONS = 8;

interface TagsFieldProps {
  id: string;
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string | null | undefined;
}

export function TagsField({ id, value, onChange, error }: TagsFieldProps) {
  const { t } = useTranslation('roster');
  const [typed, setTyped] = useState('');
  const [suggestions, setSuggestions] = useState<string[]>([]);

  useEffect(() => {
    let current = true;
    const prefix = typed.trim().toLowerCase();
    void request((api) => api.roster.expertiseTags({ prefix, limit: SUGGESTIONS })).then((reply) => {
      if (current && reply.ok) setSuggestions(reply.value.map((entry) => entry.tag));
    });
    return () => {
      current = false;
    };
  }, [typed]);

  function add(): void {
    const tag = typed.trim().replace(/\s+/g, ' ');
    if (tag === '') return;
    if (!value.some((existing) => existing.toLowerCase() === tag.toLowerCase())) onChange([...value, tag]);
    setTyped('');
  }

  return (
    <fieldset className="tags-field" aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('field.expertise')}</legend>
      <ChosenChips
        values={value}
        label={t('form.chosen', { what: t('field.expertise') })}
        removeLabel={(item) => t('form.removeItem', { item })}
        onRemove={(item) => onChange(value.filter((existing) => existing !== item))}
      />
      <div className="field">
        <label htmlFor={`${id}-input`}>{t('form.tagLabel')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('form.tagHint')}
        </p>
        <div className="inline-row">
          <input
            id={`${id}-input`}
            className="input"
            type="text"
            list={`${id}-suggestions`}
            value={typed}
            maxLength={60}
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
            {t('form.tagAdd')}
          </button>
        </div>
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((tag) => (
            <option key={tag} value={tag} />
          ))}
        </datalist>
      </div>
      <FieldError id={id} error={error} />
    </fieldset>
  );
}
