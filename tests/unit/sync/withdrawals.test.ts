// Withdrawals between the secretariat and the Asia facilitator: sent again until acknowledged, undone by consent widened
// again, never resurrected by a stale copy from another vault, refused where the rules do not allow them, and never
// made of a record the facilitator narrowed itself.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SyncManifest } from '../../../common/bundles/manifest.schema.js';
import { inTransaction } from '../../../db/handles.js';
import { knownVersionVector } from '../../../db/sync.repo.js';
import { readTravellingRow } from '../../../db/sync-rows.js';
import { findTeamMemberByVaultId } from '../../../db/team.repo.js';
import { createRowApplier } from '../../../main/core/sync/import-apply.js';
import { checkWithdrawals } from '../../../main/core/sync/withdrawals.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import {
  digestOf,
  handMadeBundle,
  holdersOf,
  markersOf,
  receive,
  refusal,
  secretariatAndAsia,
  send,
  withdrawalsPreviewed,
} from '../../helpers/withdrawal-network.js';

const communityInput = (name: string, sharing: string) => ({ ...RIO_VERDE, name, country: 'ID', sharing, contacts: [] });

async function sharedCommunity(secretariat: TeamVault, asia: TeamVault, name: string): Promise<string> {
  const { id } = await secretariat.call<{ id: string }>('cre:communities.create', { community: communityInput(name, 'regional') });
  await receive(asia, await send(secretariat, asia));
  return id;
}

/** Applies one row to `into` as if a bundle from `senderVaultId` carried it (the applying pass alone, in a transaction). */
function applyAsFrom(into: TeamVault, senderVaultId: string, table: string, row: Record<string, unknown>): Record<string, number> {
  const { db } = into.core.vault.openVault();
  const manifest = {
    bundleId: randomUUID(),
    sender: { vaultId: senderVaultId },
    sync: { knows: {}, everything: false, acknowledges: [], withdrawals: [], collaborationId: null },
  } as unknown as SyncManifest;
  return inTransaction(db, () => {
    const applier = createRowApplier(db, knownVersionVector(db), () => new Date(into.platform.now()).toISOString());
    applier.begin(manifest);
    applier.records(table, [row]);
    return applier.finish().applied;
  });
}

describe('a withdrawal', () => {
  it('is sent again until acknowledged, undone when consent widens again, and not undone by a stale copy', async () => {
    const { secretariat, asia } = await secretariatAndAsia();
    const id = await sharedCommunity(secretariat, asia, 'Narrowed later');
    const stale = readTravellingRow(secretariat.core.vault.openVault().db, 'communities', id)!;
    expect(holdersOf(secretariat, 'communities', id)).toEqual([{ peer_vault_id: asia.vaultId, withdrawal_sequence: null }]);
    // The facilitator notes that the secretariat holds what came from it.
    expect(holdersOf(asia, 'communities', id)).toEqual([{ peer_vault_id: secretariat.vaultId, withdrawal_sequence: null }]);

    await secretariat.call('cre:communities.update', { id, community: communityInput('Narrowed later', 'secretariat') });
    expect(await withdrawalsPreviewed(secretariat, asia)).toEqual({ communities: 1 });
    await send(secretariat, asia); // lost on the way
    expect(await withdrawalsPreviewed(secretariat, asia)).toEqual({ communities: 1 });
    const report = await receive(asia, await send(secretariat, asia));
    expect(report.withdrawn).toBe(1);
    expect(await asia.failure('cre:communities.get', { id })).toBe('not_found');
    expect(markersOf(asia)).toEqual([{ table_name: 'communities', record_id: id, withdrawn_by: secretariat.vaultId }]);
    // Not acknowledged yet: still listed. The facilitator's next bundle acknowledges it.
    expect(await withdrawalsPreviewed(secretariat, asia)).toEqual({ communities: 1 });
    await receive(secretariat, await send(asia, secretariat));
    expect(await withdrawalsPreviewed(secretariat, asia)).toEqual({});
    expect(holdersOf(secretariat, 'communities', id)).toEqual([]);

    // A stale copy from a vault other than the one that withdrew it is skipped, and the marker stays.
    expect(applyAsFrom(asia, randomUUID(), 'communities', stale)).toEqual({});
    expect(await asia.failure('cre:communities.get', { id })).toBe('not_found');
    expect(markersOf(asia)).toHaveLength(1);

    // Widened again: the record travels, is written, and the marker goes.
    await secretariat.call('cre:communities.update', { id, community: communityInput('Narrowed later', 'regional') });
    expect(await withdrawalsPreviewed(secretariat, asia)).toEqual({});
    const back = await receive(asia, await send(secretariat, asia));
    expect(back.applied).toEqual({ communities: 1 });
    expect((await asia.call<{ sharing: string }>('cre:communities.get', { id })).sharing).toBe('regional');
    expect(markersOf(asia)).toEqual([]);
    expect(holdersOf(secretariat, 'communities', id)).toEqual([{ peer_vault_id: asia.vaultId, withdrawal_sequence: null }]);
  });

  it('is not sent once consent widens again before the acknowledgement: the record simply travels again', async () => {
    const { secretariat, asia } = await secretariatAndAsia();
    const id = await sharedCommunity(secretariat, asia, 'Changed its mind');
    await secretariat.call('cre:communities.update', { id, community: communityInput('Changed its mind', 'secretariat') });
    await send(secretariat, asia); // carries the withdrawal; lost
    expect(holdersOf(secretariat, 'communities', id)[0]?.withdrawal_sequence).not.toBeNull();
    await secretariat.call('cre:communities.update', { id, community: communityInput('Changed its mind', 'network') });
    expect(await withdrawalsPreviewed(secretariat, asia)).toEqual({});
    const report = await receive(asia, await send(secretariat, asia));
    expect(report).toMatchObject({ applied: { communities: 1 }, withdrawn: 0 });
    expect(holdersOf(secretariat, 'communities', id)).toEqual([{ peer_vault_id: asia.vaultId, withdrawal_sequence: null }]);
  });

  it('is never made of a record the facilitator narrowed itself', async () => {
    const { secretariat, asia } = await secretariatAndAsia();
    const id = await sharedCommunity(secretariat, asia, 'Narrowed by the facilitator');
    await asia.call('cre:communities.update', { id, community: communityInput('Narrowed by the facilitator', 'secretariat') });
    await receive(secretariat, await send(asia, secretariat));
    expect((await secretariat.call<{ sharing: string }>('cre:communities.get', { id })).sharing).toBe('secretariat');
    expect(await withdrawalsPreviewed(secretariat, asia)).toEqual({});
    await secretariat.call('cre:communities.create', { community: communityInput('Something new', 'regional') });
    const report = await receive(asia, await send(secretariat, asia));
    expect(report.withdrawn).toBe(0);
    expect((await asia.call<{ sharing: string }>('cre:communities.get', { id })).sharing).toBe('secretariat');
  });
});

describe('a withdrawal outside the rules', () => {
  it('from a facilitator to the secretariat is refused, and nothing is written', async () => {
    const { secretariat, asia } = await secretariatAndAsia();
    const id = await sharedCommunity(secretariat, asia, 'Held by both');
    const before = digestOf(secretariat);
    expect(await refusal(secretariat, await handMadeBundle(asia, secretariat, [{ table: 'communities', id }]))).toEqual({
      code: 'bad_payload', reason: 'withdrawal_to_secretariat',
    });
    expect(digestOf(secretariat)).toBe(before);
    expect((await secretariat.call<{ name: string }>('cre:communities.get', { id })).name).toBe('Held by both');
  });

  it('of a table that does not sync is refused, and nothing is written', async () => {
    const { secretariat, asia } = await secretariatAndAsia();
    await sharedCommunity(secretariat, asia, 'Held by both');
    const before = digestOf(asia);
    expect(await refusal(asia, await handMadeBundle(secretariat, asia, [{ table: 'vault_identity', id: randomUUID() }]))).toEqual({
      code: 'bad_payload', reason: 'withdrawal_table',
    });
    expect(digestOf(asia)).toBe(before);
  });

  it('between facilitators reaches only records the receiver had from that facilitator', async () => {
    const { secretariat, asia } = await secretariatAndAsia();
    const other = await teamVault({ displayName: 'Other Asia facilitator', role: 'facilitator', region: 'asia' });
    await introduceBothWays(asia, other);
    const id = await sharedCommunity(secretariat, asia, 'From the secretariat');
    const { db } = asia.core.vault.openVault();
    const sender = findTeamMemberByVaultId(db, other.vaultId)!;
    const manifest = (withdrawals: { table: string; id: string }[]) => ({ sync: { withdrawals } }) as unknown as SyncManifest;
    expect(() => checkWithdrawals(db, manifest([{ table: 'communities', id }]), sender)).toThrow(
      expect.objectContaining({ code: 'bad_payload', details: { reason: 'withdrawal_not_received' } }),
    );
    // Once the record came from that facilitator, it may withdraw it.
    const row = readTravellingRow(db, 'communities', id)!;
    asia.platform.advance(1000);
    applyAsFrom(asia, other.vaultId, 'communities', { ...row, hlc: `${'9'.repeat(13)}-00000-${other.vaultId}`, changed_by: other.vaultId });
    expect(() => checkWithdrawals(db, manifest([{ table: 'communities', id }]), sender)).not.toThrow();
  });
});
