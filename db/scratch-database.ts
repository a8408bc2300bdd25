// An in-memory database with the vault's schema, for a short-lived second vault that is never written to disk: the
// sample vault's fictional team members make and read their bundles in one (main/core/sync/sample-exchange.ts).
import Database from 'better-sqlite3-multiple-ciphers';
import { asWritable, type WritableDB } from './handles.js';
import { migrate } from './migrate.js';
import { setVaultMeta } from './settings.repo.js';

/** A new in-memory vault database at the current schema, holding `vaultId`; close it with closeScratchDatabase. */
export function openScratchDatabase(vaultId: string, createdAt: string, nativeBinding?: string): WritableDB {
  const db = asWritable(new Database(':memory:', nativeBinding ? { nativeBinding } : {}));
  try {
    db.pragma('foreign_keys = ON');
    migrate(db);
    setVaultMeta(db, 'vault_id', vaultId);
    setVaultMeta(db, 'created_at', createdAt);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Drops the database and everything in it (its secret keys included): nothing of it was ever on disk. */
export function closeScratchDatabase(db: WritableDB): void {
  if (db.open) db.close();
}
