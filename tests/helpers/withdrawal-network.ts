// A secretariat and the Asia facilitator for the tests of withdrawals: bundles sent and received through the real
// router, previews, a hand-made sync bundle carrying chosen withdrawals (signed with the sender's real keys), and the
// withdrawal bookkeeping of a vault as stored.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import type { BundleWithdrawal } from '../../common/bundles/manifest.schema.js';
import { inTransaction } from '../../db/handles.js';
import { takeNextSequence } from '../../db/sync.repo.js';
import { getTeamMember, readIdentity } from '../../db/team.repo.js';
import { writeBundle } from '../../main/core/bundles/format/bundle-writer.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { acknowledgementsFor, buildManifest } from '../../main/core/sync/export-bundle.js';
import { introduceBothWays, teamVault, type TeamVault } from './team-vaults.js';
import { makeTempDir } from './temp-vault.js';

export async function secretariatAndAsia(): Promise<{ secretariat: TeamVault; asia: TeamVault }> {
  const secretariat = await teamVault({ displayName: 'Secretariat', role: 'coordinator', region: 'global' });
  const asia = await teamVault({ displayName: 'Asia facilitator', role: 'facilitator', region: 'asia' });
  await introduceBothWays(secretariat, asia);
  return { secretariat, asia };
}

export async function send(from: TeamVault, to: TeamVault): Promise<string> {
  const path = join(makeTempDir('cre-withdraw-'), `${from.name}.crebundle`);
  from.platform.setNextSaveFile(path);
  from.platform.advance(1000);
  const result = await from.call<{ saved: boolean }>('cre:bundles.export', { recipientIds: [await from.memberIdOf(to.name)], everything: false, token: randomUUID() });
  if (!result.saved) throw new Error('the bundle was not saved');
  return path;
}

export async function receive(into: TeamVault, path: string): Promise<{ applied: Record<string, number>; withdrawn: number }> {
  into.platform.setNextOpenFile(path);
  into.platform.advance(1000);
  return into.call('cre:bundles.import', { token: randomUUID() });
}

/** The code of a refused import, and the reason it gives when it gives one. */
export async function refusal(into: TeamVault, path: string): Promise<{ code: string; reason: unknown }> {
  into.platform.setNextOpenFile(path);
  const error = await into.errorOf('cre:bundles.import', { token: randomUUID() });
  return { code: error.code, reason: (error.details as Record<string, unknown> | undefined)?.['reason'] };
}

export async function withdrawalsPreviewed(from: TeamVault, to: TeamVault): Promise<Record<string, number>> {
  const preview = await from.call<{ withdrawals: Record<string, number> }>('cre:bundles.preview', { recipientIds: [await from.memberIdOf(to.name)] });
  return preview.withdrawals;
}

/** A sync bundle from `from` to `to` with no rows, carrying `withdrawals`: what a vault could make outside the rules. */
export async function handMadeBundle(from: TeamVault, to: TeamVault, withdrawals: BundleWithdrawal[], collaborationId: string | null = null): Promise<string> {
  const sodium = await loadSodium();
  const { db } = from.core.vault.openVault();
  const identity = readIdentity(db);
  const recipient = getTeamMember(db, await from.memberIdOf(to.name));
  if (!recipient) throw new Error('unknown recipient');
  const sequence = inTransaction(db, () => takeNextSequence(db));
  const contents = { records: {}, tombstones: 0, attachments: { count: 0, bytes: 0 } };
  const manifest = buildManifest(sodium, db, identity, [recipient], contents, {
    createdAt: new Date(from.platform.now()).toISOString(),
    everything: false,
    sequence,
    acknowledges: acknowledgementsFor(db, [recipient]),
    withdrawals,
    collaborationId,
  });
  const path = join(makeTempDir('cre-withdraw-'), 'hand-made.crebundle');
  try {
    await writeBundle(sodium, { path, manifest, sender: { signingSecretKey: identity.signingSecretKey }, recipients: [recipient.encryptionKey], frames: [] });
  } finally {
    sodium.memzero(identity.signingSecretKey);
    sodium.memzero(identity.encryptionSecretKey);
  }
  return path;
}

/** The vault's holders of a record, and its withdrawn markers, as stored. */
export function holdersOf(vault: TeamVault, table: string, id: string): { peer_vault_id: string; withdrawal_sequence: number | null }[] {
  const { db } = vault.core.vault.openVault();
  return db.prepare('SELECT peer_vault_id, withdrawal_sequence FROM sync_holders WHERE table_name = ? AND record_id = ? ORDER BY 1').all(table, id) as never;
}

export function markersOf(vault: TeamVault): { table_name: string; record_id: string; withdrawn_by: string }[] {
  const { db } = vault.core.vault.openVault();
  return db.prepare('SELECT table_name, record_id, withdrawn_by FROM sync_withdrawn ORDER BY 1, 2').all() as never;
}

/** Every table the vault keeps of sync and records, as text: to compare before and after a refused import. */
export function digestOf(vault: TeamVault): string {
  const { db } = vault.core.vault.openVault();
  const tables = [
    'collaborators', 'collaborator_contacts', 'communities', 'community_contacts', 'struggles', 'support_requests', 'collaborations',
    'collaboration_activities', 'resources', 'attachments', 'attachment_chunks', 'sync_holders', 'sync_withdrawn', 'sync_acked_cursors',
    'sync_sent_bundles', 'sync_received', 'sync_knowledge',
  ];
  return JSON.stringify(tables.map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1, 2`).all()));
}
