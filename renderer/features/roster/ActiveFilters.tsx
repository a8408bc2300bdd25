// The filters in force, as chips above the results: each chip removes its filter, "Clear all" removes them all. The
// focus moves to the next chip (or the one before), and to `onEmptied`'s choice once no chip is left.
import { X } from 'lucide-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { activeFilters, sameFacetValue } from './facet-display.js';
import { useFacetValueLabel } from './labels.js';
import { useRoster } from './roster-store.js';

export function ActiveFilters({ onEmptied }: { onEmptied: () => void }) {
  const { t } = useTranslation('roster');
  const label = useFacetValueLabel();
  const filters = useRoster((state) => state.filters);
  const facets = useRoster((state) => state.facets);
  const setFilter = useRoster((state) => state.setFilter);
  const clearFilters = useRoster((state) => state.clearFilters);
  const list = useRef<HTMLUListElement>(null);
  /** The position of the chip to focus once a removal has re-rendered the chips; -1 for none. */
  const focusAt = useRef(-1);
  const active = activeFilters(filters);

  useEffect(() => {
    const at = focusAt.current;
    if (at < 0) return;
    focusAt.current = -1;
    const chips = list.current?.querySelectorAll<HTMLButtonElement>('button');
    const next = chips?.[Math.min(at, chips.length - 1)];
    if (next) next.focus();
    else onEmptied();
  });

  if (active.length === 0) return null;
  return (
    <div className="active-filters">
      <ul ref={list} className="filter-chips" aria-label={t('chips.label')}>
        {active.map(({ facet, value }, index) => {
          // A tag filter saved in another case shows the spelling the filter panel shows.
          const shown = facets[facet]?.find((entry) => sameFacetValue(facet, entry.value, value))?.value ?? value;
          const filter = `${t(`facet.${facet}`)}: ${label(facet, shown)}`;
          return (
            <li key={`${facet}:${value}`}>
              <button
                type="button"
                className="filter-chip"
                aria-label={t('chips.remove', { filter })}
                onClick={() => {
                  focusAt.current = index;
                  setFilter(facet, value, false);
                }}
              >
                {filter}
                <X aria-hidden="true" size={14} />
              </button>
            </li>
          );
        })}
      </ul>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          clearFilters();
          onEmptied();
        }}
      >
        {t('chips.clearAll')}
      </button>
    </div>
  );
}
