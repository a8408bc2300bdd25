// How matching ranks collaborators for a support request: the weights are data, documented in docs/matching.md.
import type { AvailabilityStatus, VettingStatus } from '../roster/taxonomy.js';

export const MATCH_WEIGHTS = {
  /** Per strategy area of the request the collaborator works in. A collaborator covering none is not listed. */
  strategyArea: 30,
  /** Works in the community's country. */
  sameCountry: 20,
  /** Works elsewhere in the community's region. */
  sameRegion: 8,
  /** An international (global) actor, for any region. */
  globalActor: 4,
  /** Speaks at least one of the languages the request asks for. */
  sharedLanguage: 12,
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
