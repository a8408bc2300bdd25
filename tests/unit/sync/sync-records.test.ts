// What travels arrives whole and usable: attachments byte for byte, tombstones, collaborators searchable with the
// receiver's own risk notes kept; and while a bundle is being written the vault answers `busy` to everything else.
import { createHash, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { ANA } from '../../helpers/roster-fixtures.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

async function exchange(from: TeamVault, to: TeamVault) {
  const path = join(makeTempDir('cre-sync-'), 'b.crebundle');
  from.platform.setNextSaveFile(path);
  await from.call('cre:bundles.export', { recipientIds: [await from.memberIdOf(to.name)], everything: false, token: randomUUID() });
  to.platform.setNextOpenFile(path);
  return to.call<{ applied: Record<string, number> }>('cre:bundles.import', { token: randomUUID() });
}

async function pair() {
  const coordinator = await teamVault({ displayName: 'Coordinator', role: 'coordinator', region: 'global' });
  const asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  await introduceBothWays(coordinator, asia);
  return { coordinator, asia };
}

describe('records that travel', () => {
  it('carries an attachment byte for byte, and its tombstone later', async () => {
    const { coordinator, asia } = await pair();
    const { id } = await coordinator.call<{ id: string }>('cre:resources.create', {
      resource: { title: 'Network guide', type: 'guide', strategyAreas: ['advocacy'], languages: ['en'], summary: '', sharing: 'network' },
    });
    const bytes = new Uint8Array(2_500_000).map((_, i) => (i * 31) % 256);
    const attachment = coordinator.core.resources.attachBytes(id, 'guide.pdf', bytes);
    const report = await exchange(coordinator, asia);
    expect(report.applied).toMatchObject({ resources: 1, attachments: 1 });
    const copy = join(makeTempDir('cre-copy-'), 'guide.pdf');
    asia.platform.setNextSaveFile(copy);
    await asia.call('cre:resources.saveCopy', { attachmentId: attachment.id, token: randomUUID() });
    expect(createHash('sha256').update(readFileSync(copy)).digest('hex')).toBe(createHash('sha256').update(bytes).digest('hex'));

    await coordinator.call('cre:resources.delete', { id });
    await exchange(coordinator, asia);
    expect(await asia.call('cre:resources.list', {})).toEqual([]);
    expect(await asia.call<unknown[]>('cre:resources.list', { deleted: true })).toHaveLength(1);
  });

  it('makes a collaborator findable in the receiver’s search, and keeps the receiver’s own risk notes', async () => {
    const { coordinator, asia } = await pair();
    const input = { ...ANA, name: 'Jaringan Fiktif Advokasi', countries: ['ID'], sharing: 'network', riskNotes: 'Known only to the secretariat' };
    const { id } = await coordinator.call<{ id: string }>('cre:roster.create', { collaborator: input });
    await exchange(coordinator, asia);
    const found = await asia.call<{ items: { id: string }[] }>('cre:roster.search', { query: { text: 'Jaringan' }, offset: 0, limit: 10 });
    expect(found.items.map((i) => i.id)).toEqual([id]);
    expect(await asia.call('cre:roster.revealRiskNotes', { id })).toMatchObject({ riskNotes: '' });

    asia.platform.advance(60_000);
    await asia.call('cre:roster.update', { id, collaborator: { ...input, riskNotes: '', notes: 'Met in Jakarta' }, keepRiskNotes: false });
    await exchange(asia, coordinator);
    expect(await coordinator.call('cre:roster.get', { id })).toMatchObject({ notes: 'Met in Jakarta' });
    expect(await coordinator.call('cre:roster.revealRiskNotes', { id })).toMatchObject({ riskNotes: 'Known only to the secretariat' });
  });

  it('answers busy to other calls while a bundle is being written, and serves them again afterwards', async () => {
    const { coordinator } = await pair();
    await coordinator.call('cre:communities.create', { community: { ...RIO_VERDE, country: 'ID', contacts: [] } });
    const path = join(makeTempDir('cre-busy-'), 'b.crebundle');
    coordinator.platform.setNextSaveFile(path);
    const exporting = coordinator.call('cre:bundles.export', { recipientIds: [await coordinator.memberIdOf('Asia facilitator')], everything: false, token: randomUUID() });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await coordinator.failure('cre:communities.list', {})).toBe('busy');
    await exporting;
    expect(await coordinator.call<unknown[]>('cre:communities.list', {})).toHaveLength(1);
  });
});
