// Country and language names in the interface language, from the ISO tables the vault validates codes against.
import countries from 'i18n-iso-countries';
import countriesEn from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import countriesEs from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import countriesFr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import countriesPt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import languages from '@cospired/i18n-iso-languages';
import languagesEn from '@cospired/i18n-iso-languages/langs/en.json' with { type: 'json' };
import languagesEs from '@cospired/i18n-iso-languages/langs/es.json' with { type: 'json' };
import languagesFr from '@cospired/i18n-iso-languages/langs/fr.json' with { type: 'json' };
import languagesPt from '@cospired/i18n-iso-languages/langs/pt.json' with { type: 'json' };
import { matchLanguage } from '../../../common/languages.js';

for (const locale of [countriesEn, countriesEs, countriesFr, countriesPt]) countries.registerLocale(locale);
for (const locale of [languagesEn, languagesEs, languagesFr, languagesPt]) languages.registerLocale(locale);

export interface NamedCode {
  code: string;
  name: string;
}

/** A country's name, e.g. `BR` → "Brasil" in Portuguese; an unknown code is shown as it is. */
export function countryName(code: string, uiLanguage: string): string {
  return countries.getName(code, matchLanguage(uiLanguage), { select: 'official' }) ?? code;
}

/** A language's name, e.g. `fr` → "francés" in Spanish; an unknown code is shown as it is. */
export function languageName(code: string, uiLanguage: string): string {
  return languages.getName(code, matchLanguage(uiLanguage)) ?? code;
}

function sortedByName(entries: NamedCode[], uiLanguage: string): NamedCode[] {
  const collator = new Intl.Collator(uiLanguage, { sensitivity: 'base' });
  return entries.sort((a, b) => collator.compare(a.name, b.name));
}

/** Every country, alphabetical in the interface language, for the form's country picker. */
export function allCountries(uiLanguage: string): NamedCode[] {
  const names = countries.getNames(matchLanguage(uiLanguage), { select: 'official' });
  return sortedByName(Object.entries(names).map(([code, name]) => ({ code, name })), uiLanguage);
}

/** Every ISO 639-1 language, alphabetical in the interface language. */
export function allLanguages(uiLanguage: string): NamedCode[] {
  const names = languages.getNames(matchLanguage(uiLanguage));
  return sortedByName(Object.entries(names).map(([code, name]) => ({ code, name })), uiLanguage);
}

/** Case- and accent-insensitive "contains", so "sao" finds "São Tomé" in the pickers. */
export function matchesName(name: string, typed: string): boolean {
  const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  return fold(name).includes(fold(typed.trim()));
}
