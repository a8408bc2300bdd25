// Collaborations over a real vault: every lifecycle step dated, every illegal step refused with a typed error, members
// and requests checked, the request linked on creation, the activity timeline, lists by community, collaborator and state.
import { describe, expect, it } from 'vitest';
import { COLLABORATION_STATES, COLLABORATION_STEPS, canMove, type CollaborationState } from '../../../common/community/collaboration.schema.js';
import { IMAGINARY_DAM, RIO_VERDE } from '../../helpers/community-fixtures.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { routedTestVault } from '../../helpers/core-router.js';

async function collaborationVault() {
  const made = await routedTestVault();
  const { call } = made;
  const community = await call<{ id: string }>('cre:communities.create', { community: RIO_VERDE });
  await call('cre:projects.create', { project: IMAGINARY_DAM });
  const request = await call<{ id: string }>('cre:requests.create', {
    request: { communityId: community.id, strategyAreas: ['financial_research'], level: 'international', languages: ['pt'], urgency: 'high', description: 'Who finances the dam?' },
  });
  const ana = await call<{ id: string }>('cre:roster.create', { collaborator: ANA });
  const bea = await call<{ id: string }>('cre:roster.create', { collaborator: { ...ANA, name: 'Bea Fictional Legal Clinic', contacts: [] } });
  const start = (extra: object = {}) =>
    call<{ id: string }>('cre:collaborations.create', {
      collaboration: {
        communityId: community.id,
        requestId: request.id,
        members: [{ collaboratorId: ana.id, role: 'financial research' }, { collaboratorId: bea.id, role: 'legal advice' }],
        owner: 'Latin America facilitator',
        ...extra,
      },
    });
  return { ...made, start, communityId: community.id, requestId: request.id, anaId: ana.id, beaId: bea.id };
}

describe('the collaboration lifecycle as data', () => {
  it('allows exactly proposed → introduced → active ↔ paused → concluded, and declined before it starts', () => {
    const allowed = COLLABORATION_STATES.flatMap((from) => COLLABORATION_STATES.filter((to) => canMove(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(
      ['proposed→introduced', 'proposed→declined', 'introduced→active', 'introduced→declined', 'active→paused', 'active→concluded', 'paused→active', 'paused→concluded'].sort(),
    );
    expect(COLLABORATION_STEPS.concluded).toEqual([]);
    expect(COLLABORATION_STEPS.declined).toEqual([]);
  });
});

describe('collaborations', () => {
  it('starts proposed with names of members, links the request, and dates every step through to concluded', async () => {
    const { call, start, requestId, platform } = await collaborationVault();
    const { id } = await start();
    const created = await call<{ state: string; members: { name: string; role: string }[]; communityName: string }>('cre:collaborations.get', { id });
    expect(created.state).toBe('proposed');
    expect(created.members.map((m) => [m.name, m.role])).toEqual([[ANA.name, 'financial research'], ['Bea Fictional Legal Clinic', 'legal advice']]);
    expect(created.communityName).toBe(RIO_VERDE.name);
    expect((await call<{ status: string }>('cre:requests.get', { id: requestId })).status).toBe('linked');

    const path: CollaborationState[] = ['introduced', 'active', 'paused', 'active', 'concluded'];
    for (const to of path) {
      platform.advance(86_400_000);
      await call('cre:collaborations.move', { id, to });
    }
    const done = await call<{ state: string; history: { state: string; at: string }[] }>('cre:collaborations.get', { id });
    expect(done.state).toBe('concluded');
    expect(done.history.map((h) => h.state)).toEqual(['proposed', ...path]);
    const times = done.history.map((h) => Date.parse(h.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
  });

  it.each([
    ['concluded', 'introduced'],
    ['concluded', 'active'],
    ['declined', 'introduced'],
    ['proposed', 'active'],
    ['proposed', 'concluded'],
    ['introduced', 'paused'],
    ['active', 'declined'],
    ['paused', 'introduced'],
  ] as const)('refuses %s → %s with illegal_transition and changes nothing', async (from, to) => {
    const { call, errorOf, start } = await collaborationVault();
    const { id } = await start();
    const route: Record<string, CollaborationState[]> = {
      proposed: [],
      introduced: ['introduced'],
      active: ['introduced', 'active'],
      paused: ['introduced', 'active', 'paused'],
      concluded: ['introduced', 'active', 'concluded'],
      declined: ['declined'],
    };
    for (const step of route[from]!) await call('cre:collaborations.move', { id, to: step });
    const error = await errorOf('cre:collaborations.move', { id, to });
    expect(error.code).toBe('illegal_transition');
    expect(error.details).toMatchObject({ from, to });
    const after = await call<{ state: string; history: unknown[] }>('cre:collaborations.get', { id });
    expect([after.state, after.history.length]).toEqual([from, route[from]!.length + 1]);
  });

  it('refuses unknown or repeated members, a request of another community, and a change of community', async () => {
    const { call, errorOf, start, anaId, communityId, requestId } = await collaborationVault();
    expect((await errorOf('cre:collaborations.create', { collaboration: { communityId, members: [], owner: 'x' } })).code).toBe('invalid_input');
    const twice = [{ collaboratorId: anaId }, { collaboratorId: anaId }];
    expect((await errorOf('cre:collaborations.create', { collaboration: { communityId, members: twice, owner: 'x' } })).code).toBe('invalid_input');
    const stranger = { collaboratorId: '01900000-0000-7000-8000-00000000dead' };
    expect((await errorOf('cre:collaborations.create', { collaboration: { communityId, members: [stranger], owner: 'x' } })).code).toBe('invalid_input');
    const other = await call<{ id: string }>('cre:communities.create', { community: { ...RIO_VERDE, name: 'Other' } });
    expect((await errorOf('cre:collaborations.create', { collaboration: { communityId: other.id, requestId, members: [{ collaboratorId: anaId }], owner: 'x' } })).code).toBe('invalid_input');
    const { id } = await start();
    expect((await errorOf('cre:collaborations.update', { id, collaboration: { communityId: other.id, members: [{ collaboratorId: anaId }], owner: 'x' } })).code).toBe('invalid_input');
  });

  it('keeps a timeline of activities in date order, with removal; records outcomes, learnings and the next follow-up', async () => {
    const { call, start, communityId, anaId, core } = await collaborationVault();
    const { id } = await start();
    await call('cre:collaborations.addActivity', { id, activity: { kind: 'meeting', date: '2026-11-20', text: 'First call with the community' } });
    const intro = await call<{ id: string }>('cre:collaborations.addActivity', { id, activity: { kind: 'introduction', date: '2026-11-10', text: 'Introduced by email' } });
    await call('cre:collaborations.addActivity', { id, activity: { kind: 'document_shared', date: '2026-11-25', text: 'Shared the financier map' } });
    const kinds = async () => (await call<{ kind: string }[]>('cre:collaborations.timeline', { id })).map((a) => a.kind);
    expect(await kinds()).toEqual(['introduction', 'meeting', 'document_shared']);
    await call('cre:collaborations.removeActivity', { activityId: intro.id });
    expect(await kinds()).toEqual(['meeting', 'document_shared']);

    const learning = { whatWorked: 'Mapping the co-financiers', whatDidNot: 'Waiting for the bank to answer', strategyArea: 'financial_research', text: 'Start with the disclosure portal.' };
    await call('cre:collaborations.update', {
      id,
      collaboration: { communityId, members: [{ collaboratorId: anaId, role: 'lead' }], owner: 'Latin America facilitator', nextFollowUp: '2026-12-05', outcomes: 'Complaint drafted', learnings: [learning] },
    });
    const view = await call<Record<string, unknown>>('cre:collaborations.get', { id });
    expect(view).toMatchObject({ nextFollowUp: '2026-12-05', outcomes: 'Complaint drafted', learnings: [learning] });
    expect(JSON.stringify(core.vault.auditTrail(60))).not.toContain('financier map');
  });

  it('lists by community, by member and by state; a tombstone leaves every list for the deleted one until restored', async () => {
    const { call, start, communityId, beaId, anaId } = await collaborationVault();
    const first = await start();
    const second = await start({ requestId: null, members: [{ collaboratorId: anaId, role: '' }] });
    await call('cre:collaborations.move', { id: second.id, to: 'declined' });
    const ids = async (input: object) => (await call<{ id: string }[]>('cre:collaborations.list', input)).map((c) => c.id);
    expect(await ids({ communityId })).toEqual([second.id, first.id]);
    expect(await ids({ collaboratorId: beaId })).toEqual([first.id]);
    expect(await ids({ states: ['declined'] })).toEqual([second.id]);
    await call('cre:collaborations.delete', { id: first.id });
    expect(await ids({ collaboratorId: beaId })).toEqual([]);
    expect(await ids({ deleted: true })).toEqual([first.id]);
    await call('cre:collaborations.restore', { id: first.id });
    expect(await ids({ collaboratorId: beaId })).toEqual([first.id]);
    expect(await ids({ deleted: true })).toEqual([]);
  });
});
