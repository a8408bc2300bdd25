// Branded database handles so that a read-only path cannot be handed a writer by mistake.
import type BetterSqlite3 from 'better-sqlite3-multiple-ciphers';

export type SqliteDatabase = BetterSqlite3.Database;
declare const readable: unique symbol;
declare const writable: unique symbol;
export type ReadableDB = SqliteDatabase & { readonly [readable]: true };
export type WritableDB = ReadableDB & { readonly [writable]: true };

export function asWritable(db: SqliteDatabase): WritableDB {
  return db as WritableDB;
}

/**
 * Runs `work` in one transaction (nested calls become savepoints): the one way code outside db/ makes several writes
 * atomic, since SQL and the driver's own `.transaction` stay inside db/.
 */
export function inTransaction<T>(db: WritableDB, work: () => T): T {
  return db.transaction(work)();
}
