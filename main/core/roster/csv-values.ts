// Turns CSV cells into record values: ISO codes or names (four languages, the ISO tables' and CLDR's) for countries and languages, ids or labels for vocabularies.
import countries from 'i18n-iso-countries';
import languages from '@cospired/i18n-iso-languages';
// Registers the four languages' ISO tables and names codes the way the screens do (CLDR first).
import { cldrCountryName, cldrLanguageName, COUNTRY_NAME_FIXES, ISO_LANGUAGE_CODES } from '../../../common/code-names.js';
import { CATALOG } from '../../../common/i18n/catalog.js';
import { LANGUAGES } from '../../../common/languages.js';
import { foldForMatch } from '../../../common/roster/csv-columns.js';
import {
  AVAILABILITY_STATUSES,
  COLLABORATOR_KINDS,
  CONTACT_TYPES,
  LEVELS,
  REGIONS,
  SHARING_LEVELS,
  STRATEGY_AREAS,
  VETTING_STATUSES,
} from '../../../common/roster/taxonomy.js';

/** The vocabularies a cell or a filter may name by id or by label; the keys are the groups of taxonomy.json. */
export const VOCABULARIES = {
  kind: COLLABORATOR_KINDS,
  level: LEVELS,
  region: REGIONS,
  strategy: STRATEGY_AREAS,
  vetting: VETTING_STATUSES,
  availability: AVAILABILITY_STATUSES,
  sharing: SHARING_LEVELS,
  contactType: CONTACT_TYPES,
} as const;
export type Vocabulary = keyof typeof VOCABULARIES;
export type VocabularyValue<V extends Vocabulary> = (typeof VOCABULARIES)[V][number];

/** The label of a vocabulary value in `language` (taxonomy.json), if it has one. */
export function taxonomyLabel(language: (typeof LANGUAGES)[number], group: string, id: string): string | undefined {
  const table = (CATALOG[language].taxonomy as Record<string, Record<string, string> | undefined>)[group];
  return table?.[id];
}

function buildVocabularyIndex(): Record<Vocabulary, Map<string, string>> {
  const index = {} as Record<Vocabulary, Map<string, string>>;
  for (const [group, ids] of Object.entries(VOCABULARIES) as [Vocabulary, readonly string[]][]) {
    const map = new Map<string, string>();
    for (const id of ids) {
      map.set(foldForMatch(id), id);
      for (const language of LANGUAGES) {
        const label = taxonomyLabel(language, group, id);
        // The first meaning wins when two languages share a word for different values.
        if (label !== undefined && !map.has(foldForMatch(label))) map.set(foldForMatch(label), id);
      }
    }
    index[group] = map;
  }
  return index;
}

function buildCountryIndex(): Map<string, string> {
  const map = new Map<string, string>();
  for (const [alpha2, alpha3] of Object.entries(countries.getAlpha2Codes()).map(([code]) => [code, countries.alpha2ToAlpha3(code)] as const)) {
    map.set(alpha2.toLowerCase(), alpha2);
    if (alpha3 !== undefined) map.set(alpha3.toLowerCase(), alpha2);
  }
  const add = (name: string, code: string) => {
    if (!map.has(foldForMatch(name))) map.set(foldForMatch(name), code);
  };
  for (const language of LANGUAGES) {
    // Where the ISO table is wrong, only the corrected name counts.
    const fixes: Readonly<Record<string, string>> = COUNTRY_NAME_FIXES[language] ?? {};
    for (const [code, name] of Object.entries(fixes)) add(name, code);
    for (const [code, names] of Object.entries(countries.getNames(language, { select: 'all' }))) {
      if (!(code in fixes)) for (const name of names) add(name, code);
    }
  }
  // CLDR's names as well ("Chequia", "Corea del Sur"), after the tables' so they never take a name over.
  for (const language of LANGUAGES) {
    for (const code of Object.keys(countries.getAlpha2Codes())) {
      const name = cldrCountryName(code, language);
      if (name !== undefined) add(name, code);
    }
  }
  return map;
}

function buildLanguageIndex(): Map<string, string> {
  const map = new Map<string, string>();
  for (const code of Object.keys(languages.getAlpha2Codes())) map.set(code.toLowerCase(), code.toLowerCase());
  for (const [alpha3, alpha2] of [...Object.entries(languages.getAlpha3TCodes()), ...Object.entries(languages.getAlpha3BCodes())]) {
    if (!map.has(alpha3.toLowerCase())) map.set(alpha3.toLowerCase(), alpha2.toLowerCase());
  }
  const add = (name: string, code: string) => {
    const folded = foldForMatch(name);
    if (folded !== '' && !map.has(folded)) map.set(folded, code.toLowerCase());
  };
  // The ISO table's names, accents or not ("Frances", "francés"), so sheets written before keep importing.
  for (const language of LANGUAGES) {
    for (const [code, name] of Object.entries(languages.getNames(language))) {
      // Some names list variants: "Spanish; Castilian".
      for (const part of name.split(/[;,]/)) add(part, code);
    }
  }
  // CLDR's names, the ones the screens show ("guaraní", "quíchua", "criollo haitiano").
  for (const language of LANGUAGES) {
    for (const code of ISO_LANGUAGE_CODES) {
      const name = cldrLanguageName(code, language);
      if (name !== undefined) add(name, code);
    }
  }
  return map;
}

let indexes: { vocabulary: Record<Vocabulary, Map<string, string>>; country: Map<string, string>; language: Map<string, string> } | null = null;

function getIndexes() {
  indexes ??= { vocabulary: buildVocabularyIndex(), country: buildCountryIndex(), language: buildLanguageIndex() };
  return indexes;
}

/** Spreadsheets repeat the same few country, language and vocabulary cells on every row: remember recent answers. */
const MEMO_ENTRIES = 4096;

function memoized(lookup: (cell: string) => string | undefined): (cell: string) => string | undefined {
  const memo = new Map<string, string | null>();
  return (cell) => {
    const known = memo.get(cell);
    if (known !== undefined) return known ?? undefined;
    const found = lookup(cell);
    if (memo.size >= MEMO_ENTRIES) memo.clear();
    memo.set(cell, found ?? null);
    return found;
  };
}

const vocabularyLookups = Object.fromEntries(
  (Object.keys(VOCABULARIES) as Vocabulary[]).map((vocabulary) => [
    vocabulary,
    memoized((cell) => getIndexes().vocabulary[vocabulary].get(foldForMatch(cell))),
  ]),
) as Record<Vocabulary, (cell: string) => string | undefined>;

/** A vocabulary value from its id or its label in English, Spanish, French or Portuguese; undefined when unknown. */
export function lookupVocabulary<V extends Vocabulary>(vocabulary: V, cell: string): VocabularyValue<V> | undefined {
  return vocabularyLookups[vocabulary](cell) as VocabularyValue<V> | undefined;
}

/** ISO 3166-1 alpha-2 (uppercase) from alpha-2, alpha-3 or a name in one of the four languages. */
export const lookupCountry = memoized((cell) => {
  const trimmed = cell.trim();
  return getIndexes().country.get(trimmed.toLowerCase()) ?? getIndexes().country.get(foldForMatch(trimmed));
});

/** ISO 639-1 (lowercase) from alpha-2, alpha-3 or a name in one of the four languages. */
export const lookupLanguage = memoized((cell) => {
  const trimmed = cell.trim();
  return getIndexes().language.get(trimmed.toLowerCase()) ?? getIndexes().language.get(foldForMatch(trimmed));
});

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(cell: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(cell)) return false;
  const date = new Date(`${cell}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(cell);
}
