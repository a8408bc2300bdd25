// Withdrawals between two facilitators: the Latin America facilitator narrows a community it shared in a collaboration,
// and its next bundle limited to that collaboration withdraws the community and what depends on it from the Africa
// facilitator; the Africa facilitator's bundles never withdraw anything from the secretariat.
import { describe, expect, it } from 'vitest';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { facilitatorNetwork, makeCollaboration, makeCollaborator, makeCommunity, previewOf, receiveBundle, sendBundle } from '../../helpers/facilitator-vaults.js';
import { markersOf } from '../../helpers/withdrawal-network.js';

describe('a withdrawal between facilitators', () => {
  it('purges a community its writer narrowed, with the collaboration on it, from the other facilitator', async () => {
    const { secretariat, latam, africa } = await facilitatorNetwork();
    const home = await makeCommunity(latam, 'Rio Verde', 'network');
    const ally = await makeCollaborator(latam, 'Nairobi legal clinic', 'network');
    const shared = await makeCollaboration(latam, home, [ally], 'First call with the clinic');
    await receiveBundle(africa, await sendBundle(latam, [africa], shared));
    expect((await africa.call<{ name: string }>('cre:communities.get', { id: home })).name).toBe('Rio Verde');

    await latam.call('cre:communities.update', { id: home, community: { ...RIO_VERDE, name: 'Rio Verde', country: 'BR', sharing: 'secretariat', contacts: [] } });
    expect((await previewOf(latam, [africa], shared)).withdrawals).toEqual({ communities: 1, collaborations: 1, collaboration_activities: 1 });
    const report = await receiveBundle(africa, await sendBundle(latam, [africa], shared));
    expect(report.withdrawn).toBe(3);
    expect(await africa.failure('cre:communities.get', { id: home })).toBe('not_found');
    expect(await africa.failure('cre:collaborations.get', { id: shared })).toBe('not_found');
    // The collaborator is network-wide: it stays.
    expect((await africa.call<{ name: string }>('cre:roster.get', { id: ally })).name).toBe('Nairobi legal clinic');
    expect(new Set(markersOf(africa).map((m) => m.withdrawn_by))).toEqual(new Set([latam.vaultId]));

    // A facilitator's bundle to the secretariat carries no withdrawal, and the narrowed record reaches the secretariat.
    expect((await previewOf(latam, [secretariat])).withdrawals).toEqual({});
    expect((await receiveBundle(secretariat, await sendBundle(latam, [secretariat]))).withdrawn).toBe(0);
    expect((await secretariat.call<{ sharing: string }>('cre:communities.get', { id: home })).sharing).toBe('secretariat');
  });
});
