// Acknowledged cursors, case by case: a lost bundle's records travel again in the next one until the recipient's reply
// acknowledges them; late duplicates and older bundles are refused as replayed and lose nothing; an acknowledgement of a
// bundle never sent to its sender moves nothing; a bundle to two facilitators starts from the older of their cursors;
// and a vault upgraded from schema 12 takes its old cursors as acknowledged.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { inTransaction } from '../../../db/handles.js';
import { migrate } from '../../../db/migrate.js';
import { ackedSequence, readAckedCursor, recordSentBundle, takeAcknowledgement } from '../../../db/sync-acks.js';
import { getTeamMember, readIdentity } from '../../../db/team.repo.js';
import { writeBundle } from '../../../main/core/bundles/format/bundle-writer.js';
import { loadSodium } from '../../../main/core/crypto/sodium.js';
import { buildManifest } from '../../../main/core/sync/export-bundle.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { introduceBothWays, teamVault, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

const community = (name: string, sharing = 'regional') => ({ ...RIO_VERDE, name, country: 'ID', sharing, contacts: [] });

async function send(from: TeamVault, to: TeamVault[]): Promise<string> {
  const path = join(makeTempDir('cre-ack-'), `${from.name}-${randomUUID().slice(0, 8)}.crebundle`);
  const recipientIds = await Promise.all(to.map((t) => from.memberIdOf(t.name)));
  from.platform.setNextSaveFile(path);
  await from.call('cre:bundles.export', { recipientIds, everything: false, token: randomUUID() });
  return path;
}

async function receive(into: TeamVault, path: string) {
  into.platform.setNextOpenFile(path);
  return into.call<{ applied: Record<string, number>; sequence: number }>('cre:bundles.import', { token: randomUUID() });
}

async function refusal(into: TeamVault, path: string) {
  into.platform.setNextOpenFile(path);
  return into.failure('cre:bundles.import', { token: randomUUID() });
}

/** The communities the next bundle from `from` to `to` would carry. */
async function waiting(from: TeamVault, to: TeamVault[]): Promise<number> {
  const recipientIds = await Promise.all(to.map((t) => from.memberIdOf(t.name)));
  const preview = await from.call<{ contents: { records: Record<string, number> } }>('cre:bundles.preview', { recipientIds });
  return preview.contents.records['communities'] ?? 0;
}

const names = async (vault: TeamVault) => (await vault.call<{ name: string }[]>('cre:communities.list', {})).map((c) => c.name).sort();

async function pair() {
  const secretariat = await teamVault({ displayName: 'Secretariat', role: 'coordinator', region: 'global' });
  const asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  await introduceBothWays(secretariat, asia);
  return { secretariat, asia };
}

/** A bundle from `from` to `to` carrying nothing but an acknowledgement of `sequence`, signed by `from` as an export is. */
async function bundleAcknowledging(from: TeamVault, to: TeamVault, sequence: number): Promise<string> {
  const sodium = await loadSodium();
  const { db } = from.core.vault.openVault();
  const identity = readIdentity(db);
  try {
    const recipient = getTeamMember(db, await from.memberIdOf(to.name))!;
    const empty = { records: {}, tombstones: 0, attachments: { count: 0, bytes: 0 } };
    const manifest = buildManifest(sodium, db, identity, [recipient], empty, {
      createdAt: new Date(from.platform.now()).toISOString(), everything: false, sequence: 1000,
      acknowledges: [{ vaultId: to.vaultId, sequence }], withdrawals: [], collaborationId: null,
    });
    const path = join(makeTempDir('cre-ack-'), 'acknowledgement.crebundle');
    await writeBundle(sodium, { path, manifest, sender: { signingSecretKey: identity.signingSecretKey }, recipients: [recipient.encryptionKey], frames: [] });
    return path;
  } finally {
    sodium.memzero(identity.signingSecretKey);
    sodium.memzero(identity.encryptionSecretKey);
  }
}

describe('acknowledged cursors', () => {
  it('carries a lost bundle’s records again in the next one, and only newer changes once the reply acknowledged them', async () => {
    const { secretariat, asia } = await pair();
    await secretariat.call('cre:communities.create', { community: community('First') });
    await send(secretariat, [asia]); // lost on the way
    await secretariat.call('cre:communities.create', { community: community('Second') });
    expect(await waiting(secretariat, [asia])).toBe(2);
    const report = await receive(asia, await send(secretariat, [asia]));
    expect(report.applied).toEqual({ communities: 2 });
    expect(await names(asia)).toEqual(['First', 'Second']);

    // Until Asia's reply arrives, both still wait; the reply acknowledges the bundle Asia imported.
    expect(await waiting(secretariat, [asia])).toBe(2);
    await receive(secretariat, await send(asia, [secretariat]));
    expect(await waiting(secretariat, [asia])).toBe(0);
    await secretariat.call('cre:communities.create', { community: community('Third') });
    expect(await waiting(secretariat, [asia])).toBe(1);
    await receive(asia, await send(secretariat, [asia]));
    expect(await names(asia)).toEqual(['First', 'Second', 'Third']);
  });

  it('refuses a duplicate and an older bundle arriving late as replayed, losing nothing', async () => {
    const { secretariat, asia } = await pair();
    const { id } = await secretariat.call<{ id: string }>('cre:communities.create', { community: community('First') });
    const older = await send(secretariat, [asia]);
    await secretariat.call('cre:communities.update', { id, community: { ...community('First'), notes: 'Changed later' } });
    await secretariat.call('cre:communities.create', { community: community('Second') });
    const newer = await send(secretariat, [asia]);
    await receive(asia, newer);
    expect(await refusal(asia, newer)).toBe('replayed');
    expect(await refusal(asia, older)).toBe('replayed');
    expect(await names(asia)).toEqual(['First', 'Second']);
    expect((await asia.call<{ notes: string }>('cre:communities.get', { id })).notes).toBe('Changed later');

    // The older bundle arriving first is imported; the newer one still brings what changed since.
    const other = await pair();
    const created = await other.secretariat.call<{ id: string }>('cre:communities.create', { community: community('First') });
    const early = await send(other.secretariat, [other.asia]);
    await other.secretariat.call('cre:communities.update', { id: created.id, community: { ...community('First'), notes: 'Changed later' } });
    const late = await send(other.secretariat, [other.asia]);
    await receive(other.asia, early);
    expect((await receive(other.asia, late)).applied).toEqual({ communities: 1 });
    expect(await refusal(other.asia, early)).toBe('replayed');
    expect((await other.asia.call<{ notes: string }>('cre:communities.get', { id: created.id })).notes).toBe('Changed later');
  });

  it('moves nothing on an acknowledgement of a bundle never sent to its sender', async () => {
    const { secretariat, asia } = await pair();
    const africa = await teamVault({ displayName: 'Africa facilitator', role: 'facilitator', region: 'africa' });
    await introduceBothWays(secretariat, africa);
    await secretariat.call('cre:communities.create', { community: community('For Asia') });
    await send(secretariat, [asia]); // sequence 1, to Asia: lost
    await send(secretariat, [africa]); // sequence 2, to Africa
    const { db } = secretariat.core.vault.openVault();
    const before = { cursor: readAckedCursor(db, asia.vaultId), acked: ackedSequence(db, asia.vaultId) };

    // Asia names sequence 2, which went to Africa; Asia never imported sequence 1.
    await receive(secretariat, await bundleAcknowledging(asia, secretariat, 2));
    expect({ cursor: readAckedCursor(db, asia.vaultId), acked: ackedSequence(db, asia.vaultId) }).toEqual(before);
    expect(await waiting(secretariat, [asia])).toBe(1);
  });

  it('ignores an acknowledgement naming a sequence this vault never used', async () => {
    const { secretariat, asia } = await pair();
    await secretariat.call('cre:communities.create', { community: community('For Asia') });
    await send(secretariat, [asia]); // sequence 1: lost
    await receive(secretariat, await bundleAcknowledging(asia, secretariat, 99));
    expect(await waiting(secretariat, [asia])).toBe(1);
    const { db } = secretariat.core.vault.openVault();
    expect(readAckedCursor(db, asia.vaultId)).toEqual({});
  });

  it('starts a bundle to two facilitators of one region from the older of their two cursors', async () => {
    const { secretariat, asia } = await pair();
    const second = await teamVault({ displayName: 'Second Asia facilitator', role: 'facilitator', region: 'asia' });
    await introduceBothWays(secretariat, second);
    await secretariat.call('cre:communities.create', { community: community('First') });
    await receive(asia, await send(secretariat, [asia]));
    await receive(secretariat, await send(asia, [secretariat]));
    await secretariat.call('cre:communities.create', { community: community('Second') });
    expect(await waiting(secretariat, [asia])).toBe(1);
    expect(await waiting(secretariat, [second])).toBe(2);
    expect(await waiting(secretariat, [asia, second])).toBe(2);

    const joint = await send(secretariat, [asia, second]);
    await receive(second, joint);
    await receive(asia, joint);
    expect(await names(second)).toEqual(['First', 'Second']);
    expect(await names(asia)).toEqual(['First', 'Second']);
    // Each reply acknowledges the joint bundle for its sender: then nothing waits for either.
    await receive(secretariat, await send(second, [secretariat]));
    expect(await waiting(secretariat, [asia, second])).toBe(1);
    await receive(secretariat, await send(asia, [secretariat]));
    expect(await waiting(secretariat, [asia, second])).toBe(0);
  });

  it('takes the cursors of a vault upgraded from schema 12 as acknowledged', () => {
    const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(12), { create: true });
    migrate(db, 12);
    const peer = '0190d5a0-2222-7000-8000-000000000001';
    const cursor = { '0190d5a0-2222-7000-8000-000000000009': '1767225600000-00000-0190d5a0-2222-7000-8000-000000000009' };
    db.prepare('INSERT INTO sync_sent_cursors (peer_vault_id, cursor, updated_at) VALUES (?, ?, ?)').run(peer, JSON.stringify(cursor), '2026-11-01T09:00:00.000Z');
    migrate(db, 13);
    expect(readAckedCursor(db, peer)).toEqual(cursor);
    expect(ackedSequence(db, peer)).toBe(0);
    // An acknowledgement of a bundle sent before the upgrade (none is kept) moves nothing; one of a later bundle moves on.
    expect(inTransaction(db, () => takeAcknowledgement(db, peer, 4, '2026-12-01T09:00:00.000Z'))).toBe(false);
    expect(readAckedCursor(db, peer)).toEqual(cursor);
    const newer = { ...cursor, '0190d5a0-2222-7000-8000-000000000009': '1767312000000-00000-0190d5a0-2222-7000-8000-000000000009' };
    inTransaction(db, () => recordSentBundle(db, { peerVaultId: peer, sequence: 5, bundleId: randomUUID(), sentAt: '2026-12-01T09:00:00.000Z', covers: newer, records: 1, withdrawals: 0 }));
    expect(inTransaction(db, () => takeAcknowledgement(db, peer, 5, '2026-12-02T09:00:00.000Z'))).toBe(true);
    expect(readAckedCursor(db, peer)).toEqual(newer);
    closeVaultDatabase(db);
  });
});
