// The filter panel: one fieldset of checkboxes per facet, each value with its live count for the current query; a long
// group shows its first values and a "Show more" button rather than scrolling inside itself.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ROSTER_FACETS, type RosterFacet } from '../../../common/contract/roster.contract.js';
import { formatNumber } from '../../ui/format.js';
import { previewFacetValues, visibleFacetValues } from './facet-display.js';
import { useFacetValueLabel } from './labels.js';
import { useRoster } from './roster-store.js';

function FacetGroup({ facet }: { facet: RosterFacet }) {
  const { t, i18n } = useTranslation('roster');
  const label = useFacetValueLabel();
  const facets = useRoster((state) => state.facets);
  const filters = useRoster((state) => state.filters);
  const setFilter = useRoster((state) => state.setFilter);
  const [expanded, setExpanded] = useState(false);
  const collator = useMemo(() => new Intl.Collator(i18n.language, { sensitivity: 'base' }), [i18n.language]);
  const values = visibleFacetValues(facet, facets, filters, (value) => label(facet, value), collator);
  if (values.length === 0) return null;
  const { shown } = previewFacetValues(values, expanded);
  const { hidden } = previewFacetValues(values, false);
  const listId = `facet-${facet}-values`;
  return (
    <fieldset className="facet">
      <legend>{t(`facet.${facet}`)}</legend>
      <div id={listId}>
        {shown.map(({ value, count, checked }) => {
          // Tags may hold spaces, so ids use the position in the full list, not the value.
          const id = `facet-${facet}-${values.findIndex((entry) => entry.value === value)}`;
          return (
            <div className="checkbox-field" key={value}>
              <input id={id} type="checkbox" checked={checked} onChange={(event) => setFilter(facet, value, event.target.checked)} />
              <label htmlFor={id}>
                {label(facet, value)} <span className="facet-count">({formatNumber(count, i18n.language)})</span>
              </label>
            </div>
          );
        })}
      </div>
      {hidden > 0 ? (
        <button type="button" className="link-button facet-more" aria-expanded={expanded} aria-controls={listId} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('facet.showFewer') : t('facet.showMore', { formatted: formatNumber(hidden, i18n.language) })}
        </button>
      ) : null}
    </fieldset>
  );
}

export function FacetPanel() {
  const { t } = useTranslation('roster');
  return (
    <section className="facets" aria-labelledby="facets-title">
      <h2 id="facets-title">{t('facet.title')}</h2>
      {ROSTER_FACETS.map((facet) => (
        <FacetGroup key={facet} facet={facet} />
      ))}
    </section>
  );
}
