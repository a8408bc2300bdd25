// The reasons behind a kept collaborator's points, read from their record (tags as written): the same rules as the
// ranking's pass over the index, so the reasons' points always add up to the score.
import { MATCH_WEIGHTS } from '../../../common/community/matching-weights.js';
import type { MatchReason } from '../../../common/community/match.schema.js';
import type { MatchedPerson } from '../../../db/collaborator-search.repo.js';
import { judgeTag, tagWords } from './match-words.js';
import type { MatchNeed } from './matching.js';

const W = MATCH_WEIGHTS;

type Reason<K extends MatchReason['kind']> = Extract<MatchReason, { kind: K }>;

/** Expertise, financier and company reasons from the collaborator's tags; a tag written twice ("Land", "land") counts once. */
function tagReasons(expertise: readonly string[], need: MatchNeed): MatchReason[] {
  const text: Reason<'expertise'>['matches'] = [];
  const financiers: Reason<'financier'>['matches'] = [];
  const companies: Reason<'company'>['matches'] = [];
  const seen = new Set<string>();
  for (const tag of expertise) {
    const words = tagWords(tag);
    const key = words.all.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const verdict = judgeTag(words, need.terms);
    if (verdict.textWords) text.push({ tag, words: verdict.textWords });
    for (const found of verdict.financiers) financiers.push({ tag, ...found });
    for (const company of verdict.companies) companies.push({ tag, company });
  }
  const reasons: MatchReason[] = [];
  if (text.length > 0) reasons.push({ kind: 'expertise', points: Math.min(text.length, W.expertiseCap) * W.expertiseTag, matches: text });
  if (financiers.length > 0) reasons.push({ kind: 'financier', points: W.financier, matches: financiers });
  if (companies.length > 0) reasons.push({ kind: 'company', points: W.company, matches: companies });
  return reasons;
}

/** Where they work against where the community is: one of country, region or global, or none. */
function placeReason(person: MatchedPerson, need: MatchNeed): MatchReason | null {
  if (person.countries.includes(need.country)) return { kind: 'country', points: W.sameCountry, country: need.country };
  if (person.region === need.region) return { kind: 'region', points: W.sameRegion, region: need.region };
  if (person.region === 'global') return { kind: 'global', points: W.globalActor };
  return null;
}

/** Every reason, in a fixed order: what they do, where, which languages, level, then availability, vetting and their past. */
export function reasonsFor(person: MatchedPerson, need: MatchNeed, record: { concluded: number; declined: number } | undefined): MatchReason[] {
  const areas = need.strategyAreas.filter((area) => person.strategyAreas.includes(area));
  const reasons: MatchReason[] = [{ kind: 'strategy', points: areas.length * W.strategyArea, areas }, ...tagReasons(person.expertise, need)];
  const place = placeReason(person, need);
  if (place) reasons.push(place);
  const languages = need.languages.filter((code) => person.languages.includes(code));
  if (languages.length > 0) reasons.push({ kind: 'language', points: W.sharedLanguage, languages });
  const communityLanguages = need.communityLanguages.filter((code) => person.languages.includes(code));
  if (communityLanguages.length > 0) reasons.push({ kind: 'communityLanguage', points: W.communityLanguage, languages: communityLanguages });
  if (person.levels.includes(need.level)) reasons.push({ kind: 'level', points: W.level, level: need.level });
  const availability = person.availabilityStatus as Reason<'availability'>['status'];
  reasons.push({ kind: 'availability', points: W.availability[availability as keyof typeof W.availability] ?? 0, status: availability });
  const vetting = person.vettingStatus as Reason<'vetting'>['status'];
  reasons.push({ kind: 'vetting', points: W.vetting[vetting as keyof typeof W.vetting] ?? 0, status: vetting });
  if (record) {
    const points = Math.min(record.concluded, W.pastCap) * W.pastConcluded + Math.min(record.declined, W.pastCap) * W.pastDeclined;
    reasons.push({ kind: 'past', points, concluded: record.concluded, declined: record.declined });
  }
  return reasons;
}
