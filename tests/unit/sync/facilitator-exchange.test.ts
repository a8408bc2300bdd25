// Facilitator to facilitator: the Latin America facilitator sends the Africa facilitator one collaboration (and what it
// links to, under consent), edits come back with the acknowledgement, and everything converges through the secretariat.
import { describe, expect, it } from 'vitest';
import {
  communityNames,
  facilitatorNetwork,
  makeCollaboration,
  makeCollaborator,
  makeCommunity,
  previewOf,
  receiveBundle,
  sendBundle,
  timelineOf,
} from '../../helpers/facilitator-vaults.js';

describe('a collaboration between the Latin America and Africa facilitators', () => {
  it('carries only that collaboration and its links, brings edits back with the acknowledgement, and converges', async () => {
    const { secretariat, latam, africa } = await facilitatorNetwork();
    const home = await makeCommunity(latam, 'Rio Verde', 'network');
    const ally = await makeCollaborator(latam, 'Nairobi legal clinic', 'network');
    const shared = await makeCollaboration(latam, home, [ally], 'First call with the clinic');
    const elsewhere = await makeCommunity(latam, 'Unrelated network community', 'network');
    const other = await makeCollaboration(latam, elsewhere, [ally], 'Another collaboration');

    const preview = await previewOf(latam, [africa], shared);
    expect(preview.scope).toEqual({ kind: 'collaboration', collaborationId: shared, region: 'africa' });
    expect(preview.contents.records).toEqual({ collaborators: 1, communities: 1, collaborations: 1, collaboration_activities: 1 });
    expect(preview.contents.attachments.count).toBe(0);
    expect(preview.withheld).toEqual({});

    const report = await receiveBundle(africa, await sendBundle(latam, [africa], shared));
    expect(report.applied).toEqual({ collaborators: 1, communities: 1, collaborations: 1, collaboration_activities: 1 });
    expect(await communityNames(africa)).toEqual(['Rio Verde']);
    expect(await africa.failure('cre:collaborations.get', { id: other })).toBe('not_found');
    expect(await timelineOf(africa, shared)).toEqual(['First call with the clinic']);

    // The Africa facilitator adds to the timeline; its bundle back carries that and acknowledges the first one.
    await africa.call('cre:collaborations.addActivity', { id: shared, activity: { kind: 'meeting', date: '2026-12-01', text: 'Met the community in Nairobi' } });
    const back = await previewOf(africa, [latam], shared);
    expect(back.contents.records).toEqual({ collaboration_activities: 1 });
    const waitingBefore = await latam.call<{ memberId: string; waiting: unknown }[]>('cre:bundles.delivery', {});
    const africaId = await latam.memberIdOf(africa.name);
    expect(waitingBefore.find((d) => d.memberId === africaId)?.waiting).not.toBeNull();
    const returned = await receiveBundle(latam, await sendBundle(africa, [latam], shared));
    expect(returned.applied).toEqual({ collaboration_activities: 1 });
    expect(await timelineOf(latam, shared)).toEqual(['First call with the clinic', 'Met the community in Nairobi']);
    const delivery = await latam.call<{ memberId: string; lastAcknowledged: { sequence: number } | null; waiting: unknown }[]>('cre:bundles.delivery', {});
    expect(delivery.find((d) => d.memberId === africaId)).toMatchObject({ lastAcknowledged: { sequence: 1 }, waiting: null });

    // Both send the secretariat what they wrote; the secretariat sends each its region: all three hold the same.
    await receiveBundle(secretariat, await sendBundle(latam, [secretariat]));
    await receiveBundle(secretariat, await sendBundle(africa, [secretariat]));
    await receiveBundle(latam, await sendBundle(secretariat, [latam]));
    await receiveBundle(africa, await sendBundle(secretariat, [africa]));
    for (const vault of [secretariat, latam, africa]) {
      expect(await timelineOf(vault, shared)).toEqual(['First call with the clinic', 'Met the community in Nairobi']);
      expect(await vault.call('cre:collaborations.get', { id: shared })).toEqual(await latam.call('cre:collaborations.get', { id: shared }));
    }
    // The hub brought the rest: the other collaboration reaches Africa through the secretariat, not from Latin America.
    expect(await communityNames(africa)).toEqual(['Rio Verde', 'Unrelated network community']);
  });

  it('withholds a regional Latin America community’s collaboration from the Africa facilitator', async () => {
    const { latam, africa } = await facilitatorNetwork();
    const home = await makeCommunity(latam, 'Regional only', 'regional');
    const ally = await makeCollaborator(latam, 'Nairobi legal clinic', 'network');
    const id = await makeCollaboration(latam, home, [ally], 'Regional work');

    const preview = await previewOf(latam, [africa], id);
    expect(preview.contents.records).toEqual({});
    expect(preview.withheld).toEqual({ collaborators: 1, communities: 1, collaborations: 1, collaboration_activities: 1 });
    expect(preview.empty).toBe(true);

    // An empty bundle still goes: it carries the acknowledgements. Nothing of the collaboration arrives.
    const report = await receiveBundle(africa, await sendBundle(latam, [africa], id));
    expect(report.applied).toEqual({});
    expect(await communityNames(africa)).toEqual([]);
  });

  it('withholds a collaboration whose member the Africa region may not hold', async () => {
    const { latam, africa } = await facilitatorNetwork();
    const home = await makeCommunity(latam, 'Rio Verde', 'network');
    const ally = await makeCollaborator(latam, 'Nairobi legal clinic', 'network');
    const local = await makeCollaborator(latam, 'São Paulo researchers', 'regional', 'BR');
    const id = await makeCollaboration(latam, home, [ally, local], 'Two members');

    const preview = await previewOf(latam, [africa], id);
    expect(preview.contents.records).toEqual({});
    expect(preview.withheld).toEqual({ collaborators: 2, communities: 1, collaborations: 1, collaboration_activities: 1 });
  });

  it('keeps the whole collaboration back when the other facilitator adds a member this region may not hold', async () => {
    const { latam, africa } = await facilitatorNetwork();
    const home = await makeCommunity(latam, 'Rio Verde', 'network');
    const ally = await makeCollaborator(latam, 'Nairobi legal clinic', 'network');
    const id = await makeCollaboration(latam, home, [ally], 'First call');
    await receiveBundle(africa, await sendBundle(latam, [africa], id));
    const regional = await makeCollaborator(africa, 'Mombasa fishers network', 'regional');
    const current = await africa.call<{ communityId: string; requestId: string | null; members: { collaboratorId: string; role: string }[]; owner: string }>('cre:collaborations.get', { id });
    await africa.call('cre:collaborations.update', {
      id,
      collaboration: { communityId: current.communityId, requestId: current.requestId, owner: current.owner, members: [...current.members.map(({ collaboratorId, role }) => ({ collaboratorId, role })), { collaboratorId: regional, role: 'fishers' }] },
    });
    const back = await previewOf(africa, [latam], id);
    expect(back.contents.records).toEqual({});
    expect(back.withheld).toMatchObject({ collaborations: 1, collaborators: 1 });
  });

  it('carries a deleted collaboration’s tombstone', async () => {
    const { latam, africa } = await facilitatorNetwork();
    const home = await makeCommunity(latam, 'Rio Verde', 'network');
    const ally = await makeCollaborator(latam, 'Nairobi legal clinic', 'network');
    const id = await makeCollaboration(latam, home, [ally], 'Soon gone');
    await receiveBundle(africa, await sendBundle(latam, [africa], id));
    await latam.call('cre:collaborations.delete', { id });
    const preview = await previewOf(latam, [africa], id);
    expect(preview.contents.tombstones).toBe(1);
    await receiveBundle(africa, await sendBundle(latam, [africa], id));
    expect((await africa.call<{ deletedAt: string | null }>('cre:collaborations.get', { id })).deletedAt).not.toBeNull();
  });
});
