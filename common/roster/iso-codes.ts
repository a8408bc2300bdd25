// The valid ISO 3166-1 alpha-2 country codes and ISO 639-1 language codes, read from the packages' code tables only
// (their main modules load every locale file, which the sandboxed preload cannot bundle).
import countryCodes from 'i18n-iso-countries/codes.json' with { type: 'json' };
import languageCodes from '@cospired/i18n-iso-languages/codes.json' with { type: 'json' };

export const COUNTRY_CODES: ReadonlySet<string> = new Set((countryCodes as string[][]).map((row) => row[0] ?? ''));
export const LANGUAGE_CODES: ReadonlySet<string> = new Set((languageCodes as string[][]).map((row) => row[0] ?? ''));
