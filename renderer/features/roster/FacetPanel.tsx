// The facet panel: one fieldset of checkboxes per facet, each value with its live count for the current query.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ROSTER_FACETS, type RosterFacet } from '../../../common/contract/roster.contract.js';
import { formatNumber } from '../../ui/format.js';
import { activeFilterCount, visibleFacetValues } from './facet-display.js';
import { useFacetValueLabel } from './labels.js';
import { useRoster } from './roster-store.js';

function FacetGroup({ facet }: { facet: RosterFacet }) {
  const { t, i18n } = useTranslation('roster');
  const label = useFacetValueLabel();
  const facets = useRoster((state) => state.facets);
  const filters = useRoster((state) => state.filters);
  const setFilter = useRoster((state) => state.setFilter);
  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base' }), [i18n.language]);
  const values = visibleFacetValues(facet, facets, filters, (value) => label(facet, value), collator);
  if (values.length === 0) return null;
  return (
    <fieldset className="facet">
      <legend>{t(`facet.${facet}`)}</legend>
      {values.map(({ value, count, checked }, index) => {
        // Tags may hold spaces, so ids use the position, not the value.
        const id = `facet-${facet}-${index}`;
        return (
          <div className="checkbox-field" key={value}>
            <input id={id} type="checkbox" checked={checked} onChange={(event) => setFilter(facet, value, event.target.checked)} />
            <label htmlFor={id}>
              {label(facet, value)} <span className="facet-count">({formatNumber(count, i18n.language)})</span>
            </label>
          </div>
        );
      })}
    </fieldset>
  );
}

export function FacetPanel() {
  const { t } = useTranslation('roster');
  const filters = useRoster((state) => state.filters);
  const clearFilters = useRoster((state) => state.clearFilters);
  const active = activeFilterCount(filters);
  return (
    <section className="facets" aria-labelledby="facets-title">
      <div className="facets-head">
        <h2 id="facets-title">{t('facet.title')}</h2>
        <button type="button" className="link-button" onClick={clearFilters} disabled={active === 0}>
          {t('facet.clear')}
        </button>
      </div>
      {ROSTER_FACETS.map((facet) => (
        <FacetGroup key={facet} facet={facet} />
      ))}
    </section>
  );
}
