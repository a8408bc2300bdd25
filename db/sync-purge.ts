// A withdrawn record purged from this vault (schema 13): the row and every row that depends on it by foreign key
// (child rows, records that point at it, attachment bytes), its conflicts and holders, deleted outright, leaving a
// marker without content in sync_withdrawn. secure_delete zeroes the freed cells; the text index is rewritten after collaborators go.
import type { ReadableDB, WritableDB } from './handles.js';
import { isJournaled, noteRowChanged } from './row-changes.js';
import { SYNCABLE_TABLES, type SyncableTable } from './syncable.js';

interface ForeignKey {
  /** The table holding the reference, and its column. */
  child: string;
  column: string;
  /** The table referred to, and its column. */
  parent: string;
  parentColumn: string;
}

const keysCache = new WeakMap<ReadableDB, ForeignKey[]>();

const isSyncable = (table: string): table is SyncableTable => (SYNCABLE_TABLES as readonly string[]).includes(table);

/** Every foreign key of the schema, read once per connection. */
function foreignKeys(db: ReadableDB): ForeignKey[] {
  let keys = keysCache.get(db);
  if (!keys) {
    keys = db
      .prepare(
        `SELECT s.name AS child, k."from" AS column, k."table" AS parent, coalesce(k."to", 'id') AS parentColumn
         FROM sqlite_schema s, pragma_foreign_key_list(s.name) k
         WHERE s.type = 'table' AND s.name NOT LIKE 'sqlite_%'`,
      )
      .all() as ForeignKey[];
    keysCache.set(db, keys);
  }
  return keys;
}

/** The syncable tables a row of `table` points at, and the columns naming them. */
export function syncableParents(db: ReadableDB, table: SyncableTable): { column: string; parent: SyncableTable }[] {
  return foreignKeys(db)
    .filter((k) => k.child === table && k.parentColumn === 'id' && isSyncable(k.parent))
    .map((k) => ({ column: k.column, parent: k.parent as SyncableTable }));
}

export interface PurgeMarker {
  withdrawnBy: string;
  at: string;
}

/**
 * Deletes record `id` of `table` and, first, everything that depends on it; leaves a marker for each syncable record
 * deleted. Answers the syncable records deleted (0 when the vault does not have it). `purged` keeps cycles finite.
 */
export function purgeRecord(db: WritableDB, table: SyncableTable, id: string, marker: PurgeMarker, purged = new Set<string>()): number {
  const key = `${table}\u0000${id}`;
  if (purged.has(key)) return 0;
  const row = db.prepare(`SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) return 0;
  purged.add(key);
  let count = 0;
  for (const k of foreignKeys(db).filter((f) => f.parent === table)) {
    const value = row[k.parentColumn];
    if (value === null || value === undefined) continue;
    if (isSyncable(k.child)) {
      const childIds = db.prepare(`SELECT id FROM ${k.child} WHERE ${k.column} = ?`).pluck().all(value) as string[];
      for (const childId of childIds) count += purgeRecord(db, k.child, childId, marker, purged);
    } else {
      db.prepare(`DELETE FROM ${k.child} WHERE ${k.column} = ?`).run(value);
    }
  }
  db.prepare('DELETE FROM sync_conflicts WHERE table_name = ? AND record_id = ?').run(table, id);
  db.prepare('DELETE FROM sync_holders WHERE table_name = ? AND record_id = ?').run(table, id);
  // The in-memory indexes (roster search, dashboard) read the journal: a noted row they no longer find leaves them.
  if (isJournaled(table)) noteRowChanged(db, table, row['seq'] as number);
  db.prepare(`DELETE FROM ${table} WHERE id = ?`).run(id);
  db.prepare(
    `INSERT INTO sync_withdrawn (table_name, record_id, withdrawn_by, withdrawn_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (table_name, record_id) DO UPDATE SET withdrawn_by = excluded.withdrawn_by, withdrawn_at = excluded.withdrawn_at`,
  ).run(table, id, marker.withdrawnBy, marker.at);
  return count + 1;
}

/**
 * After collaborators were purged: the text index rewritten into one segment, so the words of the purged rows leave its
 * pages (a delete in FTS5 only marks them until segments merge) and secure_delete zeroes the pages freed. About half a
 * second for 100k collaborators; FTS5's own secure-delete option would do it on every edit instead, and made edits of
 * the index about ten times slower (decision 0019).
 */
export function rewriteTextIndexAfterPurge(db: WritableDB): void {
  db.prepare(`INSERT INTO collaborators_fts (collaborators_fts) VALUES ('optimize')`).run();
}

/** Whether this vault has any withdrawn record's marker (an import looks markers up only then). */
export function hasWithdrawnMarkers(db: ReadableDB): boolean {
  return db.prepare('SELECT EXISTS (SELECT 1 FROM sync_withdrawn)').pluck().get() === 1;
}

/** Who withdrew the record, when it was withdrawn from this vault; undefined otherwise. */
export function withdrawnBy(db: ReadableDB, table: string, id: string): string | undefined {
  return db.prepare('SELECT withdrawn_by FROM sync_withdrawn WHERE table_name = ? AND record_id = ?').pluck().get(table, id) as string | undefined;
}

/** The record came back from the vault that withdrew it (consent widened again): it is no longer withdrawn. */
export function clearWithdrawnMarker(db: WritableDB, table: string, id: string): void {
  db.prepare('DELETE FROM sync_withdrawn WHERE table_name = ? AND record_id = ?').run(table, id);
}

/** Whether the vault holds row `id` of `table`. */
export function holdsRecord(db: ReadableDB, table: SyncableTable, id: string): boolean {
  return db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) !== undefined;
}
