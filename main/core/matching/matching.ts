// Ranks the roster for a support request from the in-memory search index: one pass over every live collaborator's
// facet values, scored with the weights in common/community/matching-weights.ts, each score explained by its reasons.
import { MATCH_WEIGHTS, NOT_MATCHED } from '../../../common/community/matching-weights.js';
import type { Match, MatchReason } from '../../../common/community/match.schema.js';
import type { RosterFacet } from '../../../common/contract/roster.contract.js';
import type { Level, Region, StrategyArea } from '../../../common/roster/taxonomy.js';
import type { FacetIndex, RosterIndex } from '../roster/roster-index.js';

export interface MatchNeed {
  strategyAreas: readonly StrategyArea[];
  level: Level;
  languages: readonly string[];
  country: string;
  region: Region;
}

/** Per collaborator (by seq, the roster row): how many of their collaborations were concluded or declined. */
export type PastCollaborations = ReadonlyMap<number, { concluded: number; declined: number }>;

/** Marks, per value id of a facet, whether it is one of `wanted`. */
function wantedValues(facet: FacetIndex, wanted: readonly string[]): Uint8Array {
  const marks = new Uint8Array(facet.values.length);
  for (const value of wanted) {
    const id = facet.valueIds.get(value);
    if (id !== undefined) marks[id] = 1;
  }
  return marks;
}

/** The values of `wanted` (in its order) that dense id `row` carries in this facet. */
function carried<T extends string>(facet: FacetIndex, wanted: readonly T[], row: number): T[] {
  const values = new Set<string>();
  for (let k = facet.rowStart[row]!; k < facet.rowStart[row + 1]!; k += 1) values.add(facet.values[facet.rowValues[k]!]!);
  return wanted.filter((value) => values.has(value));
}

function firstValue(facet: FacetIndex, row: number): string {
  return facet.values[facet.rowValues[facet.rowStart[row]!]!] ?? '';
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

/**
 * The best `limit` collaborators for `need`, highest score first (ties in name order), with their reasons. `people`
 * reads what the answer shows of a collaborator, only for the `limit` kept.
 */
export function rankCollaborators(
  index: RosterIndex,
  need: MatchNeed,
  past: PastCollaborations,
  people: (seqs: readonly number[]) => Map<number, { id: string; name: string; kind: string; region: string; countries: string[] }>,
  limit: number,
): Match[] {
  const f = (name: RosterFacet) => index.facets[name];
  const W = MATCH_WEIGHTS;
  const strategyMarks = wantedValues(f('strategy'), need.strategyAreas);
  const countryMarks = wantedValues(f('country'), [need.country]);
  const languageMarks = wantedValues(f('language'), need.languages);
  const levelMarks = wantedValues(f('level'), [need.level]);
  const availability = statusWeights(f('availability'), W.availability, NOT_MATCHED.availability);
  const vetting = statusWeights(f('vetting'), W.vetting, NOT_MATCHED.vetting);
  const regionOf = f('region');

  const scores = new Float64Array(index.size).fill(Number.NaN);
  const candidates: number[] = [];
  for (let row = 0; row < index.size; row += 1) {
    const areas = countMarked(f('strategy'), strategyMarks, row);
    if (areas === 0) continue;
    const available = availability[f('availability').rowValues[f('availability').rowStart[row]!]!]!;
    const vetted = vetting[f('vetting').rowValues[f('vetting').rowStart[row]!]!]!;
    if (Number.isNaN(available) || Number.isNaN(vetted)) continue;
    const region = firstValue(regionOf, row);
    let score = areas * W.strategyArea + available + vetted;
    if (countMarked(f('country'), countryMarks, row) > 0) score += W.sameCountry;
    else if (region === need.region) score += W.sameRegion;
    if (region === 'global') score += W.globalActor;
    if (countMarked(f('language'), languageMarks, row) > 0) score += W.sharedLanguage;
    if (countMarked(f('level'), levelMarks, row) > 0) score += W.level;
    const record = past.get(index.seqOf[row]!);
    if (record) score += Math.min(record.concluded, W.pastCap) * W.pastConcluded + Math.min(record.declined, W.pastCap) * W.pastDeclined;
    scores[row] = score;
    candidates.push(row);
  }
  candidates.sort((a, b) => scores[b]! - scores[a]! || a - b);
  const kept = candidates.slice(0, limit);
  const shown = people(kept.map((row) => index.seqOf[row]!));

  return kept.map((row) => {
    const person = shown.get(index.seqOf[row]!)!;
    const reasons: MatchReason[] = [{ kind: 'strategy', areas: carried(f('strategy'), need.strategyAreas, row) }];
    const region = firstValue(regionOf, row);
    if (countMarked(f('country'), countryMarks, row) > 0) reasons.push({ kind: 'country', country: need.country });
    else if (region === need.region) reasons.push({ kind: 'region', region: need.region });
    if (region === 'global') reasons.push({ kind: 'global' });
    const languages = carried(f('language'), need.languages, row);
    if (languages.length > 0) reasons.push({ kind: 'language', languages });
    if (countMarked(f('level'), levelMarks, row) > 0) reasons.push({ kind: 'level', level: need.level });
    reasons.push({ kind: 'availability', status: firstValue(f('availability'), row) as 'available' | 'limited' });
    reasons.push({ kind: 'vetting', status: firstValue(f('vetting'), row) as 'vetted' | 'proposed' | 'paused' });
    const record = past.get(index.seqOf[row]!);
    if (record) reasons.push({ kind: 'past', concluded: record.concluded, declined: record.declined });
    return {
      collaborator: { id: person.id, name: person.name, kind: person.kind as Match['collaborator']['kind'], region: person.region as Region, countries: person.countries },
      score: scores[row]!,
      reasons,
    };
  });
}
