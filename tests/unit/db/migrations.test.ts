// Migrations: increasing versions, one transaction, upgrades from every earlier version, newer vaults refused.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openVaultDatabase, closeVaultDatabase } from '../../../db/connection.js';
import { getSchemaVersion, migrate, SCHEMA_VERSION } from '../../../db/migrate.js';
import { MIGRATIONS } from '../../../db/migrations/index.js';
import { createVaultAtVersion } from '../../helpers/vault-at-version.js';
import { makeTempDir, openTestCore, STRONG_PASSPHRASE } from '../../helpers/temp-vault.js';
import { readDataKey } from '../../helpers/data-key.js';

const key = new Uint8Array(32).fill(7);

describe('migrations', () => {
  it('are numbered 1, 2, 3 … with no gap', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_m, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it.each(MIGRATIONS.map((m) => m.version))('bring a vault created at schema %i to the latest on unlock', async (version) => {
    const vaultDir = join(makeTempDir(), 'vault');
    await createVaultAtVersion(vaultDir, version, STRONG_PASSPHRASE);
    const { core } = await openTestCore(vaultDir);
    core.vault.unlock(STRONG_PASSPHRASE);
    expect(core.vault.info().schemaVersion).toBe(SCHEMA_VERSION);
    expect(core.vault.verify().audit.ok).toBe(true);
    core.dispose();
  });

  it('roll back every step when one fails, leaving user_version as it was', () => {
    const db = openVaultDatabase(join(makeTempDir(), 'm.db'), key, { create: true });
    const failing = [...MIGRATIONS, { version: MIGRATIONS.length + 1, up: () => { throw new Error('step failed'); } }];
    expect(() => migrate(db, failing.length, failing)).toThrow('step failed');
    expect(getSchemaVersion(db)).toBe(0);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'audit_events'").get()).toEqual({ n: 0 });
    closeVaultDatabase(db);
  });

  it('refuse a vault written by a newer app with a clear error', async () => {
    const vaultDir = join(makeTempDir(), 'vault');
    await createVaultAtVersion(vaultDir, SCHEMA_VERSION, STRONG_PASSPHRASE);
    const { core } = await openTestCore(vaultDir);
    core.vault.unlock(STRONG_PASSPHRASE);
    const dataKey = await readDataKey(vaultDir, STRONG_PASSPHRASE);
    core.vault.lock('user');
    const db = openVaultDatabase(join(vaultDir, 'vault.db'), dataKey);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    closeVaultDatabase(db);
    expect(() => core.vault.unlock(STRONG_PASSPHRASE)).toThrow(
      expect.objectContaining({ code: 'vault_too_new', message: expect.stringMatching(/newer version/) }),
    );
    expect(core.vault.isUnlocked()).toBe(false);
  });
});
