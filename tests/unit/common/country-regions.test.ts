// The country→region data: every ISO 3166-1 country has a region, spot checks, and how a collaborator's region is derived.
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { deriveRegion, regionOfCountry } from '../../../common/roster/country-regions.js';
import { REGIONS } from '../../../common/roster/taxonomy.js';

const ALL_CODES = Object.keys(countries.getAlpha2Codes());

describe('regionOfCountry', () => {
  it('maps every ISO 3166-1 alpha-2 code i18n-iso-countries knows to one of the regions', () => {
    expect(ALL_CODES.length).toBeGreaterThanOrEqual(249);
    for (const code of ALL_CODES) expect(REGIONS).toContain(regionOfCountry(code));
  });

  it.each([
    ['BR', 'latin_america'],
    ['MX', 'latin_america'],
    ['HT', 'latin_america'],
    ['KE', 'africa'],
    ['EG', 'africa'],
    ['CI', 'africa'],
    ['PH', 'asia'],
    ['IN', 'asia'],
    ['FJ', 'asia'],
    ['PG', 'asia'],
    ['FR', 'global'],
    ['US', 'global'],
    ['GB', 'global'],
    ['AU', 'global'],
  ])('%s → %s', (code, region) => {
    expect(regionOfCountry(code)).toBe(region);
  });

  it('gives each of the three regions the countries of its UN M49 area', () => {
    const counts = new Map<string, number>();
    for (const code of ALL_CODES) counts.set(regionOfCountry(code), (counts.get(regionOfCountry(code)) ?? 0) + 1);
    expect(counts.get('africa')).toBeGreaterThanOrEqual(54);
    expect(counts.get('asia')).toBeGreaterThanOrEqual(45);
    expect(counts.get('latin_america')).toBeGreaterThanOrEqual(33);
  });

  it('answers global for a code that is not a country', () => {
    expect(regionOfCountry('ZZ')).toBe('global');
  });
});

describe('deriveRegion', () => {
  it('is the one region all the countries share', () => {
    expect(deriveRegion(['BR'])).toBe('latin_america');
    expect(deriveRegion(['KE', 'UG', 'TZ'])).toBe('africa');
    expect(deriveRegion(['PH', 'FJ'])).toBe('asia');
  });

  it('is global when the countries span several regions', () => {
    expect(deriveRegion(['BR', 'KE'])).toBe('global');
    expect(deriveRegion(['IN', 'FR'])).toBe('global');
  });

  it('is global with no countries, or with countries outside the three regions', () => {
    expect(deriveRegion([])).toBe('global');
    expect(deriveRegion(['US', 'GB'])).toBe('global');
  });
});
