// Writes a new vault's two files so that a failed or killed create leaves no vault.db behind, which would make every
// retry answer "a vault already exists": both are built in a staging folder inside the vault folder and moved out last.
import { mkdtempSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { closeVaultDatabase, openVaultDatabase } from '../../../db/connection.js';
import { inTransaction, type WritableDB } from '../../../db/handles.js';
import { migrate } from '../../../db/migrate.js';
import { storageFailureOf } from '../../../db/storage-errors.js';
import { ensurePrivateDirectory, fsyncDirectory } from '../fs/atomic-file.js';
import { writeKeyFile, type KeyFile } from './key-file.js';
import { STAGING_PREFIX, vaultFiles, type VaultFiles } from './vault-files.js';

/**
 * Creates vault.db under `dataKey`, runs `initialise` in one transaction, closes it (checkpointed: the file alone is the
 * database), writes the key file beside it, then renames the database and the key file into the vault folder, in that
 * order. tidyVaultFolder finishes a create killed between the two renames. Disk full and read-only come back typed.
 */
export function writeNewVaultFiles(
  files: VaultFiles,
  dataKey: Uint8Array,
  keyFile: KeyFile,
  initialise: (db: WritableDB) => void,
  nativeBinding?: string,
): void {
  let staging: string | undefined;
  try {
    ensurePrivateDirectory(files.dir);
    staging = mkdtempSync(join(files.dir, STAGING_PREFIX));
    const staged = vaultFiles(staging);
    const db = openVaultDatabase(staged.database, dataKey, { create: true, nativeBinding });
    try {
      migrate(db);
      inTransaction(db, () => initialise(db));
    } finally {
      closeVaultDatabase(db);
    }
    writeKeyFile(staged.keyFile, keyFile);
    renameSync(staged.database, files.database);
    renameSync(staged.keyFile, files.keyFile);
    fsyncDirectory(files.dir);
  } catch (error) {
    throw storageFailureOf(error, files.dir) ?? error;
  } finally {
    if (staging !== undefined) rmSync(staging, { recursive: true, force: true });
  }
}
