// Facilitator to facilitator, what is refused: a bundle between facilitators without a collaboration, a collaboration
// toward or from the secretariat, one the vault does not hold, and signed bundles from a facilitator that carry rows
// outside their collaboration or beyond the receiver's consent (bad_payload, nothing written).
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inTransaction } from '../../../db/handles.js';
import type { SyncScope } from '../../../db/sync-consent.js';
import { takeNextSequence } from '../../../db/sync.repo.js';
import { getTeamMember, readIdentity } from '../../../db/team.repo.js';
import { writeBundle } from '../../../main/core/bundles/format/bundle-writer.js';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { buildManifest, exportFrames, previewExport } from '../../../main/core/sync/export-bundle.js';
import {
  facilitatorNetwork,
  makeCollaboration,
  makeCollaborator,
  makeCommunity,
  previewOf,
  receiveBundle,
  refusalOf,
  type FacilitatorNetwork,
} from '../../helpers/facilitator-vaults.js';
import { contentOf, type TeamVault } from '../../helpers/team-vaults.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

let sodium: Sodium;
let vaults: FacilitatorNetwork;
let shared: string;
let other: string;
let regional: string;

/** A bundle `from` signs with the rows of `scope` (whatever the rules say), its manifest naming `collaborationId`. */
async function signed(from: TeamVault, to: TeamVault, scope: SyncScope, collaborationId: string | null): Promise<string> {
  const { db } = from.core.vault.openVault();
  const identity = readIdentity(db);
  const recipient = getTeamMember(db, await from.memberIdOf(to.name));
  if (!recipient) throw new Error('no recipient');
  const { contents } = previewExport(db, scope, {}, {});
  const sequence = inTransaction(db, () => takeNextSequence(db));
  const manifest = buildManifest(sodium, db, identity, [recipient], contents, {
    createdAt: new Date().toISOString(), everything: true, sequence, acknowledges: [], withdrawals: [], collaborationId,
  });
  const path = join(makeTempDir('cre-f2f-crafted-'), 'crafted.crebundle');
  await writeBundle(sodium, { path, manifest, sender: { signingSecretKey: identity.signingSecretKey }, recipients: [recipient.encryptionKey], frames: exportFrames(db, scope, {}) });
  return path;
}

/** The import of `path` into `into` is refused as bad_payload with `reason`, and its records are as they were. */
async function refusedAs(into: TeamVault, path: string, reason: string): Promise<void> {
  const before = contentOf(into);
  const error = await refusalOf(into, path);
  expect([error.code, error.details?.['reason']]).toEqual(['bad_payload', reason]);
  expect(contentOf(into)).toBe(before);
}

beforeAll(async () => {
  sodium = await loadSodium();
  vaults = await facilitatorNetwork();
  const { latam } = vaults;
  const home = await makeCommunity(latam, 'Rio Verde', 'network');
  const ally = await makeCollaborator(latam, 'Nairobi legal clinic', 'network');
  shared = await makeCollaboration(latam, home, [ally], 'Shared work');
  other = await makeCollaboration(latam, await makeCommunity(latam, 'Unrelated', 'network'), [ally], 'Other work');
  regional = await makeCollaboration(latam, await makeCommunity(latam, 'Regional only', 'regional'), [ally], 'Regional work');
}, 120_000);

describe('before a file is written', () => {
  it('asks for the collaboration between two facilitators', async () => {
    const { latam, africa } = vaults;
    const error = await latam.errorOf('cre:bundles.preview', { recipientIds: [await latam.memberIdOf(africa.name)] });
    expect([error.code, error.details?.['reason']]).toEqual(['invalid_input', 'collaboration_required']);
  });

  it('refuses a collaboration on any other pairing', async () => {
    const { secretariat, latam, africa } = vaults;
    const toSecretariat = await latam.errorOf('cre:bundles.preview', { recipientIds: [await latam.memberIdOf(secretariat.name)], collaborationId: shared });
    expect([toSecretariat.code, toSecretariat.details?.['reason']]).toEqual(['invalid_input', 'collaboration_only_between_facilitators']);
    const mixed = await latam.errorOf('cre:bundles.preview', {
      recipientIds: [await latam.memberIdOf(secretariat.name), await latam.memberIdOf(africa.name)], collaborationId: shared,
    });
    expect(mixed.details?.['reason']).toBe('collaboration_only_between_facilitators');
    const fromSecretariat = await secretariat.errorOf('cre:bundles.preview', { recipientIds: [await secretariat.memberIdOf(africa.name)], collaborationId: shared });
    expect(fromSecretariat.details?.['reason']).toBe('collaboration_only_between_facilitators');
  });

  it('answers not_found for a collaboration this vault does not hold', async () => {
    const { latam, africa } = vaults;
    expect(await africa.failure('cre:bundles.preview', { recipientIds: [await africa.memberIdOf(latam.name)], collaborationId: shared })).toBe('not_found');
  });

  it('still previews the collaboration the rule allows', async () => {
    const { latam, africa } = vaults;
    expect((await previewOf(latam, [africa], shared)).contents.records['collaborations']).toBe(1);
  });
});

describe('a signed bundle from a facilitator to a facilitator', () => {
  const scope = (collaborationId: string, region: 'africa' | 'latin_america'): SyncScope => ({
    kind: 'collaboration', collaborationId, region, recipientVaultIds: [vaults.africa.vaultId],
  });

  it('is refused when it carries rows outside its collaboration', async () => {
    const { latam, africa } = vaults;
    const everything: SyncScope = { kind: 'region', region: 'africa', recipientVaultIds: [africa.vaultId] };
    await refusedAs(africa, await signed(latam, africa, everything, shared), 'outside_collaboration');
  });

  it('is refused when it carries another collaboration than the one it names', async () => {
    const { latam, africa } = vaults;
    await refusedAs(africa, await signed(latam, africa, scope(other, 'africa'), shared), 'outside_collaboration');
  });

  it('is refused when its rows are beyond the consent of the receiver’s region', async () => {
    const { latam, africa } = vaults;
    await refusedAs(africa, await signed(latam, africa, scope(regional, 'latin_america'), regional), 'outside_collaboration');
  });

  it('is refused without a collaboration', async () => {
    const { latam, africa } = vaults;
    await refusedAs(africa, await signed(latam, africa, scope(shared, 'africa'), null), 'collaboration_required');
  });

  it('opens when it keeps to the rule', async () => {
    const { latam, africa } = vaults;
    const report = await receiveBundle(africa, await signed(latam, africa, scope(shared, 'africa'), shared));
    expect(report.applied).toEqual({ collaborators: 1, communities: 1, collaborations: 1, collaboration_activities: 1 });
  });
});

describe('a signed bundle from the secretariat', () => {
  it('is refused when it names a collaboration', async () => {
    const { secretariat, africa } = vaults;
    const everything: SyncScope = { kind: 'region', region: 'africa', recipientVaultIds: [africa.vaultId] };
    await refusedAs(africa, await signed(secretariat, africa, everything, shared), 'collaboration_only_between_facilitators');
  });
});
