// Pure logic of the find screen: which facet values to show and in what order, ticking filters, paging and sorting.
import { ROSTER_FACETS, type FacetCounts, type ParsedRosterQuery, type RosterFacet } from '../../../common/contract/roster.contract.js';
import {
  AVAILABILITY_STATUSES,
  COLLABORATOR_KINDS,
  LEVELS,
  REGIONS,
  STRATEGY_AREAS,
  VETTING_STATUSES,
} from '../../../common/roster/taxonomy.js';

export type RosterFilters = ParsedRosterQuery['filters'];
export type RosterSort = ParsedRosterQuery['sort'];

export interface FacetValue {
  value: string;
  count: number;
  checked: boolean;
}

/** Facets with a fixed vocabulary keep its order (as the product lists them); the others go by count, then by label. */
const FIXED_ORDER: Partial<Record<RosterFacet, readonly string[]>> = {
  strategy: STRATEGY_AREAS,
  level: LEVELS,
  region: REGIONS,
  kind: COLLABORATOR_KINDS,
  vetting: VETTING_STATUSES,
  availability: AVAILABILITY_STATUSES,
};

/** Tags are matched without case ("CAO complaints" is "cao complaints"); every other facet's values are codes. */
export function sameFacetValue(facet: RosterFacet, a: string, b: string): boolean {
  return facet === 'tag' ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/**
 * The checkboxes of one facet: every value with results, plus every ticked value even at zero (so it can be unticked);
 * values with no result and not ticked are left out.
 */
export function visibleFacetValues(
  facet: RosterFacet,
  counts: FacetCounts,
  filters: RosterFilters,
  labelOf: (value: string) => string,
  collator: Intl.Collator,
): FacetValue[] {
  const ticked = filters[facet] ?? [];
  const isTicked = (value: string) => ticked.some((tick) => sameFacetValue(facet, tick, value));
  const byValue = new Map<string, number>();
  for (const { value, count } of counts[facet] ?? []) if (count > 0) byValue.set(value, count);
  for (const value of ticked) if (![...byValue.keys()].some((known) => sameFacetValue(facet, known, value))) byValue.set(value, 0);
  const values = [...byValue].map(([value, count]) => ({ value, count, checked: isTicked(value) }));
  const fixed = FIXED_ORDER[facet];
  if (fixed) return values.sort((a, b) => rank(fixed, a.value) - rank(fixed, b.value));
  return values.sort((a, b) => b.count - a.count || collator.compare(labelOf(a.value), labelOf(b.value)));
}

function rank(order: readonly string[], value: string): number {
  const index = order.indexOf(value);
  return index === -1 ? order.length : index;
}

/** Ticks or unticks one value; a facet left with nothing ticked is removed so the query stays minimal. */
export function toggleFilter(filters: RosterFilters, facet: RosterFacet, value: string, checked: boolean): RosterFilters {
  const current = filters[facet] ?? [];
  const others = current.filter((v) => !sameFacetValue(facet, v, value));
  const next = checked ? [...others, value] : others;
  const { [facet]: _dropped, ...rest } = filters;
  return next.length > 0 ? { ...rest, [facet]: next } : rest;
}

export function activeFilterCount(filters: RosterFilters): number {
  return Object.values(filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
}

/** Every ticked filter, facet by facet in the panel's order: the chips above the results. */
export function activeFilters(filters: RosterFilters): { facet: RosterFacet; value: string }[] {
  return ROSTER_FACETS.flatMap((facet) => (filters[facet] ?? []).map((value) => ({ facet, value })));
}

/** How many values a filter group shows before "Show more". */
export const FACET_PREVIEW = 6;

/**
 * The values a filter group shows: all when expanded, else the first few plus any ticked one further down (a ticked
 * filter never hides); `hidden` is how many "Show more" would add.
 */
export function previewFacetValues(values: readonly FacetValue[], expanded: boolean, preview = FACET_PREVIEW): { shown: FacetValue[]; hidden: number } {
  if (expanded || values.length <= preview) return { shown: [...values], hidden: 0 };
  const shown = values.filter((value, index) => index < preview || value.checked);
  return { shown, hidden: values.length - shown.length };
}

/**
 * The order the list uses. While text is typed: relevance, unless the person picked another order then (`typedSort`).
 * Without text: their browsing choice (relevance means nothing without text, so names then).
 */
export function effectiveSort(sort: RosterSort, text: string, typedSort: RosterSort | null = null): RosterSort {
  if (text.trim() !== '') return typedSort ?? 'relevance';
  return sort === 'relevance' ? 'name' : sort;
}

/** The sort choices the menu offers for what is typed. */
export function sortChoices(text: string): RosterSort[] {
  return text.trim() === '' ? ['name', 'updated'] : ['relevance', 'name', 'updated'];
}

export const PAGE_SIZE = 100;

/** The pages that hold rows `first`…`last` (inclusive) of the results. */
export function pagesFor(first: number, last: number, pageSize = PAGE_SIZE): number[] {
  if (last < first) return [];
  const pages: number[] = [];
  for (let page = Math.floor(first / pageSize); page <= Math.floor(last / pageSize); page += 1) pages.push(page);
  return pages;
}

/** The row to highlight after a key press in the results list (arrows, Home, End, Page Up and Down). */
export function nextActiveIndex(key: string, current: number, total: number, pageStep: number): number | null {
  if (total === 0) return null;
  const last = total - 1;
  switch (key) {
    case 'ArrowDown':
      return Math.min(current + 1, last);
    case 'ArrowUp':
      return Math.max(current - 1, 0);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'PageDown':
      return Math.min(current + pageStep, last);
    case 'PageUp':
      return Math.max(current - pageStep, 0);
    default:
      return null;
  }
}
