// Quick filters above the ranked collaborators: toggle buttons for the request's and community's languages, available only and vetted only.
import { useTranslation } from 'react-i18next';
import { languageName } from '../roster/place-names.js';
import { toggleLanguage, type MatchFilters as Filters } from './match-filters.js';

interface MatchFiltersProps {
  filters: Filters;
  /** The request's languages, then the community's. */
  languages: readonly string[];
  onChange: (next: Filters) => void;
}

function Toggle({ pressed, onToggle, children }: { pressed: boolean; onToggle: (on: boolean) => void; children: string }) {
  return (
    <button type="button" className="quick-filter" aria-pressed={pressed} onClick={() => onToggle(!pressed)}>
      {children}
    </button>
  );
}

export function MatchFilters({ filters, languages, onChange }: MatchFiltersProps) {
  const { t, i18n } = useTranslation('requests');
  return (
    <div className="quick-filters" role="group" aria-label={t('match.filters.label')}>
      {languages.map((code) => (
        <Toggle key={code} pressed={filters.languages.includes(code)} onToggle={(on) => onChange(toggleLanguage(filters, languages, code, on))}>
          {t('match.filters.speaks', { language: languageName(code, i18n.language, 'middle-of-sentence') })}
        </Toggle>
      ))}
      <Toggle pressed={filters.availableOnly} onToggle={(on) => onChange({ ...filters, availableOnly: on })}>
        {t('match.filters.available')}
      </Toggle>
      <Toggle pressed={filters.vettedOnly} onToggle={(on) => onChange({ ...filters, vettedOnly: on })}>
        {t('match.filters.vetted')}
      </Toggle>
    </div>
  );
}
