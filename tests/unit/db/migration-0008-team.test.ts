// Migration 8 on a vault at schema 7: the identity and team tables, their checks, and an older vault getting its identity
// on the first unlock after the upgrade (audited), then keeping it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { getSchemaVersion, migrate } from '../../../db/migrate.js';
import { findIdentity, readIdentity } from '../../../db/team.repo.js';
import { createVaultAtVersion } from '../../helpers/vault-at-version.js';
import { makeTempDir, openTestCore, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';

function vaultAt8() {
  const db = openVaultDatabase(join(makeTempDir(), 'v.db'), new Uint8Array(32).fill(8), { create: true });
  migrate(db, 7);
  migrate(db, 8);
  return db;
}

const key = (n: number, fill = 1) => Buffer.alloc(n, fill);

describe('migration 0008-team', () => {
  it('adds the identity and team tables, empty, with size checks on every key', () => {
    const db = vaultAt8();
    expect(getSchemaVersion(db)).toBe(8);
    expect(findIdentity(db)).toBeNull();
    expect(() => readIdentity(db)).toThrow(expect.objectContaining({ code: 'internal' }));
    const insertIdentity = db.prepare(`INSERT INTO vault_identity (singleton, vault_id, display_name, role, region, signing_public_key,
      signing_secret_key, encryption_public_key, encryption_secret_key, created_at, updated_at) VALUES (?, 'v', '', 'coordinator', 'global', ?, ?, ?, ?, 't', 't')`);
    expect(() => insertIdentity.run(1, key(32), key(63), key(32), key(32))).toThrow(/CHECK/);
    insertIdentity.run(1, key(32), key(64), key(32), key(32));
    expect(() => insertIdentity.run(2, key(32), key(64), key(32), key(32))).toThrow(/CHECK/);
    expect(() => insertIdentity.run(1, key(32), key(64), key(32), key(32))).toThrow(/UNIQUE|PRIMARY/);

    const insertMember = db.prepare(`INSERT INTO team_members (id, vault_id, display_name, role, region, signing_key, encryption_key, verified, added_at, updated_at)
      VALUES (?, ?, 'A', 'facilitator', 'asia', ?, ?, 0, 't', 't')`);
    insertMember.run('m1', 'v1', key(32, 1), key(32, 2));
    expect(() => insertMember.run('m2', 'v1', key(32, 3), key(32, 4))).toThrow(/UNIQUE/);
    expect(() => insertMember.run('m3', 'v3', key(32, 1), key(32, 4))).toThrow(/UNIQUE/);
    expect(() => insertMember.run('m4', 'v4', key(31, 5), key(32, 4))).toThrow(/CHECK/);
    closeVaultDatabase(db);
  });

  it('gives a vault made at schema 7 its identity on the first unlock, audited once, and the same one afterwards', async () => {
    const vaultDir = join(makeTempDir(), 'vault');
    await createVaultAtVersion(vaultDir, 7, STRONG_PASSPHRASE);
    const { core } = await openTestCore(vaultDir);
    core.vault.unlock(STRONG_PASSPHRASE);
    const identity = readIdentity(core.vault.openVault().db);
    expect(identity).toMatchObject({ vaultId: core.vault.info().vaultId, displayName: '', role: 'coordinator', region: 'global' });
    expect(identity.signingSecretKey).toHaveLength(64);
    const kinds = () => core.vault.auditTrail(20).map((entry) => entry.kind);
    expect(kinds()).toEqual(['vault_unlocked', 'identity_created']);
    core.vault.lock('user');
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(readIdentity(core.vault.openVault().db)).toEqual(identity);
    expect(kinds().filter((kind) => kind === 'identity_created')).toHaveLength(1);
    expect(core.vault.verify().audit.ok).toBe(true);
    core.dispose();
  });
});
