// A vault upgraded from schema 12 never noted who holds what it sent before: at its first export to a peer it enters,
// as held by the peer, every record consent lets reach it up to the peer's acknowledged cursor, so a record narrowed
// afterwards is withdrawn from that peer too.
import { describe, expect, it } from 'vitest';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { holdersOf, receive, secretariatAndAsia, send, withdrawalsPreviewed } from '../../helpers/withdrawal-network.js';

const communityInput = (name: string, sharing: string) => ({ ...RIO_VERDE, name, country: 'ID', sharing, contacts: [] });

describe('holders of a vault upgraded from schema 12', () => {
  it('are entered at the first export to the peer, and a record narrowed afterwards is withdrawn', async () => {
    const { secretariat, asia } = await secretariatAndAsia();
    const { id } = await secretariat.call<{ id: string }>('cre:communities.create', { community: communityInput('Sent before the upgrade', 'regional') });
    const { id: kept } = await secretariat.call<{ id: string }>('cre:communities.create', { community: communityInput('Never for Asia', 'secretariat') });
    await receive(asia, await send(secretariat, asia));
    await receive(secretariat, await send(asia, secretariat));
    // As schema 12 left it: a cursor, and no holders.
    const { db } = secretariat.core.vault.openVault();
    db.prepare('DELETE FROM sync_holders').run();
    db.prepare('UPDATE sync_acked_cursors SET holders_tracked = 0').run();
    const tracked = () => db.prepare('SELECT holders_tracked FROM sync_acked_cursors WHERE peer_vault_id = ?').pluck().get(asia.vaultId);

    await secretariat.call('cre:communities.create', { community: communityInput('After the upgrade', 'regional') });
    await receive(asia, await send(secretariat, asia));
    expect(tracked()).toBe(1);
    expect(holdersOf(secretariat, 'communities', id)).toEqual([{ peer_vault_id: asia.vaultId, withdrawal_sequence: null }]);
    expect(holdersOf(secretariat, 'communities', kept)).toEqual([]);

    await secretariat.call('cre:communities.update', { id, community: communityInput('Sent before the upgrade', 'secretariat') });
    expect(await withdrawalsPreviewed(secretariat, asia)).toEqual({ communities: 1 });
    expect((await receive(asia, await send(secretariat, asia))).withdrawn).toBe(1);
    expect(await asia.failure('cre:communities.get', { id })).toBe('not_found');
  });
});
