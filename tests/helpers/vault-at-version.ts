// Builds a real vault whose database stops at an earlier schema version, to test upgrades from every version.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { closeVaultDatabase, openVaultDatabase } from '../../db/connection.js';
import type { WritableDB } from '../../db/handles.js';
import { migrate } from '../../db/migrate.js';
import { setVaultMeta } from '../../db/settings.repo.js';
import { ensurePrivateDirectory } from '../../main/core/fs/atomic-file.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { KEY_FILE_FORMAT, KEY_FILE_VERSION, wrapWithPassphrase, wrapWithRecoverySecret, writeKeyFile } from '../../main/core/vault/key-file.js';
import { generateRecoveryKey } from '../../main/core/vault/recovery-key.js';
import { vaultFiles } from '../../main/core/vault/vault-files.js';

/** `fill` writes rows into the database at that version, before it is closed (what an upgrade must carry over). */
export async function createVaultAtVersion(vaultDir: string, version: number, passphrase: string, fill?: (db: WritableDB) => void): Promise<void> {
  const sodium = await loadSodium();
  const files = vaultFiles(vaultDir);
  ensurePrivateDirectory(vaultDir);
  const vaultId = randomUUID();
  const dataKey = sodium.randombytes_buf(32);
  const recovery = generateRecoveryKey(sodium);
  const db = openVaultDatabase(files.database, dataKey, { create: true });
  migrate(db, version);
  setVaultMeta(db, 'vault_id', vaultId);
  fill?.(db);
  closeVaultDatabase(db);
  writeKeyFile(join(vaultDir, 'vault.keys.json'), {
    format: KEY_FILE_FORMAT,
    version: KEY_FILE_VERSION,
    vaultId,
    createdAt: new Date().toISOString(),
    database: { file: 'vault.db', cipher: 'sqlcipher', cipherVersion: 4 },
    passphrase: wrapWithPassphrase(sodium, vaultId, dataKey, passphrase, FLOOR_KDF_PARAMS),
    recovery: wrapWithRecoverySecret(sodium, vaultId, dataKey, recovery.secret),
  });
  sodium.memzero(dataKey);
  sodium.memzero(recovery.secret);
}
