// Which facilitator region each country belongs to (UN M49 regions; the Pacific is served by the Asia team).
// Countries not listed (Europe, North America, Australia, New Zealand, Antarctica) count as global.
import type { Region } from './taxonomy.js';

const AFRICA: readonly string[] = [
  'DZ', 'AO', 'BJ', 'BW', 'BF', 'BI', 'CV', 'CM', 'CF', 'TD', 'KM', 'CG', 'CD', 'CI', 'DJ', 'EG', 'GQ', 'ER', 'SZ',
  'ET', 'GA', 'GM', 'GH', 'GN', 'GW', 'KE', 'LS', 'LR', 'LY', 'MG', 'MW', 'ML', 'MR', 'MU', 'MA', 'MZ', 'NA', 'NE',
  'NG', 'RW', 'ST', 'SN', 'SC', 'SL', 'SO', 'ZA', 'SS', 'SD', 'TZ', 'TG', 'TN', 'UG', 'ZM', 'ZW', 'EH', 'RE', 'YT',
  'SH', 'IO', 'TF',
];

const ASIA_PACIFIC: readonly string[] = [
  'AF', 'AM', 'AZ', 'BH', 'BD', 'BT', 'BN', 'KH', 'CN', 'CY', 'GE', 'HK', 'IN', 'ID', 'IR', 'IQ', 'IL', 'JO', 'KZ',
  'KW', 'KG', 'LA', 'LB', 'MO', 'MY', 'MV', 'MN', 'MM', 'NP', 'KP', 'OM', 'PK', 'PS', 'PH', 'QA', 'SA', 'SG', 'KR',
  'LK', 'SY', 'TW', 'TJ', 'TH', 'TL', 'TR', 'TM', 'AE', 'UZ', 'VN', 'YE', 'PG', 'FJ', 'SB', 'VU', 'WS', 'TO', 'KI',
  'TV', 'NR', 'FM', 'MH', 'PW', 'NC', 'PF', 'WF', 'CK', 'NU', 'TK', 'AS', 'GU', 'MP', 'PN',
];

const LATIN_AMERICA_CARIBBEAN: readonly string[] = [
  'AR', 'BO', 'BR', 'CL', 'CO', 'CR', 'CU', 'DO', 'EC', 'SV', 'GT', 'HT', 'HN', 'JM', 'MX', 'NI', 'PA', 'PY', 'PE',
  'PR', 'UY', 'VE', 'AG', 'BS', 'BB', 'BZ', 'DM', 'GD', 'GY', 'KN', 'LC', 'VC', 'SR', 'TT', 'AI', 'AW', 'BQ', 'CW',
  'GF', 'GP', 'KY', 'MQ', 'MS', 'SX', 'TC', 'VG', 'VI', 'BL', 'MF', 'FK', 'GS', 'BV',
];

const REGION_OF: ReadonlyMap<string, Region> = new Map<string, Region>([
  ...AFRICA.map((code) => [code, 'africa'] as const),
  ...ASIA_PACIFIC.map((code) => [code, 'asia'] as const),
  ...LATIN_AMERICA_CARIBBEAN.map((code) => [code, 'latin_america'] as const),
]);

/** The region of one country (ISO 3166-1 alpha-2, uppercase). */
export function regionOfCountry(code: string): Region {
  return REGION_OF.get(code) ?? 'global';
}

/**
 * A collaborator's region: the one region all its countries share; global when it has none, spans several regions,
 * or is in a country outside the three regions.
 */
export function deriveRegion(countries: readonly string[]): Region {
  const regions = new Set(countries.map(regionOfCountry));
  const [only] = regions;
  return regions.size === 1 && only !== undefined ? only : 'global';
}
