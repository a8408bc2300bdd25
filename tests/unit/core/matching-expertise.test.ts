// Matching that reads expertise: "who can help this community with a World Bank complaint in Spanish?" on hand-built
// rosters — tags against the request's text, its project's financiers (and their family) and companies, the community's
// languages, and the percent of the best possible score from 0 to 100.
import { describe, expect, it } from 'vitest';
import type { Match } from '../../../common/community/match.schema.js';
import type { CommunityInput, HarmfulProjectInput } from '../../../common/community/community.schema.js';
import type { CollaboratorInput } from '../../../common/roster/collaborator.schema.js';
import { routedTestVault } from '../../helpers/core-router.js';

const BASE: CollaboratorInput = {
  name: '',
  kind: 'cso',
  countries: [],
  levels: [],
  strategyAreas: ['courts_complaints'],
  expertise: [],
  languages: [],
  contacts: [],
  vetting: { status: 'proposed' },
  availability: { status: 'available' },
  sharing: 'network',
  riskNotes: '',
  notes: '',
};

const SAN_ISIDRO: CommunityInput = { name: 'Comunidad ficticia San Isidro', country: 'HN', languages: ['es'], sharing: 'regional' };
const HYDRO: HarmfulProjectInput = {
  name: 'Fictional San Isidro hydro',
  country: 'HN',
  sectors: ['hydropower'],
  stage: 'approved',
  financiers: [{ name: 'International Finance Corporation (IFC)' }, { name: 'Example Development Bank' }],
  companies: ['Fictional Energía S.A.'],
};

interface Setup {
  community?: CommunityInput;
  project?: HarmfulProjectInput | null;
  /** Whether the request names its struggle; without it, every project the community faces counts. */
  namesStruggle?: boolean;
  description: string;
  languages?: string[];
}

async function rank(people: Partial<CollaboratorInput>[], setup: Setup) {
  const made = await routedTestVault();
  const { call } = made;
  const ids: Record<string, string> = {};
  for (const person of people) ids[person.name!] = (await call<{ id: string }>('cre:roster.create', { collaborator: { ...BASE, ...person } })).id;
  const community = await call<{ id: string }>('cre:communities.create', { community: setup.community ?? SAN_ISIDRO });
  let struggleId: string | null = null;
  if (setup.project !== null) {
    const project = await call<{ id: string }>('cre:projects.create', { project: setup.project ?? HYDRO });
    struggleId = (await call<{ id: string }>('cre:struggles.link', { struggle: { communityId: community.id, projectId: project.id } })).id;
  }
  const request = await call<{ id: string }>('cre:requests.create', {
    request: {
      communityId: community.id,
      struggleId: setup.namesStruggle === false ? null : struggleId,
      strategyAreas: ['courts_complaints'],
      level: 'international',
      languages: setup.languages ?? ['es'],
      urgency: 'high',
      description: setup.description,
    },
  });
  const match = () => call<Match[]>('cre:matching.forRequest', { requestId: request.id, limit: 30 });
  return { ...made, ids, communityId: community.id, match };
}

const byName = (ranked: Match[], name: string) => ranked.find((one) => one.collaborator.name === name)!;
const pointsAddUp = (ranked: Match[]) => ranked.every((one) => one.reasons.reduce((sum, reason) => sum + reason.points, 0) === one.points);

const WORLD_BANK_IN_SPANISH = 'A complaint to the World Bank about the dam, in Spanish.';

describe('matching with expertise, financiers and the community’s languages', () => {
  it('answers who can help with a World Bank complaint in Spanish, and says why', async () => {
    const { match } = await rank(
      [
        { name: 'Red centroamericana', countries: ['GT'], languages: ['es'], expertise: ['CAO complaints'], vetting: { status: 'vetted' } },
        { name: 'Global Accountability Desk', countries: ['US'], languages: ['en'], levels: ['international'], expertise: ['World Bank complaints', 'Inspection Panel requests'], vetting: { status: 'vetted' } },
        { name: 'Abogada hondureña', countries: ['HN'], languages: ['es'], expertise: ['strategic litigation'] },
        { name: 'Observatorio de empresas', countries: ['PE'], languages: ['es'], expertise: ['Fictional Energia campaigns'] },
        { name: 'Coletivo sem espanhol', countries: ['BR'], languages: ['pt'] },
        { name: 'Advocacy only', countries: ['HN'], languages: ['es'], strategyAreas: ['advocacy'], expertise: ['World Bank complaints'] },
      ],
      { description: WORLD_BANK_IN_SPANISH },
    );
    const ranked = await match();
    expect(ranked.map((one) => one.collaborator.name)).toEqual([
      'Red centroamericana',
      'Global Accountability Desk',
      'Abogada hondureña',
      'Observatorio de empresas',
      'Coletivo sem espanhol',
    ]);
    expect(ranked.map((one) => one.points)).toEqual([93, 87, 80, 78, 48]);
    expect(pointsAddUp(ranked)).toBe(true);

    // "CAO complaints" is about the IFC, one of the project's financiers, through the World Bank Group.
    expect(byName(ranked, 'Red centroamericana').reasons).toEqual([
      { kind: 'strategy', points: 30, areas: ['courts_complaints'] },
      { kind: 'financier', points: 15, matches: [{ tag: 'CAO complaints', financier: 'International Finance Corporation (IFC)', family: 'World Bank Group', named: 'project' }] },
      { kind: 'region', points: 8, region: 'latin_america' },
      { kind: 'language', points: 12, languages: ['es'] },
      { kind: 'communityLanguage', points: 8, languages: ['es'] },
      { kind: 'availability', points: 10, status: 'available' },
      { kind: 'vetting', points: 10, status: 'vetted' },
    ]);
    const desk = byName(ranked, 'Global Accountability Desk').reasons;
    expect(desk.find((reason) => reason.kind === 'expertise')).toEqual({
      kind: 'expertise',
      points: 8,
      matches: [{ tag: 'World Bank complaints', words: ['World', 'Bank', 'complaint'] }],
    });
    expect(desk.find((reason) => reason.kind === 'financier')).toEqual({
      kind: 'financier',
      points: 15,
      matches: [
        { tag: 'World Bank complaints', financier: 'International Finance Corporation (IFC)', family: 'World Bank Group', named: 'project' },
        { tag: 'Inspection Panel requests', financier: 'International Finance Corporation (IFC)', family: 'World Bank Group', named: 'project' },
      ],
    });
    expect(desk.find((reason) => reason.kind === 'global')).toEqual({ kind: 'global', points: 4 });
    expect(byName(ranked, 'Observatorio de empresas').reasons[1]).toEqual({
      kind: 'company',
      points: 10,
      matches: [{ tag: 'Fictional Energia campaigns', company: 'Fictional Energía S.A.' }],
    });

    // The answer carries what the quick filters need, and the score on its scale.
    const best = ranked[0]!;
    expect(best.collaborator).toMatchObject({ languages: ['es'], availability: 'available', vetting: 'vetted', countries: ['GT'] });
    // Best possible: one area, three tags, a financier, a company, the country, both languages, level, available, vetted, three concluded.
    expect(best.bestPoints).toBe(30 + 24 + 15 + 10 + 20 + 12 + 8 + 10 + 10 + 10 + 15);
    expect(best.score).toBe(Math.round((100 * 93) / 164));
  });

  it('counts the community’s languages even when the request asks for none', async () => {
    const { match } = await rank(
      [
        { name: 'Speaks Quechua', countries: ['BO'], languages: ['qu'] },
        { name: 'Speaks English', countries: ['BO'], languages: ['en'] },
      ],
      { community: { name: 'Comunidad ficticia Huaylla', country: 'PE', languages: ['es', 'qu'], sharing: 'regional' }, project: null, description: 'Training', languages: [] },
    );
    const ranked = await match();
    expect(ranked.map((one) => one.collaborator.name)).toEqual(['Speaks Quechua', 'Speaks English']);
    expect(ranked[0]!.reasons.find((reason) => reason.kind === 'communityLanguage')).toEqual({ kind: 'communityLanguage', points: 8, languages: ['qu'] });
    expect(ranked[0]!.reasons.some((reason) => reason.kind === 'language')).toBe(false);
    // No languages asked, no project: neither adds to the best possible.
    expect(ranked[0]!.bestPoints).toBe(30 + 24 + 20 + 8 + 10 + 10 + 10 + 15);
  });

  it('takes the financiers of every project the community faces when the request names none, and financiers the request names', async () => {
    const faced = await rank([{ name: 'CAO expert', countries: ['GT'], expertise: ['CAO complaints'] }], { description: 'Help with the dam', namesStruggle: false });
    expect((await faced.match())[0]!.reasons.find((reason) => reason.kind === 'financier')).toMatchObject({ points: 15 });

    const named = await rank([{ name: 'CAO expert', countries: ['GT'], expertise: ['CAO complaints'] }], { description: 'Queja ante el Banco Mundial por el desalojo', project: null });
    const [only] = await named.match();
    expect(only!.reasons.find((reason) => reason.kind === 'financier')).toEqual({
      kind: 'financier',
      points: 15,
      matches: [{ tag: 'CAO complaints', financier: 'World Bank Group', family: null, named: 'request' }],
    });
  });

  it('puts a collaborator with every reason at its best at 100 %, and every score within 0..100', async () => {
    const perfect: Partial<CollaboratorInput> = {
      name: 'Perfect match',
      countries: ['HN'],
      languages: ['es'],
      levels: ['international'],
      expertise: ['CAO complaints', 'World Bank complaints', 'land rights', 'Fictional Energía campaigns'],
      vetting: { status: 'vetted' },
    };
    const poor: Partial<CollaboratorInput> = { name: 'Poor match', countries: ['KE'], availability: { status: 'limited' }, vetting: { status: 'paused' } };
    const { call, match, ids, communityId } = await rank([perfect, poor], { description: 'A complaint to the World Bank (CAO) on land rights, in Spanish.' });
    for (let k = 0; k < 3; k += 1) {
      const { id } = await call<{ id: string }>('cre:collaborations.create', { collaboration: { communityId, members: [{ collaboratorId: ids['Perfect match'] }], owner: 'facilitator' } });
      for (const to of ['introduced', 'active', 'concluded']) await call('cre:collaborations.move', { id, to });
    }
    const ranked = await match();
    expect(ranked[0]).toMatchObject({ score: 100, points: 164, bestPoints: 164 });
    expect(ranked[0]!.reasons.find((reason) => reason.kind === 'expertise')).toMatchObject({ points: 24 });
    expect(ranked[1]).toMatchObject({ points: 30 + 2 - 10, score: Math.round((100 * 22) / 164) });
    for (const one of ranked) {
      expect(Number.isInteger(one.score)).toBe(true);
      expect(one.score).toBeGreaterThanOrEqual(0);
      expect(one.score).toBeLessThanOrEqual(100);
    }
    expect(pointsAddUp(ranked)).toBe(true);
  });
});
