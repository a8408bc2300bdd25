// The find screen's pure logic: which facet values show and in what order, show more, ticking filters and chips, sorting, paging, list keys, place names.
import { describe, expect, it } from 'vitest';
import {
  activeFilterCount,
  activeFilters,
  effectiveSort,
  nextActiveIndex,
  pagesFor,
  previewFacetValues,
  sortChoices,
  toggleFilter,
  visibleFacetValues,
} from '../../../renderer/features/roster/facet-display.js';
import { allCountries, countryName, languageName, matchesName } from '../../../renderer/features/roster/place-names.js';

const collator = new Intl.Collator('en');
const same = (value: string) => value;

describe('visibleFacetValues', () => {
  it('hides values with no result unless they are ticked, and shows a ticked one at zero', () => {
    const counts = { country: [{ value: 'BR', count: 3 }, { value: 'TH', count: 0 }] };
    expect(visibleFacetValues('country', counts, {}, same, collator)).toEqual([{ value: 'BR', count: 3, checked: false }]);
    expect(visibleFacetValues('country', counts, { country: ['KE'] }, same, collator)).toEqual([
      { value: 'BR', count: 3, checked: false },
      { value: 'KE', count: 0, checked: true },
    ]);
  });

  it('keeps the taxonomy order for fixed vocabularies', () => {
    const counts = { level: [{ value: 'international', count: 9 }, { value: 'local', count: 1 }] };
    expect(visibleFacetValues('level', counts, {}, same, collator).map((v) => v.value)).toEqual(['local', 'international']);
  });

  it('orders open vocabularies by count, then by label in the interface language', () => {
    const counts = { tag: [{ value: 'water', count: 2 }, { value: 'mining', count: 2 }, { value: 'dams', count: 5 }] };
    expect(visibleFacetValues('tag', counts, {}, same, collator).map((v) => v.value)).toEqual(['dams', 'mining', 'water']);
  });
});

describe('filters and sorting', () => {
  it('ticks and unticks, dropping a facet left empty', () => {
    const one = toggleFilter({}, 'kind', 'network', true);
    expect(one).toEqual({ kind: ['network'] });
    expect(toggleFilter(one, 'kind', 'network', true)).toEqual({ kind: ['network'] });
    const two = toggleFilter(one, 'region', 'asia', true);
    expect(activeFilterCount(two)).toBe(2);
    expect(toggleFilter(two, 'kind', 'network', false)).toEqual({ region: ['asia'] });
  });

  it('offers relevance only with text, and falls back to names without it', () => {
    expect(sortChoices('')).toEqual(['name', 'updated']);
    expect(sortChoices('sao')).toEqual(['relevance', 'name', 'updated']);
    expect(effectiveSort('relevance', '  ')).toBe('name');
    expect(effectiveSort('relevance', 'sao')).toBe('relevance');
    expect(effectiveSort('updated', '')).toBe('updated');
  });

  it('sorts by relevance while text is typed, unless another order was picked then; the browsing order comes back without text', () => {
    expect(effectiveSort('name', 'sao')).toBe('relevance');
    expect(effectiveSort('updated', 'sao')).toBe('relevance');
    expect(effectiveSort('updated', 'sao', 'name')).toBe('name');
    expect(effectiveSort('updated', '', 'name')).toBe('updated');
    expect(effectiveSort('name', ' ', null)).toBe('name');
  });

  it('treats tags without case: ticking one spelling shows it ticked in another, unticking removes any spelling', () => {
    const counts = { tag: [{ value: 'CAO complaints', count: 3 }] };
    expect(visibleFacetValues('tag', counts, { tag: ['cao complaints'] }, same, collator)).toEqual([{ value: 'CAO complaints', count: 3, checked: true }]);
    expect(toggleFilter({ tag: ['cao complaints'] }, 'tag', 'CAO complaints', false)).toEqual({});
    expect(toggleFilter({ tag: ['cao complaints'] }, 'tag', 'CAO complaints', true)).toEqual({ tag: ['CAO complaints'] });
    // Codes of other facets are exact.
    expect(toggleFilter({ country: ['BR'] }, 'country', 'br', true)).toEqual({ country: ['BR', 'br'] });
  });

  it('lists the active filters in the panel order, for the chips', () => {
    expect(activeFilters({ tag: ['mining'], strategy: ['advocacy'], country: ['BR', 'KE'] })).toEqual([
      { facet: 'strategy', value: 'advocacy' },
      { facet: 'country', value: 'BR' },
      { facet: 'country', value: 'KE' },
      { facet: 'tag', value: 'mining' },
    ]);
    expect(activeFilters({})).toEqual([]);
  });
});

describe('show more in a filter group', () => {
  const values = (n: number, ticked: number[] = []) =>
    Array.from({ length: n }, (_, i) => ({ value: `v${i}`, count: n - i, checked: ticked.includes(i) }));

  it('shows the first values and counts the rest; everything once expanded; nothing hidden in a short group', () => {
    expect(previewFacetValues(values(10), false, 6)).toEqual({ shown: values(10).slice(0, 6), hidden: 4 });
    expect(previewFacetValues(values(10), true, 6)).toEqual({ shown: values(10), hidden: 0 });
    expect(previewFacetValues(values(6), false, 6)).toEqual({ shown: values(6), hidden: 0 });
  });

  it('never hides a ticked value', () => {
    const { shown, hidden } = previewFacetValues(values(10, [8]), false, 6);
    expect(shown.map((v) => v.value)).toEqual(['v0', 'v1', 'v2', 'v3', 'v4', 'v5', 'v8']);
    expect(hidden).toBe(3);
  });
});

describe('paging and keys', () => {
  it('lists the pages covering visible rows', () => {
    expect(pagesFor(0, 10)).toEqual([0]);
    expect(pagesFor(95, 105)).toEqual([0, 1]);
    expect(pagesFor(5, 4)).toEqual([]);
  });

  it('moves the highlight within bounds', () => {
    expect(nextActiveIndex('ArrowDown', 0, 3, 5)).toBe(1);
    expect(nextActiveIndex('ArrowDown', 2, 3, 5)).toBe(2);
    expect(nextActiveIndex('ArrowUp', 0, 3, 5)).toBe(0);
    expect(nextActiveIndex('End', 0, 3, 5)).toBe(2);
    expect(nextActiveIndex('PageDown', 0, 30, 5)).toBe(5);
    expect(nextActiveIndex('a', 0, 3, 5)).toBeNull();
    expect(nextActiveIndex('ArrowDown', 0, 0, 5)).toBeNull();
  });
});

describe('place names', () => {
  it('names countries and languages in the interface language', () => {
    expect(countryName('BR', 'es')).toBe('Brasil');
    expect(countryName('BR', 'pt-BR')).toBe('Brasil');
    expect(languageName('fr', 'en')).toBe('French');
    expect(countryName('ZZ', 'en')).toBe('ZZ');
  });

  it('lists countries alphabetically and matches names without accents', () => {
    const names = allCountries('fr').map((entry) => entry.name);
    expect(names.indexOf('Afghanistan')).toBeLessThan(names.indexOf('Zimbabwe'));
    expect(matchesName('São Tomé and Príncipe', 'sao tome')).toBe(true);
    expect(matchesName('Brazil', 'peru')).toBe(false);
  });
});
