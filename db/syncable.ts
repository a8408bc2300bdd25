// The tables whose rows travel between vaults: each has a stable id, a hybrid logical clock, the last writer and a tombstone.
import { SYNCABLE_TABLES, type SyncableTable } from '../common/bundles/syncable-tables.js';
import type { ReadableDB } from './handles.js';

/** Every syncable table is named in common/bundles/syncable-tables.ts and declares how it travels in sync-tables.ts. */
export { SYNCABLE_TABLES, type SyncableTable };

/** The newest HLC in any syncable table, so a restarted clock never goes backwards. */
export function latestHlc(db: ReadableDB): string | null {
  const union = SYNCABLE_TABLES.map((table) => `SELECT max(hlc) AS hlc FROM ${table}`).join(' UNION ALL ');
  return db.prepare(`SELECT max(hlc) FROM (${union})`).pluck().get() as string | null;
}

/** The sync columns every syncable row has, as stored. */
export interface SyncColumns {
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

/** A syncable row's sync columns as a record's metadata. */
export function syncMetadataOf(row: SyncColumns) {
  return { createdAt: row.created_at, updatedAt: row.updated_at, hlc: row.hlc, changedBy: row.changed_by, deletedAt: row.deleted_at };
}
