// Support requests over a real vault: validation at the boundary, links to the community's own struggles, order by
// urgency and deadline, status filters, tombstones with undo, and requests of a deleted community left out.
import { describe, expect, it } from 'vitest';
import { IMAGINARY_DAM, RIO_VERDE } from '../../helpers/community-fixtures.js';
import { routedTestVault } from '../../helpers/core-router.js';

async function requestsRouter() {
  const made = await routedTestVault();
  const { call } = made;
  const community = await call<{ id: string }>('cre:communities.create', { community: RIO_VERDE });
  const project = await call<{ id: string }>('cre:projects.create', { project: IMAGINARY_DAM });
  const struggle = await call<{ id: string }>('cre:struggles.link', { struggle: { communityId: community.id, projectId: project.id } });
  return { ...made, communityId: community.id, struggleId: struggle.id };
}

const ASK = {
  strategyAreas: ['financial_research', 'advocacy'],
  level: 'international',
  languages: ['pt', 'en'],
  urgency: 'high',
  deadline: '2026-12-15',
  description: 'Research on the financiers of the dam before the board meeting.',
};

describe('support requests', () => {
  it('stores a request about one of the community’s struggles and shows the community’s name and region', async () => {
    const { call, communityId, struggleId } = await requestsRouter();
    const { id } = await call<{ id: string }>('cre:requests.create', { request: { ...ASK, communityId, struggleId } });
    expect(await call('cre:requests.get', { id })).toMatchObject({
      communityName: RIO_VERDE.name,
      region: 'latin_america',
      status: 'new',
      struggleId,
      strategyAreas: ['financial_research', 'advocacy'],
    });
  });

  it('refuses a request without strategy areas or description, a struggle of another community, and a change of community', async () => {
    const { call, failure, communityId, struggleId } = await requestsRouter();
    expect(await failure('cre:requests.create', { request: { ...ASK, communityId, strategyAreas: [] } })).toBe('invalid_input');
    expect(await failure('cre:requests.create', { request: { ...ASK, communityId, description: '  ' } })).toBe('invalid_input');
    const other = await call<{ id: string }>('cre:communities.create', { community: { ...RIO_VERDE, name: 'Another community' } });
    expect(await failure('cre:requests.create', { request: { ...ASK, communityId: other.id, struggleId } })).toBe('invalid_input');
    const { id } = await call<{ id: string }>('cre:requests.create', { request: { ...ASK, communityId } });
    expect(await failure('cre:requests.update', { id, request: { ...ASK, communityId: other.id } })).toBe('invalid_input');
  });

  it('lists the most urgent first, then by deadline; filters by status; tombstones with undo', async () => {
    const { call, communityId, core } = await requestsRouter();
    const make = async (urgency: string, deadline: string | null, description: string) =>
      (await call<{ id: string }>('cre:requests.create', { request: { ...ASK, communityId, urgency, deadline, description } })).id;
    await make('low', null, 'low, no deadline');
    const later = await make('high', '2027-01-10', 'high, later');
    await make('critical', null, 'critical');
    await make('high', '2026-12-01', 'high, sooner');
    const order = async (input: object) => (await call<{ description: string }[]>('cre:requests.list', input)).map((r) => r.description);
    expect(await order({})).toEqual(['critical', 'high, sooner', 'high, later', 'low, no deadline']);

    await call('cre:requests.update', { id: later, request: { ...ASK, communityId, urgency: 'high', deadline: '2027-01-10', description: 'high, later', status: 'matching' } });
    expect(await order({ statuses: ['matching'] })).toEqual(['high, later']);
    expect(await order({ statuses: ['new', 'linked'] })).toHaveLength(3);

    await call('cre:requests.delete', { id: later });
    expect(await order({})).toHaveLength(3);
    expect(await order({ deleted: true })).toEqual(['high, later']);
    await call('cre:requests.restore', { id: later });
    expect(await order({})).toHaveLength(4);

    await call('cre:communities.delete', { id: communityId });
    expect(await order({})).toEqual([]);
    const kinds = core.vault.auditTrail(40).map((entry) => entry.kind);
    expect(kinds).toEqual(expect.arrayContaining(['request_created', 'request_updated', 'request_deleted', 'request_restored']));
    expect(JSON.stringify(core.vault.auditTrail(40))).not.toContain('financiers of the dam');
  });
});
