// Words for the roster's codes in the interface language: taxonomy labels, and the values a facet can hold.
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterFacet } from '../../../common/contract/roster.contract.js';
import type {
  AvailabilityStatus,
  CollaboratorKind,
  Level,
  Region,
  StrategyArea,
  VettingStatus,
} from '../../../common/roster/taxonomy.js';
import { countryName, languageName } from './place-names.js';

/** The label of one facet value: taxonomy ids through the taxonomy namespace, countries and languages by their ISO names, tags as typed. */
export function useFacetValueLabel(): (facet: RosterFacet, value: string) => string {
  const { t, i18n } = useTranslation('taxonomy');
  return useCallback(
    (facet: RosterFacet, value: string) => {
      switch (facet) {
        case 'strategy':
          return t(`strategy.${value as StrategyArea}`);
        case 'level':
          return t(`level.${value as Level}`);
        case 'region':
          return t(`region.${value as Region}`);
        case 'kind':
          return t(`kind.${value as CollaboratorKind}`);
        case 'vetting':
          return t(`vetting.${value as VettingStatus}`);
        case 'availability':
          return t(`availability.${value as AvailabilityStatus}`);
        case 'country':
          return countryName(value, i18n.language);
        case 'language':
          return languageName(value, i18n.language);
        case 'tag':
          return value;
      }
    },
    [t, i18n.language],
  );
}
