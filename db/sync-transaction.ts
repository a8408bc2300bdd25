// The one transaction that stays open across awaits: a bundle import applies rows as it reads the file, and commits
// only once its last check passed.
import type { WritableDB } from './handles.js';

/**
 * Runs `work` in one `BEGIN IMMEDIATE` transaction that spans its awaits: committed when `work` resolves, rolled back
 * when it throws. better-sqlite3's own transactions cannot span an await, and the connection is shared, so the caller
 * must have the vault to itself for the whole time (VaultAccess.exclusive): any other call in between would write into
 * this transaction. Calls to inTransaction inside `work` become savepoints.
 */
export async function inHeldTransaction<T>(db: WritableDB, work: () => Promise<T>): Promise<T> {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = await work();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}
