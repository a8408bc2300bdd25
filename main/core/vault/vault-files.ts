// The files a vault folder holds. Only vault.db holds records; the rest hold no secret in the clear.
import { join } from 'node:path';

export interface VaultFiles {
  dir: string;
  database: string;
  keyFile: string;
  unlockAttempts: string;
  preferences: string;
}

export const DATABASE_FILE_NAME = 'vault.db';
export const KEY_FILE_NAME = 'vault.keys.json';

export function vaultFiles(dir: string): VaultFiles {
  return {
    dir,
    database: join(dir, DATABASE_FILE_NAME),
    keyFile: join(dir, KEY_FILE_NAME),
    unlockAttempts: join(dir, 'unlock-attempts.json'),
    preferences: join(dir, 'preferences.json'),
  };
}
