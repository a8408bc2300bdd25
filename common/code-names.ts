// Language and country names in the four interface languages: CLDR's (Intl.DisplayNames) first, the ISO tables as a fallback.
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
import { matchLanguage, type Language } from './languages.js';

for (const locale of [countriesEn, countriesEs, countriesFr, countriesPt]) countries.registerLocale(locale);
for (const locale of [languagesEn, languagesEs, languagesFr, languagesPt]) languages.registerLocale(locale);

/**
 * Where a name stands. CLDR gives language names as they read inside a sentence ("habla francés"); as a list item,
 * a menu item or a label of its own it starts with a capital (CLDR's uiListOrMenu / stand-alone rule for es, fr, pt).
 */
export type NameContext = 'standalone' | 'middle-of-sentence';

/** Interface languages whose language names are lowercase inside a sentence; English capitalizes them everywhere. */
const LOWERCASE_IN_SENTENCE: ReadonlySet<Language> = new Set<Language>(['es', 'fr', 'pt']);

/** Where the ISO country table is wrong: its Portuguese names of the two Congos are swapped (and one is a name from 1970). */
export const COUNTRY_NAME_FIXES: Readonly<Partial<Record<Language, Readonly<Record<string, string>>>>> = {
  pt: { CG: 'República do Congo', CD: 'República Democrática do Congo' },
};

/** Every ISO 639-1 code the vault accepts, lowercase. */
export const ISO_LANGUAGE_CODES: readonly string[] = Object.keys(languages.getAlpha2Codes()).map((code) => code.toLowerCase());

const cldrLanguageTables = new Map<Language, ReadonlyMap<string, string>>();

/**
 * CLDR's name of every ISO 639-1 code in one language, as it reads mid-sentence. Left out: codes this ICU has no
 * name for, codes ICU reads as another language (`tl` → Filipino) and names two codes share (`ak`, `tw` → Akan),
 * so every code keeps a name of its own.
 */
function cldrLanguageTable(ui: Language): ReadonlyMap<string, string> {
  const known = cldrLanguageTables.get(ui);
  if (known) return known;
  const table = new Map<string, string>();
  try {
    const display = new Intl.DisplayNames([ui], { type: 'language', fallback: 'none' });
    const codesByName = new Map<string, string[]>();
    for (const code of ISO_LANGUAGE_CODES) {
      if (Intl.getCanonicalLocales(code)[0] !== code) continue;
      const name = display.of(code);
      if (name === undefined || name.toLowerCase() === code) continue;
      codesByName.set(name, [...(codesByName.get(name) ?? []), code]);
    }
    for (const [name, codes] of codesByName) if (codes.length === 1) table.set(codes[0] ?? '', name);
  } catch {
    // An ICU without display names (a small-ICU build): the ISO table names everything.
  }
  cldrLanguageTables.set(ui, table);
  return table;
}

/** CLDR's name of a language code in `ui`, as it reads mid-sentence ("francés"); undefined when CLDR has none here. */
export function cldrLanguageName(code: string, ui: Language): string | undefined {
  return cldrLanguageTable(ui).get(code.toLowerCase());
}

function withFirstLetter(name: string, ui: Language, change: 'upper' | 'lower'): string {
  const [first = '', ...rest] = [...name];
  return (change === 'upper' ? first.toLocaleUpperCase(ui) : first.toLocaleLowerCase(ui)) + rest.join('');
}

/** A language's name in the interface language: `fr` → "Francés" as a label, "francés" mid-sentence; an unknown code as it is. */
export function languageName(code: string, uiLanguage: string, context: NameContext = 'standalone'): string {
  const ui = matchLanguage(uiLanguage);
  const cldr = cldrLanguageName(code, ui);
  if (cldr !== undefined) return context === 'standalone' ? withFirstLetter(cldr, ui, 'upper') : cldr;
  // The ISO table capitalizes every name ("Inglés"): only the first letter changes with the context.
  const listed = languages.getName(code, ui);
  if (listed === undefined) return code;
  if (context === 'standalone') return withFirstLetter(listed, ui, 'upper');
  return LOWERCASE_IN_SENTENCE.has(ui) ? withFirstLetter(listed, ui, 'lower') : listed;
}

/** Every ISO 639-1 language's name as a label, by code. */
export function languageNames(uiLanguage: string): Record<string, string> {
  return Object.fromEntries(ISO_LANGUAGE_CODES.map((code) => [code, languageName(code, uiLanguage)]));
}

/** CLDR's name of a country code in `ui` ("Corea del Sur"); undefined when CLDR has none here. */
export function cldrCountryName(code: string, ui: Language): string | undefined {
  try {
    const name = new Intl.DisplayNames([ui], { type: 'region', fallback: 'none' }).of(code.toUpperCase());
    return name === undefined || name.toUpperCase() === code.toUpperCase() ? undefined : name;
  } catch {
    return undefined;
  }
}

/** A country's official name, e.g. `BR` → "Brasil" in Portuguese; an unknown code is shown as it is. */
export function countryName(code: string, uiLanguage: string): string {
  const ui = matchLanguage(uiLanguage);
  return COUNTRY_NAME_FIXES[ui]?.[code.toUpperCase()] ?? countries.getName(code, ui, { select: 'official' }) ?? code;
}

/** Every country's official name, by code. */
export function countryNames(uiLanguage: string): Record<string, string> {
  const ui = matchLanguage(uiLanguage);
  return { ...countries.getNames(ui, { select: 'official' }), ...COUNTRY_NAME_FIXES[ui] };
}
