// How matching ranks collaborators for a support request: the weights are data, documented in docs/matching.md.
import type { AvailabilityStatus, VettingStatus } from '../roster/taxonomy.js';

export const MATCH_WEIGHTS = {
  /** Per strategy area of the request the collaborator works in. A collaborator covering none is not listed. */
  strategyArea: 30,
  /** Per expertise tag whose words all appear in the request's text, up to `expertiseCap` tags. */
  expertiseTag: 8,
  expertiseCap: 3,
  /** A tag naming a financier of the request's project(s) or a financier the request names (once, however many tags). */
  financier: 15,
  /** A tag naming a company of the request's project(s) (once, however many tags). */
  company: 10,
  /** Works in the community's country. */
  sameCountry: 20,
  /** Otherwise, works elsewhere in the community's region. */
  sameRegion: 8,
  /** Otherwise, an international (global) actor. */
  globalActor: 4,
  /** Speaks at least one of the languages the request asks for. */
  sharedLanguage: 12,
  /** Speaks at least one of the community's own languages. */
  communityLanguage: 8,
  /** Offers support at the level the request asks for. */
  level: 10,
  /** Unavailable collaborators are not listed. */
  availability: { available: 10, limited: 2 } satisfies Partial<Record<AvailabilityStatus, number>>,
  /** Withdrawn collaborators are not listed. */
  vetting: { vetted: 10, proposed: 0, paused: -10 } satisfies Partial<Record<VettingStatus, number>>,
  /** Per concluded collaboration they took part in, up to `pastCap` of them. */
  pastConcluded: 5,
  pastCap: 3,
  /** Per collaboration of theirs that was declined, up to `pastCap` of them. */
  pastDeclined: -3,
} as const;

/** Statuses that keep a collaborator out of the ranking altogether. */
export const NOT_MATCHED = { availability: ['unavailable'], vetting: ['withdrawn'] } as const;

/** What a request asks for, as far as the best possible score depends on it. */
export interface MatchAsks {
  strategyAreas: number;
  /** The request's text has at least one word a tag could match. */
  hasText: boolean;
  hasFinanciers: boolean;
  hasCompanies: boolean;
  requestLanguages: number;
  communityLanguages: number;
}

/**
 * The best score a collaborator could reach for this request: the most each reason can give, given what the request
 * asks. A match's percentage is its points over this, so 100 % is a collaborator with every reason at its best.
 */
export function bestPossiblePoints(asks: MatchAsks): number {
  const W = MATCH_WEIGHTS;
  return (
    asks.strategyAreas * W.strategyArea +
    (asks.hasText ? W.expertiseCap * W.expertiseTag : 0) +
    (asks.hasFinanciers ? W.financier : 0) +
    (asks.hasCompanies ? W.company : 0) +
    W.sameCountry +
    (asks.requestLanguages > 0 ? W.sharedLanguage : 0) +
    (asks.communityLanguages > 0 ? W.communityLanguage : 0) +
    W.level +
    W.availability.available +
    W.vetting.vetted +
    W.pastCap * W.pastConcluded
  );
}

/** Points as a whole percentage of the best possible, from 0 to 100. */
export function percentOfBest(points: number, best: number): number {
  if (!(best > 0)) return 0;
  return Math.min(100, Math.max(0, Math.round((100 * points) / best)));
}
