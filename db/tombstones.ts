// Tombstones of syncable records: a delete marks the row (for undo and for bundles), a restore clears the mark.
import type { SyncStamp } from './collaborators.repo.js';
import type { WritableDB } from './handles.js';
import { isJournaled, noteRowChanged } from './row-changes.js';
import type { SyncableTable } from './syncable.js';

/** Marks (`deleted` true) or clears the tombstone of row `id`, stamping the change; false when it was already so. */
export function setTombstone(db: WritableDB, table: SyncableTable, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  const condition = deleted ? 'deleted_at IS NULL' : 'deleted_at IS NOT NULL';
  const seq = db
    .prepare(`UPDATE ${table} SET deleted_at = @deletedAt, updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id AND ${condition} RETURNING seq`)
    .pluck()
    .get({ id, deletedAt: deleted ? stamp.at : null, at: stamp.at, hlc: stamp.hlc, changedBy: stamp.changedBy }) as number | undefined;
  if (seq === undefined) return false;
  if (isJournaled(table)) noteRowChanged(db, table, seq);
  return true;
}
