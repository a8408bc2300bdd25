// Matching on hand-built rosters: the expected order and the reasons shown for each place, exclusions, past collaborations, points adding up.
import { describe, expect, it } from 'vitest';
import type { Match } from '../../../common/community/match.schema.js';
import type { CollaboratorInput } from '../../../common/roster/collaborator.schema.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { routedTestVault } from '../../helpers/core-router.js';

const BASE: CollaboratorInput = {
  name: '',
  kind: 'cso',
  countries: [],
  levels: [],
  strategyAreas: [],
  expertise: [],
  languages: [],
  contacts: [],
  vetting: { status: 'proposed' },
  availability: { status: 'available' },
  sharing: 'network',
  riskNotes: '',
  notes: '',
};

async function matchingVault(people: Partial<CollaboratorInput>[]) {
  const made = await routedTestVault();
  const { call } = made;
  const ids: Record<string, string> = {};
  for (const person of people) ids[person.name!] = (await call<{ id: string }>('cre:roster.create', { collaborator: { ...BASE, ...person } })).id;
  // A Brazilian community asking for financial research and advocacy, internationally, in Portuguese or English.
  const community = await call<{ id: string }>('cre:communities.create', { community: RIO_VERDE });
  const request = await call<{ id: string }>('cre:requests.create', {
    request: { communityId: community.id, strategyAreas: ['financial_research', 'advocacy'], level: 'international', languages: ['pt', 'en'], urgency: 'high', description: 'Follow the money behind the dam.' },
  });
  const match = (limit = 30) => call<Match[]>('cre:matching.forRequest', { requestId: request.id, limit });
  return { ...made, ids, communityId: community.id, requestId: request.id, match };
}

describe('matching', () => {
  it('ranks by strategy areas covered, place, language, level, availability and vetting, and says why', async () => {
    const { match } = await matchingVault([
      { name: 'Both areas in Brazil', countries: ['BR'], strategyAreas: ['financial_research', 'advocacy'], languages: ['pt'], levels: ['international'], vetting: { status: 'vetted' } },
      { name: 'One area in Brazil', countries: ['BR'], strategyAreas: ['financial_research'], languages: ['pt'], levels: ['international'], vetting: { status: 'vetted' } },
      { name: 'One area in Peru', countries: ['PE'], strategyAreas: ['financial_research'], languages: ['es'], levels: ['national'] },
      { name: 'One area in Kenya', countries: ['KE'], strategyAreas: ['advocacy'], languages: ['sw'], levels: ['local'] },
      { name: 'Unrelated area', countries: ['BR'], strategyAreas: ['media_campaigning'], languages: ['pt'] },
      { name: 'Unavailable expert', countries: ['BR'], strategyAreas: ['financial_research', 'advocacy'], availability: { status: 'unavailable' } },
      { name: 'Withdrawn group', countries: ['BR'], strategyAreas: ['financial_research', 'advocacy'], vetting: { status: 'withdrawn' } },
    ]);
    const ranked = await match();
    expect(ranked.map((m) => m.collaborator.name)).toEqual(['Both areas in Brazil', 'One area in Brazil', 'One area in Peru', 'One area in Kenya']);
    const [best, , peru, kenya] = ranked as [(typeof ranked)[number], unknown, (typeof ranked)[number], (typeof ranked)[number]];
    expect(best.reasons).toEqual([
      { kind: 'strategy', points: 60, areas: ['financial_research', 'advocacy'] },
      { kind: 'country', points: 20, country: 'BR' },
      { kind: 'language', points: 12, languages: ['pt'] },
      // The community speaks Portuguese too.
      { kind: 'communityLanguage', points: 8, languages: ['pt'] },
      { kind: 'level', points: 10, level: 'international' },
      { kind: 'availability', points: 10, status: 'available' },
      { kind: 'vetting', points: 10, status: 'vetted' },
    ]);
    expect(best.points).toBe(2 * 30 + 20 + 12 + 8 + 10 + 10 + 10);
    // Best possible: two areas, three tags in the text, country, both languages, level, available, vetted, three concluded.
    expect(best.bestPoints).toBe(2 * 30 + 3 * 8 + 20 + 12 + 8 + 10 + 10 + 10 + 3 * 5);
    expect(best.score).toBe(Math.round((100 * 130) / 169));
    for (const one of ranked) expect(one.reasons.reduce((sum, reason) => sum + reason.points, 0)).toBe(one.points);
    expect(peru.reasons.map((r) => r.kind)).toEqual(['strategy', 'region', 'availability', 'vetting']);
    expect(kenya.reasons.map((r) => r.kind)).toEqual(['strategy', 'availability', 'vetting']);
    expect((await match(2)).map((m) => m.collaborator.name)).toEqual(['Both areas in Brazil', 'One area in Brazil']);
  });

  it('counts concluded collaborations for, and declined ones against, their members', async () => {
    const { call, match, ids, communityId } = await matchingVault([
      { name: 'Alpha Twin', countries: ['PE'], strategyAreas: ['advocacy'] },
      { name: 'Beta Twin', countries: ['PE'], strategyAreas: ['advocacy'] },
      { name: 'Gamma Twin', countries: ['PE'], strategyAreas: ['advocacy'] },
    ]);
    expect((await match()).map((m) => m.collaborator.name)).toEqual(['Alpha Twin', 'Beta Twin', 'Gamma Twin']);
    const start = async (name: string) =>
      (await call<{ id: string }>('cre:collaborations.create', { collaboration: { communityId, members: [{ collaboratorId: ids[name] }], owner: 'facilitator' } })).id;
    const concluded = await start('Gamma Twin');
    for (const to of ['introduced', 'active', 'concluded']) await call('cre:collaborations.move', { id: concluded, to });
    await call('cre:collaborations.move', { id: await start('Alpha Twin'), to: 'declined' });
    const ranked = await match();
    expect(ranked.map((m) => m.collaborator.name)).toEqual(['Gamma Twin', 'Beta Twin', 'Alpha Twin']);
    expect(ranked[0]?.reasons.at(-1)).toEqual({ kind: 'past', points: 5, concluded: 1, declined: 0 });
    expect(ranked[2]?.reasons.at(-1)).toEqual({ kind: 'past', points: -3, concluded: 0, declined: 1 });
  });
});
