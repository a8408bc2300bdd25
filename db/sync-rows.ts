// Rows as they travel in bundles: read in batches for a peer, and written back from a bundle, generically for every
// syncable table from its declaration (sync-tables.ts) and its columns as the schema has them.
import type { Statement } from 'better-sqlite3-multiple-ciphers';
import { attachmentChunkWriter, deleteAttachmentChunks } from './attachments.repo.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { isJournaled, noteRowChanged } from './row-changes.js';
import { SYNC_TABLES, type SyncChildTable } from './sync-tables.js';
import type { SyncableTable } from './syncable.js';

export type TravellingRow = Record<string, unknown>;

export interface ColumnInfo {
  name: string;
  type: 'TEXT' | 'REAL' | 'INTEGER' | 'BLOB';
  notNull: boolean;
  /** Whether the schema gives the column a default (a new row from a bundle starts a sensitive column with it). */
  hasDefault: boolean;
}

/** The columns of a tombstone as it travels: enough to mark the row deleted, nothing of its content. */
export const TOMBSTONE_COLUMNS = ['id', 'updated_at', 'hlc', 'changed_by', 'deleted_at'] as const;

const columnCache = new WeakMap<ReadableDB, Map<string, ColumnInfo[]>>();
const statementCache = new WeakMap<ReadableDB, Map<string, Statement>>();

/**
 * The connection's prepared statement for `sql`, prepared once: an import writes each row with statements of the same
 * few shapes, and preparing them again for every row cost more than a second per 10k rows (about 23 µs a statement).
 */
function statement(db: ReadableDB, sql: string): Statement {
  let perDb = statementCache.get(db);
  if (!perDb) statementCache.set(db, (perDb = new Map()));
  let prepared = perDb.get(sql);
  if (!prepared) perDb.set(sql, (prepared = db.prepare(sql)));
  return prepared;
}

/** The table's columns as the schema declares them, `seq` (the local rowid) left out. */
export function columnsOf(db: ReadableDB, table: string): ColumnInfo[] {
  let perDb = columnCache.get(db);
  if (!perDb) columnCache.set(db, (perDb = new Map()));
  let columns = perDb.get(table);
  if (!columns) {
    const info = db.prepare(`SELECT name, type, "notnull" AS not_null, dflt_value FROM pragma_table_info(?)`).all(table) as {
      name: string;
      type: string;
      not_null: number;
      dflt_value: string | null;
    }[];
    columns = info
      .filter((c) => c.name !== 'seq')
      .map((c) => ({ name: c.name, type: c.type as ColumnInfo['type'], notNull: c.not_null === 1, hasDefault: c.dflt_value !== null }));
    perDb.set(table, columns);
  }
  return columns;
}

/** The columns of `table` that travel: every one but the sensitive ones. */
export function travellingColumns(db: ReadableDB, table: SyncableTable): ColumnInfo[] {
  const sensitive = new Set(SYNC_TABLES[table].sensitiveColumns);
  return columnsOf(db, table).filter((c) => !sensitive.has(c.name));
}

/** The child rows' columns that travel: all but the link to the parent (implied) . */
export function childColumns(db: ReadableDB, child: SyncChildTable): ColumnInfo[] {
  return columnsOf(db, child.table).filter((c) => c.name !== child.parentColumn);
}

/** Strips a stored row to what travels: sensitive columns out, children (not sensitive) in, tombstones bare. */
function toTravelling(db: ReadableDB, table: SyncableTable, row: Record<string, unknown>, children: Map<string, Map<string, TravellingRow[]>>): TravellingRow {
  if (row['deleted_at'] !== null) return Object.fromEntries(TOMBSTONE_COLUMNS.map((c) => [c, row[c]]));
  const out: TravellingRow = {};
  for (const column of travellingColumns(db, table)) out[column.name] = row[column.name];
  for (const child of SYNC_TABLES[table].children) out[child.table] = children.get(child.table)?.get(row['id'] as string) ?? [];
  return out;
}

function readChildren(db: ReadableDB, table: SyncableTable, ids: string[]): Map<string, Map<string, TravellingRow[]>> {
  const result = new Map<string, Map<string, TravellingRow[]>>();
  for (const child of SYNC_TABLES[table].children) {
    const names = childColumns(db, child).map((c) => c.name);
    const rows = db
      .prepare(
        `SELECT ${child.parentColumn} AS parent, ${names.join(', ')} FROM ${child.table}
         WHERE ${child.parentColumn} IN (SELECT value FROM json_each(?)) AND ${child.sensitiveFlag} = 0 ORDER BY ${child.parentColumn}, position`,
      )
      .all(JSON.stringify(ids)) as ({ parent: string } & TravellingRow)[];
    const byParent = new Map<string, TravellingRow[]>();
    for (const { parent, ...rest } of rows) {
      const list = byParent.get(parent) ?? [];
      list.push(rest);
      byParent.set(parent, list);
    }
    result.set(child.table, byParent);
  }
  return result;
}

/**
 * One batch of rows of `table` that satisfy `where` (SQL over `t`, the row, and `o`, its consent row), after rowid
 * `after`, in rowid order, stripped to what travels. `seq` of the last row read is returned for the next batch.
 */
export function readTravellingBatch(
  db: ReadableDB,
  table: SyncableTable,
  where: string,
  params: Record<string, unknown>,
  after: number,
  limit: number,
): { rows: TravellingRow[]; last: number } {
  const { consentJoin } = SYNC_TABLES[table];
  const stored = db
    .prepare(`SELECT t.* FROM ${table} t ${consentJoin} WHERE t.seq > @after AND (${where}) ORDER BY t.seq LIMIT @limit`)
    .all({ ...params, after, limit }) as Record<string, unknown>[];
  const live = stored.filter((r) => r['deleted_at'] === null).map((r) => r['id'] as string);
  const children = readChildren(db, table, live);
  const last = stored.length ? (stored[stored.length - 1]?.['seq'] as number) : after;
  return { rows: stored.map((r) => toTravelling(db, table, r, children)), last };
}

/** How many rows of `table` satisfy `where`. */
export function countRows(db: ReadableDB, table: SyncableTable, where: string, params: Record<string, unknown>): { rows: number; tombstones: number } {
  const { consentJoin } = SYNC_TABLES[table];
  return db
    .prepare(`SELECT count(*) AS rows, count(t.deleted_at) AS tombstones FROM ${table} t ${consentJoin} WHERE ${where}`)
    .get(params) as { rows: number; tombstones: number };
}

/** The row as it would travel, for a conflict's "this vault's version"; null when the vault does not have it. */
export function readTravellingRow(db: ReadableDB, table: SyncableTable, id: string): TravellingRow | null {
  const row = statement(db, `SELECT * FROM ${table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
  if (!row) return null;
  return toTravelling(db, table, row, readChildren(db, table, row['deleted_at'] === null ? [id] : []));
}

export function isTombstone(row: TravellingRow): boolean {
  return row['deleted_at'] !== null && row['deleted_at'] !== undefined && Object.keys(row).length === TOMBSTONE_COLUMNS.length;
}

/**
 * Writes a travelling row over the vault's copy (or as a new row). Sensitive columns and sensitive child rows keep the
 * vault's own values; a new row starts them with the column's default, else empty. A tombstone of a row the vault does
 * not have writes nothing. Returns whether a row was written.
 */
export function writeTravellingRow(db: WritableDB, table: SyncableTable, row: TravellingRow): boolean {
  const descriptor = SYNC_TABLES[table];
  const existing = statement(db, `SELECT seq FROM ${table} WHERE id = ?`).get(row['id']) as { seq: number } | undefined;
  if (isTombstone(row)) {
    if (!existing) return false;
    statement(db, `UPDATE ${table} SET deleted_at = @deleted_at, updated_at = @updated_at, hlc = @hlc, changed_by = @changed_by WHERE id = @id`).run(row);
    if (isJournaled(table)) noteRowChanged(db, table, existing.seq);
    return true;
  }
  const columns = travellingColumns(db, table);
  const values: Record<string, unknown> = {};
  for (const c of columns) values[c.name] = row[c.name];
  let seq: number;
  if (existing) {
    const sets = columns.filter((c) => c.name !== 'id').map((c) => `${c.name} = @${c.name}`);
    statement(db, `UPDATE ${table} SET ${sets.join(', ')} WHERE id = @id`).run(values);
    seq = existing.seq;
  } else {
    // A column that does not travel starts with its default ('[]' for a list) where the schema has one, else empty.
    const all = columnsOf(db, table).filter((c) => c.name in values || !c.hasDefault);
    for (const c of all) if (!(c.name in values)) values[c.name] = c.notNull ? (c.type === 'TEXT' ? '' : 0) : null;
    seq = Number(statement(db, `INSERT INTO ${table} (${all.map((c) => c.name).join(', ')}) VALUES (${all.map((c) => `@${c.name}`).join(', ')})`).run(values).lastInsertRowid);
  }
  for (const child of descriptor.children) writeChildren(db, child, row['id'] as string, (row[child.table] as TravellingRow[] | undefined) ?? []);
  if (isJournaled(table)) noteRowChanged(db, table, seq);
  descriptor.afterWrite?.(db, seq, !existing, row);
  return true;
}

function writeChildren(db: WritableDB, child: SyncChildTable, parentId: string, rows: TravellingRow[]): void {
  statement(db, `DELETE FROM ${child.table} WHERE ${child.parentColumn} = ? AND ${child.sensitiveFlag} = 0`).run(parentId);
  const names = columnsOf(db, child.table).map((c) => c.name);
  const insert = statement(db, `INSERT OR REPLACE INTO ${child.table} (${names.join(', ')}) VALUES (${names.map((n) => `@${n}`).join(', ')})`);
  for (const r of rows) insert.run({ ...r, [child.parentColumn]: parentId });
}

/** The clock and writer of row `id` of `table` as the vault holds it, or undefined when it does not hold it. */
export function readRowClock(db: ReadableDB, table: SyncableTable, id: string): { hlc: string; changed_by: string } | undefined {
  return statement(db, `SELECT hlc, changed_by FROM ${table} WHERE id = ?`).get(id) as { hlc: string; changed_by: string } | undefined;
}

/** Drops the chunks of an attachment whose row a bundle just wrote: its bytes follow in the same bundle. */
export function clearAttachmentChunks(db: WritableDB, attachmentId: string): void {
  deleteAttachmentChunks(db, attachmentId);
}

/** One prepared insert for every attachment chunk a bundle brings; call inside the import's transaction. */
export function incomingChunkWriter(db: WritableDB): (attachmentId: string, position: number, data: Uint8Array) => void {
  return attachmentChunkWriter(db);
}
