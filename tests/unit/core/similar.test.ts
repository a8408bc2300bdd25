// Similar struggles on hand-built vaults: the expected order and the traits shown for each place, for a community and
// for one struggle; deleted records and removed struggles never count; the other community's learnings are shown.
import { describe, expect, it } from 'vitest';
import type { HarmfulProjectInput } from '../../../common/community/community.schema.js';
import { SIMILAR_LEARNINGS_SHOWN, SIMILAR_WEIGHTS as W } from '../../../common/community/similar-weights.js';
import type { SimilarCommunity } from '../../../common/community/similar.schema.js';
import { IMAGINARY_DAM, RIO_VERDE } from '../../helpers/community-fixtures.js';
import { routedTestVault } from '../../helpers/core-router.js';
import { ANA } from '../../helpers/roster-fixtures.js';

const project = (name: string, extra: Partial<HarmfulProjectInput>): HarmfulProjectInput => ({
  ...IMAGINARY_DAM,
  name,
  financiers: [],
  companies: [],
  ...extra,
});

const DAM = project('Dam A', {
  sectors: ['hydropower', 'energy'],
  financiers: [{ name: 'Example Development Bank', projectId: 'EDB-1', url: null }, { name: 'Green Climate Fund', projectId: '', url: null }],
  companies: ['Fictional Energia S.A.'],
});
const ROAD = project('Road R', { sectors: ['transport'], financiers: [{ name: 'Regional Road Fund', projectId: '', url: null }] });
const MINE = project('Mine M', { country: 'PE', sectors: ['extractives'], financiers: [{ name: 'example  development bank.', projectId: '', url: null }], companies: ['Otra Minera'] });
const OTHER_DAM = project('Dam D', { country: 'MZ', sectors: ['hydropower'], companies: ['FICTIONAL ENERGIA, S.A.'] });
const ROAD_Q = project('Road Q', { sectors: ['transport'], financiers: [{ name: 'Regional  Road Fund', projectId: '', url: null }] });
const MINE_N = project('Mine N', { country: 'KE', sectors: ['extractives'], financiers: [{ name: 'Other Bank', projectId: '', url: null }] });

const LEARNING = { whatWorked: 'Letters to the bank’s shareholders', whatDidNot: 'Waiting for the bank’s reply', strategyArea: 'community_organizing', text: 'Start with the board calendar.' };

async function similarVault() {
  const made = await routedTestVault();
  const { call } = made;
  const ids: Record<string, string> = {};
  const community = async (name: string, country: string) =>
    (ids[name] = (await call<{ id: string }>('cre:communities.create', { community: { ...RIO_VERDE, name, country, contacts: [] } })).id);
  const projectId = async (input: HarmfulProjectInput) => (ids[input.name] = (await call<{ id: string }>('cre:projects.create', { project: input })).id);
  const link = async (communityName: string, input: HarmfulProjectInput) =>
    (await call<{ id: string }>('cre:struggles.link', { struggle: { communityId: ids[communityName], projectId: ids[input.name] ?? (await projectId(input)) } })).id;
  const request = async (communityName: string, strategyAreas: string[], struggleId: string | null = null) =>
    (await call<{ id: string }>('cre:requests.create', {
      request: { communityId: ids[communityName], struggleId, strategyAreas, level: 'national', languages: [], urgency: 'medium', description: 'Support asked for.' },
    })).id;
  const collaborator = (await call<{ id: string }>('cre:roster.create', { collaborator: ANA })).id;
  const collaboration = async (communityName: string, learnings: object[]) =>
    (await call<{ id: string }>('cre:collaborations.create', {
      collaboration: { communityId: ids[communityName], members: [{ collaboratorId: collaborator }], owner: 'facilitator', learnings },
    })).id;

  await community('Rio Verde', 'BR');
  const damStruggle = await link('Rio Verde', DAM);
  const roadStruggle = await link('Rio Verde', ROAD);
  const ownRequest = await request('Rio Verde', ['financial_research', 'advocacy'], damStruggle);

  await community('Alto Xingu', 'BR');
  await link('Alto Xingu', DAM);
  await community('Lago Azul', 'PE');
  await link('Lago Azul', MINE);
  const lagoRequest = await request('Lago Azul', ['advocacy', 'courts_complaints']);
  const lagoCollaboration = await collaboration('Lago Azul', [LEARNING]);
  for (const to of ['introduced', 'active', 'concluded']) await call('cre:collaborations.move', { id: lagoCollaboration, to });
  await call('cre:collaborations.delete', { id: await collaboration('Lago Azul', [{ ...LEARNING, text: 'From a deleted collaboration.' }]) });
  await community('Ilha Seca', 'MZ');
  await link('Ilha Seca', OTHER_DAM);
  await community('Costa Norte', 'BR');
  const costaStruggle = await link('Costa Norte', ROAD_Q);
  await community('Beta Tie', 'KE');
  await collaboration('Beta Tie', [{ strategyArea: 'financial_research' }]);
  await community('Alfa Tie', 'KE');
  const alfaCollaboration = await collaboration('Alfa Tie', [{ strategyArea: 'financial_research' }]);
  await community('Vale Quieto', 'KE');
  await link('Vale Quieto', MINE_N);
  await request('Vale Quieto', ['security_support']);
  // Free text that looks like a strategy area is not one.
  await collaboration('Vale Quieto', [{ text: '"strategyArea":"advocacy"', strategyArea: null }]);

  const forCommunity = (communityId = ids['Rio Verde']) => call<SimilarCommunity[]>('cre:similar.forCommunity', { communityId });
  const forStruggle = (struggleId: string) => call<SimilarCommunity[]>('cre:similar.forStruggle', { struggleId });
  return { ...made, ids, damStruggle, roadStruggle, ownRequest, lagoRequest, lagoCollaboration, costaStruggle, alfaCollaboration, forCommunity, forStruggle };
}

const names = (similar: SimilarCommunity[]) => similar.map((s) => s.community.name);
const byName = (similar: SimilarCommunity[], name: string) => similar.find((s) => s.community.name === name)!;

describe('similar struggles', () => {
  it('ranks other communities by the traits they share with a community, and names each trait', async () => {
    const { forCommunity, ids, call } = await similarVault();
    const ranked = await forCommunity();
    expect(names(ranked)).toEqual(['Alto Xingu', 'Costa Norte', 'Lago Azul', 'Ilha Seca', 'Alfa Tie', 'Beta Tie']);
    expect(byName(ranked, 'Alto Xingu').traits).toEqual([
      { kind: 'project', projects: [{ id: ids['Dam A'], name: 'Dam A' }] },
      { kind: 'financier', names: ['Example Development Bank', 'Green Climate Fund'] },
      { kind: 'company', names: ['Fictional Energia S.A.'] },
      { kind: 'country', country: 'BR' },
      { kind: 'sector', sectors: ['energy', 'hydropower'] },
    ]);
    expect(byName(ranked, 'Alto Xingu').score).toBe(W.project + 2 * W.financier + W.company + W.country + 2 * W.sector);
    expect(byName(ranked, 'Costa Norte').traits).toEqual([
      { kind: 'financier', names: ['Regional Road Fund'] },
      { kind: 'country', country: 'BR' },
      { kind: 'sector', sectors: ['transport'] },
    ]);
    expect(byName(ranked, 'Lago Azul').traits).toEqual([
      { kind: 'financier', names: ['Example Development Bank'] },
      { kind: 'strategy', areas: ['advocacy'] },
    ]);
    expect(byName(ranked, 'Lago Azul').score).toBe(W.financier + W.strategyArea);
    expect(byName(ranked, 'Ilha Seca').traits).toEqual([
      { kind: 'company', names: ['Fictional Energia S.A.'] },
      { kind: 'sector', sectors: ['hydropower'] },
    ]);
    // A learning's strategy area counts like a request's; equal scores go in name order.
    expect(byName(ranked, 'Beta Tie').traits).toEqual([{ kind: 'strategy', areas: ['financial_research'] }]);
    expect(byName(ranked, 'Alfa Tie').score).toBe(byName(ranked, 'Beta Tie').score);
    expect(names(await call<SimilarCommunity[]>('cre:similar.forCommunity', { communityId: ids['Rio Verde'], limit: 2 }))).toEqual(['Alto Xingu', 'Costa Norte']);
    // Never similar to itself, from either side.
    expect(names(await forCommunity(ids['Alto Xingu']))).not.toContain('Alto Xingu');
    expect(names(await forCommunity(ids['Alto Xingu']))[0]).toBe('Rio Verde');
  });

  it('ranks for one struggle against its project and the requests about it only', async () => {
    const { forStruggle, damStruggle, roadStruggle } = await similarVault();
    const dam = await forStruggle(damStruggle);
    expect(names(dam)).toEqual(['Alto Xingu', 'Lago Azul', 'Ilha Seca', 'Costa Norte', 'Alfa Tie', 'Beta Tie']);
    expect(byName(dam, 'Costa Norte').traits).toEqual([{ kind: 'country', country: 'BR' }]);
    const road = await forStruggle(roadStruggle);
    expect(names(road)).toEqual(['Costa Norte', 'Alto Xingu']);
    expect(road[0]!.score).toBe(W.financier + W.country + W.sector);
    expect(road[1]!.traits).toEqual([{ kind: 'country', country: 'BR' }]);
  });

  it('never counts deleted communities, projects, requests or collaborations, nor removed struggles', async () => {
    const { call, ids, forCommunity, forStruggle, costaStruggle, ownRequest, lagoRequest, alfaCollaboration, roadStruggle } = await similarVault();
    await call('cre:communities.delete', { id: ids['Alto Xingu'] });
    await call('cre:struggles.remove', { id: costaStruggle });
    await call('cre:projects.delete', { id: ids['Mine M'] });
    await call('cre:collaborations.delete', { id: alfaCollaboration });
    let ranked = await forCommunity();
    expect(names(ranked)).toEqual(['Ilha Seca', 'Costa Norte', 'Beta Tie', 'Lago Azul']);
    expect(byName(ranked, 'Costa Norte').traits).toEqual([{ kind: 'country', country: 'BR' }]);
    expect(byName(ranked, 'Lago Azul').traits).toEqual([{ kind: 'strategy', areas: ['advocacy'] }]);
    expect(byName(ranked, 'Lago Azul').projects).toEqual([]);

    await call('cre:requests.delete', { id: lagoRequest });
    await call('cre:requests.delete', { id: ownRequest });
    ranked = await forCommunity();
    expect(names(ranked)).toEqual(['Ilha Seca', 'Costa Norte']);

    await call('cre:communities.restore', { id: ids['Alto Xingu'] });
    expect(names(await forCommunity())[0]).toBe('Alto Xingu');

    await call('cre:struggles.remove', { id: roadStruggle });
    expect(await call('cre:similar.forStruggle', { struggleId: roadStruggle }).catch((e: Error) => e.message.split(':')[0])).toBe('conflict');
    await call('cre:communities.delete', { id: ids['Rio Verde'] });
    expect(await call('cre:similar.forCommunity', { communityId: ids['Rio Verde'] }).catch((e: Error) => e.message.split(':')[0])).toBe('conflict');
    expect(await forStruggle('0190e7c6-0000-7000-8000-000000000000').catch((e: Error) => e.message.split(':')[0])).toBe('not_found');
  });

  it('shows the learnings of the other community’s live collaborations, with the collaboration and its state', async () => {
    const { call, ids, forCommunity, lagoCollaboration } = await similarVault();
    const lago = byName(await forCommunity(), 'Lago Azul');
    expect(lago.learnings).toEqual([{ ...LEARNING, collaborationId: lagoCollaboration, state: 'concluded' }]);
    expect(lago.learningCount).toBe(1);
    expect(lago.projects).toEqual([{ id: ids['Mine M'], name: 'Mine M' }]);

    const many = Array.from({ length: SIMILAR_LEARNINGS_SHOWN + 1 }, (_, n) => ({ text: `Learning ${n}` }));
    await call('cre:collaborations.create', {
      collaboration: { communityId: ids['Lago Azul'], members: [{ collaboratorId: (await call<{ id: string }>('cre:roster.create', { collaborator: { ...ANA, name: 'Second ally' } })).id }], owner: 'facilitator', learnings: many },
    });
    const after = byName(await forCommunity(), 'Lago Azul');
    expect(after.learnings).toHaveLength(SIMILAR_LEARNINGS_SHOWN);
    expect(after.learnings[0]!.text).toBe('Learning 0');
    expect(after.learningCount).toBe(SIMILAR_LEARNINGS_SHOWN + 2);
  });
});
