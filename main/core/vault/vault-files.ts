// The files a vault folder holds, and the tidying of what an interrupted write left there. Only vault.db holds records.
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CreFailure } from '../../../common/contract/errors.js';
import { fsyncDirectory, TEMP_SUFFIX_PATTERN } from '../fs/atomic-file.js';
import { readKeyFile, type KeyFile } from './key-file.js';

export interface VaultFiles {
  dir: string;
  database: string;
  keyFile: string;
  unlockAttempts: string;
  preferences: string;
}

export const DATABASE_FILE_NAME = 'vault.db';
export const KEY_FILE_NAME = 'vault.keys.json';
/** A create builds its files in a folder of this prefix inside the vault folder and moves them out last (vault-create.ts). */
export const STAGING_PREFIX = '.creating-';
/** Leftovers younger than this may belong to a write still under way in another process (the CLI beside the app). */
export const STRAY_AGE_MS = 30_000;

export function vaultFiles(dir: string): VaultFiles {
  return {
    dir,
    database: join(dir, DATABASE_FILE_NAME),
    keyFile: join(dir, KEY_FILE_NAME),
    unlockAttempts: join(dir, 'unlock-attempts.json'),
    preferences: join(dir, 'preferences.json'),
  };
}

/** The key file, or why there is none: no vault at all, or a vault whose key file is missing beside its database. */
export function readVaultKeyFile(files: VaultFiles): KeyFile {
  if (!existsSync(files.keyFile)) {
    if (existsSync(files.database)) {
      throw new CreFailure('vault_file_missing', 'The key file is missing beside the vault database.', { file: KEY_FILE_NAME });
    }
    throw new CreFailure('no_vault', 'There is no vault in this folder yet.');
  }
  return readKeyFile(files.keyFile);
}

function isOlderThan(path: string, ms: number, nowMs: number): boolean {
  return nowMs - statSync(path).mtimeMs >= ms;
}

/** A create killed between its two renames: vault.db is in place, its key file still in the staging folder. */
function finishInterruptedCreate(files: VaultFiles, staging: string): void {
  const stagedKeyFile = join(staging, KEY_FILE_NAME);
  if (existsSync(files.database) && !existsSync(files.keyFile) && existsSync(stagedKeyFile) && !existsSync(join(staging, DATABASE_FILE_NAME))) {
    renameSync(stagedKeyFile, files.keyFile);
    fsyncDirectory(files.dir);
  }
}

/**
 * Best effort, at every open of the folder: removes temp files of atomic writes (a kill during change-passphrase left
 * `vault.keys.json.tmp-*`) and staging folders of creates that never finished, and finishes a create interrupted in
 * its last step. Nothing here holds a record in the clear; a read-only folder is left as it is.
 */
export function tidyVaultFolder(files: VaultFiles, nowMs: number = Date.now()): void {
  let names: string[];
  try {
    names = readdirSync(files.dir);
  } catch {
    return;
  }
  for (const name of names) {
    const path = join(files.dir, name);
    try {
      if (!isOlderThan(path, STRAY_AGE_MS, nowMs)) continue;
      if (name.startsWith(STAGING_PREFIX)) {
        finishInterruptedCreate(files, path);
        rmSync(path, { recursive: true, force: true });
      } else if (TEMP_SUFFIX_PATTERN.test(name)) {
        rmSync(path, { force: true });
      }
    } catch {
      // A folder we cannot write keeps its leftovers; they hold nothing secret in the clear.
    }
  }
}
