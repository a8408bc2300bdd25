// Ranks the roster for a support request from the in-memory search index: one pass over every live collaborator's
// facet values, scored with the weights in common/community/matching-weights.ts, each score explained by its reasons.
import { bestPossiblePoints, MATCH_WEIGHTS, NOT_MATCHED, percentOfBest } from '../../../common/community/matching-weights.js';
import type { Match } from '../../../common/community/match.schema.js';
import type { Level, Region, StrategyArea } from '../../../common/roster/taxonomy.js';
import type { MatchedPerson } from '../../../db/collaborator-search.repo.js';
import type { FacetIndex, RosterIndex } from '../roster/roster-index.js';
import { judgeTag, tagWords, type RequestTerms, type TagWords } from './match-words.js';
import { reasonsFor } from './match-reasons.js';

export interface MatchNeed {
  strategyAreas: readonly StrategyArea[];
  level: Level;
  /** The languages the request asks for. */
  languages: readonly string[];
  /** The community's own languages. */
  communityLanguages: readonly string[];
  country: string;
  region: Region;
  /** The request's text, and the financiers and companies of the project(s) it is about. */
  terms: RequestTerms;
}

/** Per collaborator (by seq, the roster row): how many of their collaborations were concluded or declined. */
export type PastCollaborations = ReadonlyMap<number, { concluded: number; declined: number }>;

const W = MATCH_WEIGHTS;

/** Marks, per value id of a facet, whether it is one of `wanted`. */
function wantedValues(facet: FacetIndex, wanted: readonly string[]): Uint8Array {
  const marks = new Uint8Array(facet.values.length);
  for (const value of wanted) {
    const id = facet.valueIds.get(value);
    if (id !== undefined) marks[id] = 1;
  }
  return marks;
}

function countMarked(facet: FacetIndex, marks: Uint8Array, row: number): number {
  let n = 0;
  for (let k = facet.rowStart[row]!; k < facet.rowStart[row + 1]!; k += 1) n += marks[facet.rowValues[k]!]!;
  return n;
}

/** Value-id tables for the statuses' weights: excluded statuses get NaN. */
function statusWeights(facet: FacetIndex, weights: Readonly<Record<string, number>>, excluded: readonly string[]): Float64Array {
  return Float64Array.from(facet.values, (value) => (excluded.includes(value) ? Number.NaN : (weights[value] ?? 0)));
}

/** The tag facet's values as words, folded once per index (the index is rebuilt, never changed, when the roster changes). */
const tagWordsCache = new WeakMap<FacetIndex, readonly TagWords[]>();

function tagWordsOf(facet: FacetIndex): readonly TagWords[] {
  let words = tagWordsCache.get(facet);
  if (!words) tagWordsCache.set(facet, (words = facet.values.map(tagWords)));
  return words;
}

/** What each tag value gives for this request: -1 or the id of the first value with the same words (so "Land" and "land" count once), and two flags. */
interface TagTables {
  textMatch: Int32Array;
  namesFinancier: Uint8Array;
  namesCompany: Uint8Array;
}

function tagTables(facet: FacetIndex, terms: RequestTerms): TagTables {
  const words = tagWordsOf(facet);
  const textMatch = new Int32Array(words.length).fill(-1);
  const namesFinancier = new Uint8Array(words.length);
  const namesCompany = new Uint8Array(words.length);
  const firstWithWords = new Map<string, number>();
  words.forEach((tag, value) => {
    const verdict = judgeTag(tag, terms);
    if (verdict.textWords) {
      const key = tag.all.join(' ');
      if (!firstWithWords.has(key)) firstWithWords.set(key, value);
      textMatch[value] = firstWithWords.get(key)!;
    }
    namesFinancier[value] = verdict.financiers.length > 0 ? 1 : 0;
    namesCompany[value] = verdict.companies.length > 0 ? 1 : 0;
  });
  return { textMatch, namesFinancier, namesCompany };
}

/** The best possible points for this need (see bestPossiblePoints). */
export function bestPointsFor(need: MatchNeed): number {
  return bestPossiblePoints({
    strategyAreas: need.strategyAreas.length,
    hasText: need.terms.text.words.folded.length > 0,
    hasFinanciers: need.terms.financiers.length > 0,
    hasCompanies: need.terms.companies.length > 0,
    requestLanguages: need.languages.length,
    communityLanguages: need.communityLanguages.length,
  });
}

/** Keeps the `limit` best rows, highest score first; a later row (later in name order) never displaces an equal one. */
class TopRows {
  readonly rows: number[] = [];
  readonly scores: number[] = [];
  constructor(private readonly limit: number) {}

  offer(row: number, score: number): void {
    const n = this.rows.length;
    if (n === this.limit && score <= this.scores[n - 1]!) return;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.scores[mid]! >= score) lo = mid + 1;
      else hi = mid;
    }
    this.rows.splice(lo, 0, row);
    this.scores.splice(lo, 0, score);
    if (this.rows.length > this.limit) {
      this.rows.pop();
      this.scores.pop();
    }
  }
}

/**
 * The best `limit` collaborators for `need`, highest score first (ties in name order), with their reasons. `people`
 * reads what the answer shows of a collaborator, only for the `limit` kept.
 */
export function rankCollaborators(
  index: RosterIndex,
  need: MatchNeed,
  past: PastCollaborations,
  people: (seqs: readonly number[]) => Map<number, MatchedPerson>,
  limit: number,
): Match[] {
  const { strategy, country, language, level, availability, vetting, region, tag } = index.facets;
  const strategyMarks = wantedValues(strategy, need.strategyAreas);
  const countryMarks = wantedValues(country, [need.country]);
  const languageMarks = wantedValues(language, need.languages);
  const communityLanguageMarks = wantedValues(language, need.communityLanguages);
  const levelMarks = wantedValues(level, [need.level]);
  const availabilityPoints = statusWeights(availability, W.availability, NOT_MATCHED.availability);
  const vettingPoints = statusWeights(vetting, W.vetting, NOT_MATCHED.vetting);
  const regionPoints = Float64Array.from(region.values, (value) => (value === need.region ? W.sameRegion : value === 'global' ? W.globalActor : 0));
  const tags = tagTables(tag, need.terms);
  const counted: number[] = [];

  const top = new TopRows(limit);
  for (let row = 0; row < index.size; row += 1) {
    const areas = countMarked(strategy, strategyMarks, row);
    if (areas === 0) continue;
    const available = availabilityPoints[availability.rowValues[availability.rowStart[row]!]!]!;
    const vetted = vettingPoints[vetting.rowValues[vetting.rowStart[row]!]!]!;
    if (Number.isNaN(available) || Number.isNaN(vetted)) continue;
    let score = areas * W.strategyArea + available + vetted;
    score += countMarked(country, countryMarks, row) > 0 ? W.sameCountry : regionPoints[region.rowValues[region.rowStart[row]!]!]!;
    if (countMarked(language, languageMarks, row) > 0) score += W.sharedLanguage;
    if (countMarked(language, communityLanguageMarks, row) > 0) score += W.communityLanguage;
    if (countMarked(level, levelMarks, row) > 0) score += W.level;
    let financier = 0;
    let company = 0;
    counted.length = 0;
    for (let k = tag.rowStart[row]!; k < tag.rowStart[row + 1]!; k += 1) {
      const value = tag.rowValues[k]!;
      const same = tags.textMatch[value]!;
      if (same >= 0 && counted.length < W.expertiseCap && !counted.includes(same)) counted.push(same);
      financier |= tags.namesFinancier[value]!;
      company |= tags.namesCompany[value]!;
    }
    score += counted.length * W.expertiseTag + financier * W.financier + company * W.company;
    const record = past.get(index.seqOf[row]!);
    if (record) score += Math.min(record.concluded, W.pastCap) * W.pastConcluded + Math.min(record.declined, W.pastCap) * W.pastDeclined;
    top.offer(row, score);
  }

  const shown = people(top.rows.map((row) => index.seqOf[row]!));
  const best = bestPointsFor(need);
  return top.rows.map((row, rank) => {
    const person = shown.get(index.seqOf[row]!)!;
    const points = top.scores[rank]!;
    return {
      collaborator: {
        id: person.id,
        name: person.name,
        kind: person.kind as Match['collaborator']['kind'],
        region: person.region as Region,
        countries: person.countries,
        languages: person.languages,
        availability: person.availabilityStatus as Match['collaborator']['availability'],
        vetting: person.vettingStatus as Match['collaborator']['vetting'],
      },
      score: percentOfBest(points, best),
      points,
      bestPoints: best,
      reasons: reasonsFor(person, need, past.get(index.seqOf[row]!)),
    };
  });
}
