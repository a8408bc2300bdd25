// Roster filter values as people type them (an id, an ISO code, or a name in one of the four languages) turned into stored codes.
import type { RosterFacet } from '../../../common/contract/roster.contract.js';
import type { Language } from '../../../common/languages.js';
import { lookupCountry, lookupLanguage, lookupVocabulary, taxonomyLabel, VOCABULARIES, type Vocabulary } from './csv-values.js';

/** The facets whose values are a fixed vocabulary, by the vocabulary they use. */
const FACET_VOCABULARY: Readonly<Partial<Record<RosterFacet, Vocabulary>>> = {
  strategy: 'strategy',
  level: 'level',
  region: 'region',
  kind: 'kind',
  vetting: 'vetting',
  availability: 'availability',
};

/**
 * The stored value a filter means, with the import's own lookups (ids, ISO codes, names and labels in English, Spanish,
 * French and Portuguese, without case or accents); undefined when the facet has no such value. Tags are free text.
 */
export function resolveFacetValue(facet: RosterFacet, value: string): string | undefined {
  const vocabulary = FACET_VOCABULARY[facet];
  if (vocabulary !== undefined) return lookupVocabulary(vocabulary, value);
  if (facet === 'country') return lookupCountry(value);
  if (facet === 'language') return lookupLanguage(value);
  return value;
}

/** A fixed facet's values as `id (label)`, the label in `language`; null for open lists (countries, languages, tags). */
export function facetChoices(facet: RosterFacet, language: Language): string[] | null {
  const vocabulary = FACET_VOCABULARY[facet];
  if (vocabulary === undefined) return null;
  return VOCABULARIES[vocabulary].map((id) => {
    const label = taxonomyLabel(language, vocabulary, id);
    return label === undefined ? id : `${id} (${label})`;
  });
}
