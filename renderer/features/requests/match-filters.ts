// The matching screen's quick filters over the ranked answer: languages to require, available only, vetted only; chosen collaborators always stay in view.
import type { Match } from '../../../common/community/match.schema.js';

export interface MatchFilters {
  /** Codes of the languages a collaborator must speak one of; empty for any. */
  languages: readonly string[];
  availableOnly: boolean;
  vettedOnly: boolean;
}

export const NO_FILTERS: MatchFilters = { languages: [], availableOnly: false, vettedOnly: false };

export function filtersActive(filters: MatchFilters): boolean {
  return filters.languages.length > 0 || filters.availableOnly || filters.vettedOnly;
}

/** The languages worth filtering on: the request's first, then the community's own, each once. */
export function languageChoices(requestLanguages: readonly string[], communityLanguages: readonly string[]): string[] {
  return [...new Set([...requestLanguages, ...communityLanguages])];
}

/** Adds or removes one language, keeping the order of `choices`. */
export function toggleLanguage(filters: MatchFilters, choices: readonly string[], code: string, on: boolean): MatchFilters {
  const chosen = new Set(filters.languages);
  if (on) chosen.add(code);
  else chosen.delete(code);
  return { ...filters, languages: choices.filter((choice) => chosen.has(choice)) };
}

function passes(match: Match, filters: MatchFilters): boolean {
  const { languages, availability, vetting } = match.collaborator;
  if (filters.languages.length > 0 && !filters.languages.some((code) => languages.includes(code))) return false;
  if (filters.availableOnly && availability !== 'available') return false;
  if (filters.vettedOnly && vetting !== 'vetted') return false;
  return true;
}

/** The matches that pass the filters, in ranking order, plus any already chosen (a choice is never hidden). */
export function filterMatches(matches: readonly Match[], filters: MatchFilters, chosen: ReadonlySet<string>): Match[] {
  if (!filtersActive(filters)) return [...matches];
  return matches.filter((match) => chosen.has(match.collaborator.id) || passes(match, filters));
}
