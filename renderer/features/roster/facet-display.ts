// Pure logic of the find screen: which facet values to show and in what order, ticking filters, paging and sorting.
import type { FacetCounts, ParsedRosterQuery, RosterFacet } from '../../../common/contract/roster.contract.js';
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
  const ticked = new Set(filters[facet] ?? []);
  const byValue = new Map<string, number>();
  for (const { value, count } of counts[facet] ?? []) if (count > 0) byValue.set(value, count);
  for (const value of ticked) if (!byValue.has(value)) byValue.set(value, 0);
  const values = [...byValue].map(([value, count]) => ({ value, count, checked: ticked.has(value) }));
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
  const next = checked ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  const { [facet]: _dropped, ...rest } = filters;
  return next.length > 0 ? { ...rest, [facet]: next } : rest;
}

export function activeFilterCount(filters: RosterFilters): number {
  return Object.values(filters).reduce((sum, values) => sum + (values?.length ?? 0), 0);
}

/** Relevance only means something with text; without it the list falls back to names. */
export function effectiveSort(sort: RosterSort, text: string): RosterSort {
  return sort === 'relevance' && text.trim() === '' ? 'name' : sort;
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
