// The matching screen's pure parts: ticking keeps the ranking's order and typed roles, the choice becomes a valid collaboration or named errors
// (and the field to go to), quick filters keep choices in view, the score reads as a percentage, and every reason reads as words with its points in each language.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { collaborationInputSchema } from '../../../common/community/collaboration.schema.js';
import type { Match, MatchReason } from '../../../common/community/match.schema.js';
import { CATALOG } from '../../../common/i18n/catalog.js';
import { LANGUAGES, type Language } from '../../../common/languages.js';
import { firstInvalidFieldId, toCollaborationInput, togglePick, validateMatchChoice } from '../../../renderer/features/requests/match-choice-model.js';
import { filterMatches, filtersActive, languageChoices, NO_FILTERS, toggleLanguage } from '../../../renderer/features/requests/match-filters.js';
import { isCaution, percentText, pointsText, reasonText, type Translate } from '../../../renderer/features/requests/match-reasons.js';

const COMMUNITY_ID = '0190a0e4-1c2b-7d3e-8f40-000000000010';
const REQUEST_ID = '0190a0e4-1c2b-7d3e-8f40-000000000030';
const ANA = '0190a0e4-1c2b-7d3e-8f40-000000000041';
const BEN = '0190a0e4-1c2b-7d3e-8f40-000000000042';
const CARLA = '0190a0e4-1c2b-7d3e-8f40-000000000043';
const RANKING = [ANA, BEN, CARLA];
const target = { communityId: COMMUNITY_ID, requestId: REQUEST_ID };

function translatorFor(language: Language): Translate {
  const instance = i18next.createInstance();
  const resources = Object.fromEntries(LANGUAGES.map((lng) => [lng, { requests: CATALOG[lng].requests, taxonomy: CATALOG[lng].taxonomy }]));
  // Inline resources and no async init: `t` is ready when init returns.
  void instance.init({ lng: language, fallbackLng: false, ns: ['requests', 'taxonomy'], defaultNS: 'requests', resources, initAsync: false, interpolation: { escapeValue: false } });
  return instance.getFixedT(language, ['requests', 'taxonomy']) as unknown as Translate;
}

describe('ticking collaborators', () => {
  it('keeps the ranking order whatever the order of the ticks, and the roles already typed', () => {
    let picks = togglePick([], RANKING, CARLA, true);
    picks = togglePick(picks, RANKING, ANA, true);
    expect(picks.map((pick) => pick.collaboratorId)).toEqual([ANA, CARLA]);
    picks = picks.map((pick) => (pick.collaboratorId === CARLA ? { ...pick, role: 'legal advice' } : pick));
    picks = togglePick(picks, RANKING, BEN, true);
    expect(picks).toEqual([
      { collaboratorId: ANA, role: '' },
      { collaboratorId: BEN, role: '' },
      { collaboratorId: CARLA, role: 'legal advice' },
    ]);
    picks = togglePick(picks, RANKING, ANA, false);
    expect(picks.map((pick) => pick.collaboratorId)).toEqual([BEN, CARLA]);
    expect(togglePick(picks, RANKING, BEN, true)).toEqual(picks);
  });
});

describe('the choice as a collaboration', () => {
  const choice = {
    picks: [
      { collaboratorId: ANA, role: 'financial research lead' },
      { collaboratorId: BEN, role: '' },
    ],
    owner: 'Marta (facilitator, Latin America)',
    nextFollowUp: '2026-12-15',
  };

  it('answers this request for its community, with members, owner and follow-up', () => {
    const input = toCollaborationInput(target, choice);
    expect(validateMatchChoice(target, choice).size).toBe(0);
    expect(collaborationInputSchema.parse(input)).toMatchObject({
      communityId: COMMUNITY_ID,
      requestId: REQUEST_ID,
      members: [
        { collaboratorId: ANA, role: 'financial research lead' },
        { collaboratorId: BEN, role: '' },
      ],
      owner: 'Marta (facilitator, Latin America)',
      nextFollowUp: '2026-12-15',
    });
    expect(toCollaborationInput(target, { ...choice, nextFollowUp: '' }).nextFollowUp).toBeNull();
  });

  it('asks for at least one collaborator and an owner', () => {
    const errors = validateMatchChoice(target, { picks: [], owner: '  ', nextFollowUp: '' });
    expect(Object.fromEntries(errors)).toEqual({ members: { key: 'pickOne' }, owner: { key: 'ownerRequired' } });
  });

  it('puts a too-long role next to that collaborator, and flags a bad date', () => {
    const errors = validateMatchChoice(target, { ...choice, picks: [{ collaboratorId: BEN, role: 'r'.repeat(201) }], nextFollowUp: '2026-02-30x' });
    expect(errors.get(`role.${BEN}`)).toEqual({ key: 'tooLong', max: 200 });
    expect(errors.get('nextFollowUp')).toEqual({ key: 'badDate' });
  });
});

describe('going to the field to fix', () => {
  it('goes to the first tick box, then a role, then the owner, then the follow-up', () => {
    const choice = { picks: [{ collaboratorId: BEN, role: '' }], owner: '', nextFollowUp: '' };
    expect(firstInvalidFieldId(new Map([['members', { key: 'pickOne' as const }], ['owner', { key: 'ownerRequired' as const }]]), choice, ANA)).toBe(`match-pick-${ANA}`);
    expect(firstInvalidFieldId(new Map([[`role.${BEN}`, { key: 'tooLong' as const, max: 200 }], ['owner', { key: 'ownerRequired' as const }]]), choice, ANA)).toBe(`match-role-${BEN}`);
    expect(firstInvalidFieldId(new Map([['owner', { key: 'ownerRequired' as const }], ['nextFollowUp', { key: 'badDate' as const }]]), choice, ANA)).toBe('match-owner');
    expect(firstInvalidFieldId(new Map([['nextFollowUp', { key: 'badDate' as const }]]), choice, ANA)).toBe('match-follow-up');
    expect(firstInvalidFieldId(new Map(), choice, ANA)).toBeNull();
  });
});

describe('quick filters', () => {
  const person = (id: string, languages: string[], availability: 'available' | 'limited', vetting: 'vetted' | 'proposed'): Match => ({
    collaborator: { id, name: id, kind: 'cso', region: 'latin_america', countries: ['HN'], languages, availability, vetting },
    score: 50,
    points: 80,
    bestPoints: 160,
    reasons: [],
  });
  const ranking = [person(ANA, ['es', 'en'], 'available', 'vetted'), person(BEN, ['pt'], 'available', 'proposed'), person(CARLA, ['qu'], 'limited', 'vetted')];
  const ids = (matches: Match[]) => matches.map((match) => match.collaborator.id);

  it('offers the request’s languages first, then the community’s, each once', () => {
    expect(languageChoices(['es', 'en'], ['qu', 'es'])).toEqual(['es', 'en', 'qu']);
  });

  it('keeps those who speak one of the chosen languages, available ones, vetted ones, in ranking order', () => {
    const choices = ['es', 'qu'];
    const spanishOrQuechua = toggleLanguage(toggleLanguage(NO_FILTERS, choices, 'qu', true), choices, 'es', true);
    expect(spanishOrQuechua.languages).toEqual(['es', 'qu']);
    expect(ids(filterMatches(ranking, spanishOrQuechua, new Set()))).toEqual([ANA, CARLA]);
    expect(ids(filterMatches(ranking, { ...NO_FILTERS, availableOnly: true }, new Set()))).toEqual([ANA, BEN]);
    expect(ids(filterMatches(ranking, { ...NO_FILTERS, vettedOnly: true }, new Set()))).toEqual([ANA, CARLA]);
    expect(ids(filterMatches(ranking, { languages: ['es'], availableOnly: true, vettedOnly: true }, new Set()))).toEqual([ANA]);
    expect(ids(filterMatches(ranking, NO_FILTERS, new Set()))).toEqual([ANA, BEN, CARLA]);
    expect(filtersActive(NO_FILTERS)).toBe(false);
    expect(toggleLanguage(spanishOrQuechua, choices, 'es', false).languages).toEqual(['qu']);
  });

  it('never hides a collaborator already chosen', () => {
    expect(ids(filterMatches(ranking, { ...NO_FILTERS, vettedOnly: true }, new Set([BEN])))).toEqual([ANA, BEN, CARLA]);
  });
});

describe('reasons in words', () => {
  const reasons: MatchReason[] = [
    { kind: 'strategy', points: 60, areas: ['financial_research', 'advocacy'] },
    { kind: 'country', points: 20, country: 'BR' },
    { kind: 'region', points: 8, region: 'latin_america' },
    { kind: 'global', points: 4 },
    { kind: 'language', points: 12, languages: ['pt', 'es'] },
    { kind: 'level', points: 10, level: 'international' },
    { kind: 'availability', points: 2, status: 'limited' },
    { kind: 'vetting', points: 10, status: 'vetted' },
    { kind: 'past', points: 7, concluded: 2, declined: 1 },
    { kind: 'expertise', points: 16, matches: [{ tag: 'World Bank complaints', words: ['World', 'Bank', 'complaint'] }, { tag: 'land rights', words: ['land', 'rights'] }] },
    {
      kind: 'financier',
      points: 15,
      matches: [
        { tag: 'CAO complaints', financier: 'International Finance Corporation (IFC)', family: 'World Bank Group', named: 'project' },
        { tag: 'IFC complaints', financier: 'International Finance Corporation (IFC)', family: null, named: 'project' },
        { tag: 'Inspection Panel requests', financier: 'World Bank Group', family: null, named: 'request' },
      ],
    },
    { kind: 'company', points: 10, matches: [{ tag: 'Fictional Energia campaigns', company: 'Fictional Energía S.A.' }] },
    { kind: 'communityLanguage', points: 8, languages: ['qu'] },
  ];

  it('reads each reason in English with the labels of the taxonomy', () => {
    const t = translatorFor('en');
    expect(reasons.map((reason) => reasonText(reason, t, 'en'))).toEqual([
      'Covers Financial research and power mapping, Advocacy with decision-makers',
      'Works in Brazil',
      'Works in the same region: Latin America',
      'An international actor',
      'Speaks Portuguese, Spanish',
      'Offers support at the requested level: International',
      'Limited availability',
      'Vetted',
      'Past collaborations: 2 concluded, 1 declined',
      'Expertise the request mentions: “World Bank complaints” (World Bank complaint); “land rights” (land rights)',
      'Expertise on a financier: “CAO complaints” → International Finance Corporation (IFC), through the World Bank Group; ' +
        '“IFC complaints” → International Finance Corporation (IFC); “Inspection Panel requests” → World Bank Group, named in the request',
      'Expertise on a company of the project: “Fictional Energia campaigns” → Fictional Energía S.A.',
      'Speaks the community’s language: Quechua',
    ]);
  });

  it('reads them in Spanish', () => {
    const t = translatorFor('es');
    expect(reasonText(reasons[0]!, t, 'es')).toBe('Cubre Investigación financiera y mapeo de poder, Incidencia ante tomadores de decisiones');
    expect(reasonText(reasons[1]!, t, 'es')).toBe('Trabaja en Brasil');
    expect(reasonText(reasons[6]!, t, 'es')).toBe('Disponibilidad limitada');
    expect(reasonText(reasons[10]!, t, 'es')).toMatch(/^Experiencia con un financiador: «CAO complaints» → International Finance Corporation \(IFC\), a través del World Bank Group;/);
  });

  it('gives each reason its signed points and the score as a percentage, in the language’s way', () => {
    const en = translatorFor('en');
    expect(pointsText(30, en, 'en')).toBe('+30 points');
    expect(pointsText(-10, en, 'en')).toBe('-10 points');
    expect(pointsText(0, en, 'en')).toBe('0 points');
    expect(pointsText(1, en, 'en')).toBe('+1 point');
    expect(pointsText(12, translatorFor('es'), 'es')).toBe('+12 puntos');
    expect(percentText(78, 'en')).toBe('78%');
    // Spanish and French set a no-break space (plain or narrow, by ICU version) before the sign.
    expect(percentText(78, 'es')).toMatch(/^78\s%$/u);
    expect(percentText(100, 'fr')).toMatch(/^100\s%$/u);
    expect(percentText(0, 'pt')).toBe('0%');
  });

  it.each(LANGUAGES)('has words for every reason and status in %s (no key left showing)', (language) => {
    const t = translatorFor(language);
    const every: MatchReason[] = [
      ...reasons,
      { kind: 'availability', points: 10, status: 'available' },
      { kind: 'availability', points: 0, status: 'unavailable' },
      { kind: 'vetting', points: 0, status: 'proposed' },
      { kind: 'vetting', points: -10, status: 'paused' },
      { kind: 'vetting', points: 0, status: 'withdrawn' },
    ];
    for (const reason of every) {
      expect(reasonText(reason, t, language)).not.toMatch(/match\.reason|taxonomy:|\{\{/);
      expect(pointsText(reason.points, t, language)).not.toMatch(/match\.|\{\{/);
    }
  });

  it('marks what counts against a collaborator as a caution', () => {
    expect(isCaution({ kind: 'availability', points: 2, status: 'limited' })).toBe(true);
    expect(isCaution({ kind: 'availability', points: 10, status: 'available' })).toBe(false);
    expect(isCaution({ kind: 'vetting', points: 0, status: 'proposed' })).toBe(true);
    expect(isCaution({ kind: 'vetting', points: 10, status: 'vetted' })).toBe(false);
    expect(isCaution({ kind: 'past', points: 15, concluded: 3, declined: 0 })).toBe(false);
    expect(isCaution({ kind: 'past', points: -3, concluded: 0, declined: 1 })).toBe(true);
    expect(isCaution({ kind: 'strategy', points: 30, areas: ['advocacy'] })).toBe(false);
  });
});
