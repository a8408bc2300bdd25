// Coordinator, Asia facilitator and Africa facilitator exchanging sync bundles through the real router: region scope,
// consent, round trips that converge, replays, and concurrent edits that land in conflicts and resolve.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { contentOf, introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const community = (name: string, country: string, sharing: string) => ({ ...RIO_VERDE, name, country, sharing, contacts: [] });

async function send(from: TeamVault, to: TeamVault[], options: { everything?: boolean } = {}) {
  const path = join(makeTempDir('cre-bundle-'), `${from.name}.crebundle`);
  const recipientIds = await Promise.all(to.map((t) => from.memberIdOf(t.name)));
  from.platform.setNextSaveFile(path);
  const result = await from.call<{ saved: boolean; bundleId: string }>('cre:bundles.export', { recipientIds, everything: options.everything ?? false, token: randomUUID() });
  expect(result.saved).toBe(true);
  return path;
}

async function receive(into: TeamVault, path: string) {
  into.platform.setNextOpenFile(path);
  return into.call<{ applied: Record<string, number>; conflicts: number }>('cre:bundles.import', { token: randomUUID() });
}

async function refusal(into: TeamVault, path: string) {
  into.platform.setNextOpenFile(path);
  return into.failure('cre:bundles.import', { token: randomUUID() });
}

const names = async (vault: TeamVault) => (await vault.call<{ name: string }[]>('cre:communities.list', {})).map((c) => c.name).sort();

async function network() {
  const coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
  const asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  const africa = await teamVault({ displayName: 'Africa facilitator', role: 'facilitator', region: 'africa' });
  await introduceBothWays(coordinator, asia);
  await introduceBothWays(coordinator, africa);
  return { coordinator, asia, africa };
}

describe('sync between the secretariat and two facilitators', () => {
  it('sends each facilitator its region and the network, never the other region or the secretariat-only records', async () => {
    const { coordinator, asia, africa } = await network();
    await coordinator.call('cre:communities.create', { community: community('Asia regional', 'ID', 'regional') });
    await coordinator.call('cre:communities.create', { community: community('Asia secretariat only', 'PH', 'secretariat') });
    await coordinator.call('cre:communities.create', { community: community('Africa regional', 'KE', 'regional') });
    await coordinator.call('cre:communities.create', { community: community('Latin network', 'BR', 'network') });

    const preview = await coordinator.call<{ contents: { records: Record<string, number> }; withheld: Record<string, number> }>('cre:bundles.preview', {
      recipientIds: [await coordinator.memberIdOf('Asia facilitator')],
    });
    expect(preview.contents.records['communities']).toBe(2);
    expect(preview.withheld['communities']).toBe(2);

    await receive(asia, await send(coordinator, [asia]));
    await receive(africa, await send(coordinator, [africa]));
    expect(await names(asia)).toEqual(['Asia regional', 'Latin network']);
    expect(await names(africa)).toEqual(['Africa regional', 'Latin network']);
  });

  it('brings a facilitator’s own records to the secretariat, and round trips converge with nothing left to send', async () => {
    const { coordinator, asia } = await network();
    const { id } = await coordinator.call<{ id: string }>('cre:communities.create', { community: community('Asia regional', 'ID', 'regional') });
    await receive(asia, await send(coordinator, [asia]));
    await asia.call('cre:requests.create', {
      request: { communityId: id, struggleId: null, strategyAreas: ['advocacy'], level: 'national', languages: ['id'], urgency: 'high', deadline: null, description: 'Legal aid for a hearing', status: 'new' },
    });
    await asia.call('cre:communities.create', { community: community('Met by the Asia facilitator', 'TH', 'regional') });
    const report = await receive(coordinator, await send(asia, [coordinator]));
    expect(report.applied).toMatchObject({ communities: 1, support_requests: 1 });
    expect(await names(coordinator)).toEqual(['Asia regional', 'Met by the Asia facilitator']);

    // The secretariat's reply acknowledges the facilitator's bundle (it carries no record: the facilitator wrote them).
    const reply = await receive(asia, await send(coordinator, [asia]));
    expect(reply.applied).toEqual({});
    // Nothing is new for either side now: the previews are empty, and the vaults hold the same records.
    const toAsia = await coordinator.call<{ empty: boolean }>('cre:bundles.preview', { recipientIds: [await coordinator.memberIdOf('Asia facilitator')] });
    const toCoordinator = await asia.call<{ empty: boolean }>('cre:bundles.preview', { recipientIds: [await asia.memberIdOf('Coordinator')] });
    expect([toAsia.empty, toCoordinator.empty]).toEqual([true, true]);
    expect(await names(asia)).toEqual(await names(coordinator));
  });

  it('refuses a bundle imported twice, and an older bundle after a newer one, leaving the content as it was', async () => {
    const { coordinator, asia } = await network();
    await coordinator.call('cre:communities.create', { community: community('First', 'ID', 'regional') });
    const first = await send(coordinator, [asia]);
    await coordinator.call('cre:communities.create', { community: community('Second', 'ID', 'regional') });
    const second = await send(coordinator, [asia]);
    await receive(asia, second);
    const before = contentOf(asia);
    expect(await refusal(asia, second)).toBe('replayed');
    expect(await refusal(asia, first)).toBe('replayed');
    expect(contentOf(asia)).toBe(before);
    const history = await asia.call<{ outcome: string; count: number }[]>('cre:bundles.history', {});
    // Both replays came the same day from the same sender: one entry that counts two.
    expect(history.map((h) => [h.outcome, h.count])).toEqual([['replayed', 2], ['imported', 1]]);
  });

  it('puts a record changed on both sides in conflicts, keeps the later version, and resolves by taking the other', async () => {
    const { coordinator, asia } = await network();
    const input = community('Asia regional', 'ID', 'regional');
    const { id } = await coordinator.call<{ id: string }>('cre:communities.create', { community: input });
    await receive(asia, await send(coordinator, [asia]));

    await asia.call('cre:communities.update', { id, community: { ...input, notes: 'Written by the facilitator' } });
    asia.platform.advance(1000);
    coordinator.platform.advance(5000);
    await coordinator.call('cre:communities.update', { id, community: { ...input, notes: 'Written by the coordinator' } });

    const report = await receive(coordinator, await send(asia, [coordinator]));
    expect(report.conflicts).toBe(1);
    const [conflict] = await coordinator.call<{ id: string; differing: string[]; kept: { fields: { notes: string }; writtenBy: { isMe: boolean } }; other: { fields: { notes: string } } }[]>('cre:bundles.conflicts', {});
    expect(conflict?.kept.fields.notes).toBe('Written by the coordinator');
    expect(conflict?.kept.writtenBy.isMe).toBe(true);
    expect(conflict?.other.fields.notes).toBe('Written by the facilitator');
    expect(conflict?.differing).toEqual(['notes']);

    await coordinator.call('cre:bundles.resolveConflict', { id: conflict?.id, choice: 'other' });
    expect((await coordinator.call<{ notes: string }>('cre:communities.get', { id })).notes).toBe('Written by the facilitator');
    expect(await coordinator.call('cre:bundles.conflicts', {})).toEqual([]);
    expect(await coordinator.call<unknown[]>('cre:bundles.conflicts', { resolved: true })).toHaveLength(1);

    // The resolution travels back as a later change, without a conflict on the facilitator's side.
    const back = await receive(asia, await send(coordinator, [asia]));
    expect(back.conflicts).toBe(0);
    expect((await asia.call<{ notes: string }>('cre:communities.get', { id })).notes).toBe('Written by the facilitator');
  });

  it('merges field by field', async () => {
    const { coordinator, asia } = await network();
    const input = community('Asia regional', 'ID', 'regional');
    const { id } = await coordinator.call<{ id: string }>('cre:communities.create', { community: input });
    await receive(asia, await send(coordinator, [asia]));
    await asia.call('cre:communities.update', { id, community: { ...input, area: 'Facilitator area', notes: 'Facilitator notes' } });
    coordinator.platform.advance(5000);
    await coordinator.call('cre:communities.update', { id, community: { ...input, area: 'Coordinator area', notes: 'Coordinator notes' } });
    await receive(coordinator, await send(asia, [coordinator]));
    const [conflict] = await coordinator.call<{ id: string; differing: string[] }[]>('cre:bundles.conflicts', {});
    expect(conflict?.differing).toEqual(['area', 'notes']);
    await coordinator.call('cre:bundles.resolveConflict', { id: conflict?.id, choice: 'merged', fields: ['area'] });
    expect(await coordinator.call('cre:communities.get', { id })).toMatchObject({ area: 'Facilitator area', notes: 'Coordinator notes' });
  });

  it('refuses recipients who are not verified or not in one scope, before any file is written', async () => {
    const { coordinator, asia, africa } = await network();
    const asiaId = await coordinator.memberIdOf('Asia facilitator');
    const africaId = await coordinator.memberIdOf('Africa facilitator');
    expect((await coordinator.errorOf('cre:bundles.preview', { recipientIds: [asiaId, africaId] })).code).toBe('invalid_input');
    await coordinator.call('cre:team.setVerified', { memberId: asiaId, verified: false });
    expect((await coordinator.errorOf('cre:bundles.preview', { recipientIds: [asiaId] })).details).toMatchObject({ reason: 'unverified_recipient' });
    expect(await asia.failure('cre:bundles.preview', { recipientIds: ['not-a-uuid'] })).toBe('invalid_input');
    expect(await africa.failure('cre:bundles.preview', { recipientIds: [] })).toBe('invalid_input');
  });
});
