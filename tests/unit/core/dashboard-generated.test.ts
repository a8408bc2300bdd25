// The dashboard over generated vaults (communities, requests, collaborators, collaborations with dated lifecycles,
// deletions, written after the index was first read): every figure for random ranges equals the direct SQL counts, and
// each figure's list holds that many records.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COLLABORATION_STEPS, type CollaborationState } from '../../../common/community/collaboration.schema.js';
import type { Dashboard, DashboardDrill, DashboardRange } from '../../../common/dashboard/dashboard.schema.js';
import { STRATEGY_AREAS } from '../../../common/roster/taxonomy.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { routedTestVault } from '../../helpers/core-router.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { directCounts } from './dashboard-direct-counts.js';

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);
const COUNTRIES = ['BR', 'PH', 'KE', 'MX', 'IN'] as const;
const dayOf = (offset: number) => new Date(START + offset * DAY).toISOString().slice(0, 10);

const collaborationArb = fc.record({
  community: fc.nat(),
  request: fc.option(fc.nat(), { nil: null }),
  members: fc.uniqueArray(fc.nat({ max: 3 }), { minLength: 1, maxLength: 3 }),
  startDay: fc.integer({ min: 0, max: 300 }),
  /** Each step: which allowed next state (index) and how many days later. */
  steps: fc.array(fc.record({ pick: fc.nat(), after: fc.integer({ min: 0, max: 60 }) }), { maxLength: 4 }),
  deleted: fc.boolean(),
});

const vaultArb = fc.record({
  communities: fc.array(fc.record({ country: fc.constantFrom(...COUNTRIES), deleted: fc.boolean() }), { minLength: 1, maxLength: 4 }),
  collaboratorsDeleted: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  requests: fc.array(
    fc.record({ community: fc.nat(), areas: fc.uniqueArray(fc.constantFrom(...STRATEGY_AREAS), { minLength: 1, maxLength: 3 }), deleted: fc.boolean() }),
    { maxLength: 4 },
  ),
  collaborations: fc.array(collaborationArb, { maxLength: 12 }),
});

const rangeArb = fc
  .tuple(fc.option(fc.integer({ min: 0, max: 420 }), { nil: null }), fc.option(fc.integer({ min: 0, max: 420 }), { nil: null }))
  .map(([a, b]): DashboardRange => {
    const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
    return { from: from === null ? null : dayOf(from), to: to === null ? null : dayOf(to) };
  });

type VaultPlan = typeof vaultArb extends fc.Arbitrary<infer T> ? T : never;

async function buildVault(plan: VaultPlan) {
  const made = await routedTestVault();
  const { call, platform } = made;
  const id = async (channel: string, input: unknown) => (await call<{ id: string }>(channel, input)).id;
  platform.setNow(START);
  const communities: string[] = [];
  for (const [index, community] of plan.communities.entries()) {
    communities.push(await id('cre:communities.create', { community: { ...RIO_VERDE, name: `Community ${index}`, country: community.country, contacts: [] } }));
  }
  const people: string[] = [];
  for (const index of plan.collaboratorsDeleted.keys()) people.push(await id('cre:roster.create', { collaborator: { ...ANA, name: `Person ${index}`, contacts: [] } }));
  const requests: { id: string; community: number }[] = [];
  for (const request of plan.requests) {
    const community = request.community % communities.length;
    const requestId = await id('cre:requests.create', {
      request: { communityId: communities[community], strategyAreas: request.areas, level: 'local', languages: [], urgency: 'low', description: 'Support' },
    });
    requests.push({ id: requestId, community });
  }
  // The index is read now, so everything written after this is patched in from the rows the change journal noted.
  await call('cre:dashboard.get', { range: {} });
  for (const plan_ of plan.collaborations) {
    const community = plan_.community % communities.length;
    const own = requests.filter((request) => request.community === community);
    const requestId = plan_.request === null || own.length === 0 ? null : own[plan_.request % own.length]!.id;
    let now = START + plan_.startDay * DAY + 3_600_000;
    platform.setNow(now);
    const collaborationId = await id('cre:collaborations.create', {
      collaboration: { communityId: communities[community], requestId, members: plan_.members.map((m) => ({ collaboratorId: people[m] })), owner: 'F' },
    });
    let state: CollaborationState = 'proposed';
    for (const step of plan_.steps) {
      const next: readonly CollaborationState[] = COLLABORATION_STEPS[state];
      if (next.length === 0) break;
      state = next[step.pick % next.length]!;
      now += step.after * DAY;
      platform.setNow(now);
      await call('cre:collaborations.move', { id: collaborationId, to: state });
    }
    if (plan_.deleted) await call('cre:collaborations.delete', { id: collaborationId });
  }
  for (const [index, request] of plan.requests.entries()) if (request.deleted) await call('cre:requests.delete', { id: requests[index]!.id });
  for (const [index, community] of plan.communities.entries()) if (community.deleted) await call('cre:communities.delete', { id: communities[index] });
  for (const [index, deleted] of plan.collaboratorsDeleted.entries()) if (deleted) await call('cre:roster.delete', { id: people[index] });
  return made;
}

describe('the dashboard over generated vaults', () => {
  it('equals direct SQL counts for any range, and every figure opens a list of that many records', async () => {
    await fc.assert(
      fc.asyncProperty(vaultArb, fc.array(rangeArb, { minLength: 3, maxLength: 3 }), async (plan, ranges) => {
        const { call, core } = await buildVault(plan);
        const db = core.vault.openVault().db;
        for (const range of [{ from: null, to: null }, ...ranges]) {
          const dashboard = await call<Dashboard>('cre:dashboard.get', { range });
          expect(dashboard).toEqual(directCounts(db, range));
          const total = async (figure: unknown) => (await call<DashboardDrill>('cre:dashboard.drill', { range, figure, limit: 500 })).total;
          expect(await total({ kind: 'collaborations' })).toBe(dashboard.totals.collaborations);
          expect(await total({ kind: 'linkages' })).toBe(dashboard.totals.linkages);
          expect(await total({ kind: 'communities' })).toBe(dashboard.totals.communities);
          expect(await total({ kind: 'collaborators' })).toBe(dashboard.totals.collaborators);
          for (const { count, ...cell } of dashboard.cells) expect(await total({ kind: 'collaborations', ...cell })).toBe(count);
          for (const line of dashboard.byRegionStatus) expect(await total({ kind: 'collaborations', region: line.region, status: line.status })).toBe(line.count);
        }
        // Patched or read afresh, the index is the same.
        const patched = await call<Dashboard>('cre:dashboard.get', { range: {} });
        core.dashboard.clear();
        expect(await call<Dashboard>('cre:dashboard.get', { range: {} })).toEqual(patched);
        core.dispose();
      }),
      { numRuns: 8 },
    );
  });
});
