// Country and language names in the interface language (CLDR first, the ISO tables as a fallback), sorted for the pickers.
import { countryNames, languageNames } from '../../../common/code-names.js';

export { countryName, languageName, type NameContext } from '../../../common/code-names.js';

export interface NamedCode {
  code: string;
  name: string;
}

function sortedByName(entries: NamedCode[], uiLanguage: string): NamedCode[] {
  const collator = new Intl.Collator(uiLanguage, { sensitivity: 'base' });
  return entries.sort((a, b) => collator.compare(a.name, b.name));
}

/** Every country, alphabetical in the interface language, for the form's country picker. */
export function allCountries(uiLanguage: string): NamedCode[] {
  return sortedByName(Object.entries(countryNames(uiLanguage)).map(([code, name]) => ({ code, name })), uiLanguage);
}

/** Every ISO 639-1 language, alphabetical in the interface language, named as list items ("Francés"). */
export function allLanguages(uiLanguage: string): NamedCode[] {
  return sortedByName(Object.entries(languageNames(uiLanguage)).map(([code, name]) => ({ code, name })), uiLanguage);
}

/** Case- and accent-insensitive "contains", so "sao" finds "São Tomé" in the pickers. */
export function matchesName(name: string, typed: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return fold(name).includes(fold(typed.trim()));
}
