// Schema 8: the vault's own identity (its signing and encryption key pairs) and the team directory of contacts' public keys.
import type { WritableDB } from '../handles.js';

export const version = 8;

/**
 * The identity's key pairs are drawn by the vault service (libsodium), not here: a migration never imports application
 * code. A vault upgraded to this schema gets its identity right after the migration, on the same unlock. Neither table
 * travels in bundles: each vault has its own identity and its own view of who is verified.
 */
export function up(db: WritableDB): void {
  db.exec(`
    CREATE TABLE vault_identity (
      singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
      vault_id TEXT NOT NULL,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL,
      region TEXT NOT NULL,
      -- never log these: key material
      signing_public_key BLOB NOT NULL CHECK (length(signing_public_key) = 32),
      signing_secret_key BLOB NOT NULL CHECK (length(signing_secret_key) = 64),
      encryption_public_key BLOB NOT NULL CHECK (length(encryption_public_key) = 32),
      encryption_secret_key BLOB NOT NULL CHECK (length(encryption_secret_key) = 32),
      created_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE TABLE team_members (
      id TEXT PRIMARY KEY,
      vault_id TEXT NOT NULL UNIQUE,
      display_name TEXT NOT NULL,
      role TEXT NOT NULL,
      region TEXT NOT NULL,
      signing_key BLOB NOT NULL UNIQUE CHECK (length(signing_key) = 32),
      encryption_key BLOB NOT NULL CHECK (length(encryption_key) = 32),
      verified INTEGER NOT NULL CHECK (verified IN (0, 1)),
      verified_at TEXT,
      keys_changed_at TEXT,
      last_bundle_at TEXT,
      added_at TEXT NOT NULL,
      updated_at TEXT NOT NULL
    ) STRICT;

    CREATE INDEX team_members_by_name ON team_members (display_name COLLATE NOCASE);
  `);
}
