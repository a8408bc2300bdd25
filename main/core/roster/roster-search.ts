// What the roster search takes from a query: the typed text as an FTS5 query, filter values as stored, the relevance rule.
// Both searches use these: the in-memory one the app runs (roster-fast-search.ts) and the SQL one tests hold it to.
import type { RosterFacet } from '../../../common/contract/roster.contract.js';
import { searchWords } from '../../../common/roster/search-words.js';

/** Turns what a person typed into an FTS5 query: every word must match, the last one (being typed) as a prefix. */
export function toFtsQuery(text: string): string | null {
  const words = searchWords(text);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' AND ');
}

/**
 * Relevance is bm25 when the words match at most this many live collaborators. Past it (one or two letters typed), bm25
 * over every match costs more than the search budget and ranks little: the order is then names matching every word
 * first, then the rest, each in name order. docs/decisions/0006-lean-roster-writes.md has the figures.
 */
export const RELEVANCE_BM25_LIMIT = 4000;

export interface RelevanceOptions {
  /** For tests: a lower limit exercises the tiered order on small rosters. */
  relevanceLimit?: number;
}

/** Filter values as the index holds them: tags folded to lower case (a tag filter ignores case), every other facet as given. */
export function storedFilterValues(facet: RosterFacet, values: readonly string[]): string[] {
  return facet === 'tag' ? values.map((v) => v.toLowerCase()) : [...values];
}
