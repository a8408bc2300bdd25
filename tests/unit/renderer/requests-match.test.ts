// The matching screen's pure parts: ticking keeps the ranking's order and typed roles, the choice becomes a valid collaboration or named errors, and every reason reads as words in each language.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import { collaborationInputSchema } from '../../../common/community/collaboration.schema.js';
import type { MatchReason } from '../../../common/community/match.schema.js';
import { CATALOG } from '../../../common/i18n/catalog.js';
import { LANGUAGES, type Language } from '../../../common/languages.js';
import { toCollaborationInput, togglePick, validateMatchChoice } from '../../../renderer/features/requests/match-choice-model.js';
import { isCaution, reasonText, type Translate } from '../../../renderer/features/requests/match-reasons.js';

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

describe('reasons in words', () => {
  const reasons: MatchReason[] = [
    { kind: 'strategy', areas: ['financial_research', 'advocacy'] },
    { kind: 'country', country: 'BR' },
    { kind: 'region', region: 'latin_america' },
    { kind: 'global' },
    { kind: 'language', languages: ['pt', 'es'] },
    { kind: 'level', level: 'international' },
    { kind: 'availability', status: 'limited' },
    { kind: 'vetting', status: 'vetted' },
    { kind: 'past', concluded: 2, declined: 1 },
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
    ]);
  });

  it('reads them in Spanish', () => {
    const t = translatorFor('es');
    expect(reasonText(reasons[0]!, t, 'es')).toBe('Cubre Investigación financiera y mapeo de poder, Incidencia ante tomadores de decisiones');
    expect(reasonText(reasons[1]!, t, 'es')).toBe('Trabaja en Brasil');
    expect(reasonText(reasons[6]!, t, 'es')).toBe('Disponibilidad limitada');
  });

  it.each(LANGUAGES)('has words for every reason and status in %s (no key left showing)', (language) => {
    const t = translatorFor(language);
    const every: MatchReason[] = [
      ...reasons,
      { kind: 'availability', status: 'available' },
      { kind: 'availability', status: 'unavailable' },
      { kind: 'vetting', status: 'proposed' },
      { kind: 'vetting', status: 'paused' },
      { kind: 'vetting', status: 'withdrawn' },
    ];
    for (const reason of every) expect(reasonText(reason, t, language)).not.toMatch(/match\.reason|taxonomy:|\{\{/);
  });

  it('marks what counts against a collaborator as a caution', () => {
    expect(isCaution({ kind: 'availability', status: 'limited' })).toBe(true);
    expect(isCaution({ kind: 'availability', status: 'available' })).toBe(false);
    expect(isCaution({ kind: 'vetting', status: 'proposed' })).toBe(true);
    expect(isCaution({ kind: 'vetting', status: 'vetted' })).toBe(false);
    expect(isCaution({ kind: 'past', concluded: 3, declined: 0 })).toBe(false);
    expect(isCaution({ kind: 'past', concluded: 0, declined: 1 })).toBe(true);
    expect(isCaution({ kind: 'strategy', areas: ['advocacy'] })).toBe(false);
  });
});
