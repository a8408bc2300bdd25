// Pure wording for the community detail's links: a request named by the start of its description, and each trait a
// similar community shares put into words ("Same financier: Example Development Bank") in the interface language.
import type { TFunction } from 'i18next';
import type { SimilarTrait } from '../../../common/community/similar.schema.js';

/** How much of a description names a request in a table; the request's detail shows all of it. */
const SUMMARY_LENGTH = 90;

export function summarize(text: string, length = SUMMARY_LENGTH): string {
  const line = text.trim().split('\n')[0] ?? '';
  return line.length > length ? `${line.slice(0, length - 1).trimEnd()}…` : line;
}

/** The translate function of the `communities` namespace, with `taxonomy:` labels reachable. */
type Translate = TFunction<readonly ['communities', 'taxonomy']>;

/** "A, B and C" the way the language lists things. */
export function listInWords(values: readonly string[], language: string): string {
  return new Intl.ListFormat(language, { style: 'long', type: 'conjunction' }).format(values);
}

/** The values a trait names, as shown: project and organisation names as written, the rest as labels. */
function traitValues(trait: SimilarTrait, t: Translate, countryName: (code: string) => string): string[] {
  switch (trait.kind) {
    case 'project':
      return trait.projects.map((project) => project.name);
    case 'financier':
    case 'company':
      return trait.names;
    case 'country':
      return [countryName(trait.country)];
    case 'sector':
      return trait.sectors.map((sector) => t(`taxonomy:sector.${sector}`));
    case 'strategy':
      return trait.areas.map((area) => t(`taxonomy:strategy.${area}`));
  }
}

/** One shared trait in words, e.g. "Same financiers: Example Development Bank and Green Climate Fund". */
export function traitInWords(trait: SimilarTrait, t: Translate, language: string, countryName: (code: string) => string): string {
  const values = traitValues(trait, t, countryName);
  return t(`similar.trait.${trait.kind}`, { count: values.length, values: listInWords(values, language) });
}
