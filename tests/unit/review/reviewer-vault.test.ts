// A vault in reviewer mode: it never takes in the network's records through sync and cannot send a sync bundle, it
// holds no record of the network after a packet is opened, and it purges expired packets as soon as it is unlocked.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { DAY_MS, packetFixture, reviewerVault, writePacketFile } from '../../helpers/packet-files.js';
import { contentOf, introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

let secretariat: TeamVault;
let asia: TeamVault;
let ana: TeamVault;
let syncBundle: string;

beforeAll(async () => {
  secretariat = await teamVault({ displayName: 'Secretariat', role: 'coordinator', region: 'global' });
  asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  ana = await reviewerVault({ displayName: 'Ana Committee' });
  await introduceBothWays(secretariat, asia);
  await introduceBothWays(secretariat, ana);
  await secretariat.call('cre:communities.create', { community: { ...RIO_VERDE, name: 'Network record', country: 'ID', contacts: [] } });
  syncBundle = join(makeTempDir('cre-reviewer-'), 'sync.crebundle');
  secretariat.platform.setNextSaveFile(syncBundle);
  await secretariat.call('cre:bundles.export', { recipientIds: [await secretariat.memberIdOf('Asia facilitator')], everything: false, token: randomUUID() });
}, 120_000);

describe('a reviewer vault', () => {
  it('is in reviewer mode from its creation', async () => {
    expect(await ana.call('cre:team.me', {})).toMatchObject({ role: 'advisory_committee' });
  });

  it('refuses a sync bundle with reviewer_only, writing nothing', async () => {
    const before = contentOf(ana);
    await expect(ana.core.bundles.importFrom(syncBundle, randomUUID())).rejects.toMatchObject({ code: 'reviewer_only' });
    ana.platform.setNextOpenFile(syncBundle);
    expect(await ana.failure('cre:bundles.import', { token: randomUUID() })).toBe('reviewer_only');
    expect(contentOf(ana)).toBe(before);
  });

  it('cannot make a sync bundle, to the secretariat or anyone', async () => {
    const secretariatId = await ana.memberIdOf('Secretariat');
    expect(await ana.errorOf('cre:bundles.preview', { recipientIds: [secretariatId], everything: false })).toMatchObject({ code: 'invalid_input', details: { reason: 'role' } });
    ana.platform.setNextSaveFile(join(makeTempDir('cre-reviewer-'), 'never.crebundle'));
    expect(await ana.failure('cre:bundles.export', { recipientIds: [secretariatId], everything: false, token: randomUUID() })).toBe('invalid_input');
  });

  it('holds no record of the network after opening a packet', async () => {
    const empty = contentOf(ana);
    const path = join(makeTempDir('cre-reviewer-'), 'packet.crebundle');
    await writePacketFile(secretariat, 'Ana Committee', packetFixture({ now: secretariat.platform.now(), days: 10 }), path);
    await ana.core.reviewInbox.importPacketFrom(path, randomUUID());
    expect(contentOf(ana)).toBe(empty);
    expect(JSON.parse(empty).every((rows: unknown[]) => rows.length === 0)).toBe(true);
  });

  it('purges what expired while it was locked as soon as it is unlocked', async () => {
    ana.core.vault.lock('user');
    ana.platform.advance(11 * DAY_MS);
    ana.core.vault.unlock(STRONG_PASSPHRASE);
    // The purge runs as soon as the unlock has returned (a microtask); read the rows themselves, not through list(), which purges too.
    await new Promise((resolve) => setImmediate(resolve));
    const rows = ana.core.vault.openVault().db.prepare('SELECT content IS NULL AS gone, purged_at FROM inbox_packets').all() as { gone: number; purged_at: string | null }[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ gone: 1, purged_at: expect.any(String) });
  });

  it('a working-group reviewer is in reviewer mode too', async () => {
    const bea = await reviewerVault({ displayName: 'Bea Reviewer', role: 'working_group' });
    await expect(bea.core.bundles.importFrom(syncBundle, randomUUID())).rejects.toMatchObject({ code: 'reviewer_only' });
    expect(bea.core.reviewInbox.list()).toEqual([]);
  });
});
