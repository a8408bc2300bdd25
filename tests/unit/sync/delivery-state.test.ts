// Delivery state per team member, through the real router: bundles sent and lost wait with their count and age by the
// vault's clock, each carrying again what the older ones did; an acknowledgement (the peer's next bundle) moves the
// member to "acknowledged bundle #n"; Today lists the member once the wait passes the setting, which is validated and
// audited.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DeliveryState } from '../../../common/bundles/delivery.schema.js';
import type { Today } from '../../../common/community/today.schema.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const DAY = 86_400_000;
const community = (name: string) => ({ ...RIO_VERDE, name, country: 'ID', sharing: 'regional', contacts: [] });

async function send(from: TeamVault, to: TeamVault): Promise<string> {
  const path = join(makeTempDir('cre-delivery-'), `${from.name}-${randomUUID()}.crebundle`);
  from.platform.setNextSaveFile(path);
  const result = await from.call<{ saved: boolean }>('cre:bundles.export', { recipientIds: [await from.memberIdOf(to.name)], everything: false, token: randomUUID() });
  expect(result.saved).toBe(true);
  return path;
}

async function receive(into: TeamVault, path: string): Promise<void> {
  into.platform.setNextOpenFile(path);
  await into.call('cre:bundles.import', { token: randomUUID() });
}

const deliveryOf = async (vault: TeamVault) => vault.call<DeliveryState[]>('cre:bundles.delivery', {});
const todayOf = async (vault: TeamVault) => vault.call<Today>('cre:today.get', {});
const names = async (vault: TeamVault) => (await vault.call<{ name: string }[]>('cre:communities.list', {})).map((c) => c.name).sort();

async function pair() {
  const coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
  const asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  await introduceBothWays(coordinator, asia);
  return { coordinator, asia };
}

describe('delivery state', () => {
  it('shows nothing for a member no bundle went to or came from', async () => {
    const { coordinator } = await pair();
    expect(await deliveryOf(coordinator)).toEqual([]);
    expect((await todayOf(coordinator)).unacknowledged).toEqual([]);
  });

  it('counts lost bundles and their days by the vault clock, lists the member on Today when overdue, and clears on acknowledgement', async () => {
    const { coordinator, asia } = await pair();
    const asiaId = await coordinator.memberIdOf('Asia facilitator');
    await coordinator.call('cre:communities.create', { community: community('Kampung Sungai Biru') });
    const sentAt = new Date(coordinator.platform.now()).toISOString();
    await send(coordinator, asia); // lost: never imported

    expect(await deliveryOf(coordinator)).toEqual([
      {
        memberId: asiaId,
        displayName: 'Asia facilitator',
        lastAcknowledged: null,
        waiting: { bundles: 1, records: 1, withdrawals: 0, since: sentAt, days: 0 },
        overdue: false,
      },
    ]);

    // Three days later a second bundle: it carries again what the lost one did, and the wait counts from the oldest.
    coordinator.platform.advance(3 * DAY);
    await coordinator.call('cre:communities.create', { community: community('Desa Gunung Hijau') });
    const second = await send(coordinator, asia);
    const [waiting] = await deliveryOf(coordinator);
    expect(waiting?.waiting).toEqual({ bundles: 2, records: 2, withdrawals: 0, since: sentAt, days: 3 });
    expect(waiting?.overdue).toBe(false);
    expect((await todayOf(coordinator)).unacknowledged).toEqual([]);

    // Fourteen days after the first (the default setting), Today lists the member.
    coordinator.platform.advance(11 * DAY - 1);
    expect((await todayOf(coordinator)).unacknowledged).toEqual([]);
    coordinator.platform.advance(1);
    const today = await todayOf(coordinator);
    expect(today.acknowledgementDays).toBe(14);
    expect(today.unacknowledged.map((line) => [line.displayName, line.waiting?.bundles, line.waiting?.days, line.overdue])).toEqual([['Asia facilitator', 2, 14, true]]);

    // The second bundle arrives; the facilitator's next bundle acknowledges it, and nothing waits any more.
    await receive(asia, second);
    expect(await names(asia)).toEqual(['Desa Gunung Hijau', 'Kampung Sungai Biru']);
    await receive(coordinator, await send(asia, coordinator));
    const ackedAt = new Date(coordinator.platform.now()).toISOString();
    expect(await deliveryOf(coordinator)).toEqual([
      { memberId: asiaId, displayName: 'Asia facilitator', lastAcknowledged: { sequence: 2, at: ackedAt }, waiting: null, overdue: false },
    ]);
    expect((await todayOf(coordinator)).unacknowledged).toEqual([]);
    // The facilitator's own bundle waits for the coordinator's acknowledgement in turn.
    const [fromAsia] = await deliveryOf(asia);
    expect(fromAsia?.lastAcknowledged).toBeNull();
    expect(fromAsia?.waiting?.bundles).toBe(1);
  });

  it('moves to the bundle acknowledged, not past it: a later bundle still waits and carries what was not acknowledged', async () => {
    const { coordinator, asia } = await pair();
    await coordinator.call('cre:communities.create', { community: community('First') });
    await receive(asia, await send(coordinator, asia));
    await coordinator.call('cre:communities.create', { community: community('Second') });
    await send(coordinator, asia); // lost
    // Asia answers having imported only the first bundle.
    await receive(coordinator, await send(asia, coordinator));
    const [state] = await deliveryOf(coordinator);
    expect(state?.lastAcknowledged?.sequence).toBe(1);
    // The lost bundle was written before the first was acknowledged: it carried both records.
    expect(state?.waiting).toMatchObject({ bundles: 1, records: 2 });
    // The next bundle carries the lost one's record again; once imported and acknowledged, nothing waits.
    const third = await send(coordinator, asia);
    expect((await deliveryOf(coordinator))[0]?.waiting).toMatchObject({ bundles: 2, records: 1 });
    await receive(asia, third);
    expect(await names(asia)).toEqual(['First', 'Second']);
    await receive(coordinator, await send(asia, coordinator));
    const [after] = await deliveryOf(coordinator);
    expect(after?.lastAcknowledged?.sequence).toBe(3);
    expect(after?.waiting).toBeNull();
  });

  it('takes the overdue setting from the person, validated and audited', async () => {
    const { coordinator, asia } = await pair();
    await coordinator.call('cre:communities.create', { community: community('Kampung Sungai Biru') });
    await send(coordinator, asia);
    coordinator.platform.advance(5 * DAY);
    expect((await todayOf(coordinator)).unacknowledged).toEqual([]);

    await coordinator.call('cre:bundles.setAcknowledgementDays', { days: 5 });
    const today = await todayOf(coordinator);
    expect(today.acknowledgementDays).toBe(5);
    expect(today.unacknowledged.map((line) => line.displayName)).toEqual(['Asia facilitator']);
    expect((await deliveryOf(coordinator))[0]?.overdue).toBe(true);
    expect(coordinator.core.vault.auditTrail(5)[0]).toMatchObject({ kind: 'today_settings_changed', detail: { acknowledgementDays: 5 } });

    for (const days of [0, 366, 2.5]) expect(await coordinator.failure('cre:bundles.setAcknowledgementDays', { days })).toBe('invalid_input');
    expect((await todayOf(coordinator)).acknowledgementDays).toBe(5);
  });
});
