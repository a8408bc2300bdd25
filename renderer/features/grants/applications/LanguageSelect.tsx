// A choice of one language, named in the interface language (CLDR): the network's four working languages first, then
// every ISO 639-1 language alphabetically; an optional "none" first.
import { forwardRef, useMemo, type SelectHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import { ISO_LANGUAGE_CODES, languageName } from '../../../../common/code-names.js';
import { LANGUAGES } from '../../../../common/languages.js';
import { FieldShell, fieldAria } from '../../../ui/FieldShell.js';

type LanguageSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className' | 'children'> & {
  id: string;
  label: string;
  hint?: string | null;
  error?: string | undefined;
  /** The text of an empty first choice ("No translation"); none when absent. */
  noneChoice?: string;
};

export const LanguageSelect = forwardRef<HTMLSelectElement, LanguageSelectProps>(function LanguageSelect({ id, label, hint, error, noneChoice, ...select }, ref) {
  const { t, i18n } = useTranslation('grants', { keyPrefix: 'applicationForm' });
  const language = i18n.language;
  const others = useMemo(() => {
    const collator = new Intl.Collator(language, { sensitivity: 'base' });
    return ISO_LANGUAGE_CODES.filter((code) => !(LANGUAGES as readonly string[]).includes(code))
      .map((code) => ({ code, name: languageName(code, language) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [language]);
  return (
    <FieldShell id={id} label={label} hint={hint} error={error}>
      <select id={id} ref={ref} className="select" {...select} {...fieldAria(id, hint, error)}>
        {noneChoice === undefined ? null : <option value="">{noneChoice}</option>}
        <optgroup label={t('networkLanguages')}>
          {LANGUAGES.map((code) => (
            <option key={code} value={code}>
              {languageName(code, language)}
            </option>
          ))}
        </optgroup>
        <optgroup label={t('otherLanguages')}>
          {others.map((entry) => (
            <option key={entry.code} value={entry.code}>
              {entry.name}
            </option>
          ))}
        </optgroup>
      </select>
    </FieldShell>
  );
});
