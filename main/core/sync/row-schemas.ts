// The shape a row must have to be written from a bundle, built from the table's columns as the schema declares them
// and each column's rule (column-rules.ts): a bundle can only carry values the vault could have written itself.
import { z } from 'zod';
import { hlcTextSchema } from '../../../common/bundles/manifest.schema.js';
import { CreFailure } from '../../../common/contract/errors.js';
import type { ReadableDB } from '../../../db/handles.js';
import { childColumns, type ColumnInfo, TOMBSTONE_COLUMNS, type TravellingRow, travellingColumns } from '../../../db/sync-rows.js';
import { SYNC_TABLES } from '../../../db/sync-tables.js';
import { SYNCABLE_TABLES, type SyncableTable } from '../../../db/syncable.js';
import { acceptsStored, columnRule } from './column-rules.js';
import { consultationRowIsValid } from './consultation-column-rules.js';

const MAX_TEXT = 1_000_000;
const isoSchema = z.iso.datetime();

/** The column's SQL type (and whether it may be null), then its rule: column-rules.ts has one for every column. */
function columnSchema(table: string, column: ColumnInfo): z.ZodType {
  const rule = columnRule(table, column.name);
  if (!rule) throw new CreFailure('internal', `The column ${table}.${column.name} has no rule for rows from bundles.`);
  const base: z.ZodType =
    column.type === 'TEXT'
      ? z.string().max(MAX_TEXT)
      : column.type === 'REAL'
        ? z.number().finite()
        : column.type === 'INTEGER'
          ? z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER)
          : z.never();
  return (column.notNull ? base : base.nullable()).refine((candidate) => acceptsStored(rule, candidate));
}

function objectOf(table: string, columns: ColumnInfo[], extra: Record<string, z.ZodType> = {}): z.ZodType<TravellingRow> {
  const shape = Object.fromEntries(columns.map((c) => [c.name, columnSchema(table, c)]));
  return z.object({ ...shape, ...extra }).strict() as unknown as z.ZodType<TravellingRow>;
}

/** Checks across columns of one live row, for the tables whose record schema has them. */
const ROW_CHECKS: Partial<Record<SyncableTable, (row: TravellingRow) => boolean>> = {
  consultations: consultationRowIsValid,
};

const tombstoneSchema = z
  .object({ id: z.uuid(), updated_at: isoSchema, hlc: hlcTextSchema, changed_by: z.uuid(), deleted_at: isoSchema })
  .strict();

const cache = new WeakMap<ReadableDB, Map<SyncableTable, z.ZodType<TravellingRow>>>();

function liveRowSchema(db: ReadableDB, table: SyncableTable): z.ZodType<TravellingRow> {
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  let schema = perDb.get(table);
  if (!schema) {
    const children = Object.fromEntries(
      SYNC_TABLES[table].children.map((child) => [child.table, z.array(objectOf(child.table, childColumns(db, child))).max(1000)]),
    );
    // A live row travels with deleted_at null (its rule); a deleted one travels as a bare tombstone.
    const columns = objectOf(table, travellingColumns(db, table), children);
    const check = ROW_CHECKS[table];
    schema = check ? columns.refine(check) : columns;
    perDb.set(table, schema);
  }
  return schema;
}

export function isSyncableTable(name: string): name is SyncableTable {
  return (SYNCABLE_TABLES as readonly string[]).includes(name);
}

/** The row as valid for `table`, or bad_payload. Tombstones carry exactly the tombstone columns. */
export function parseTravellingRow(db: ReadableDB, table: string, row: Record<string, unknown>): TravellingRow {
  if (!isSyncableTable(table)) throw new CreFailure('bad_payload', 'The bundle names a table this vault does not sync.');
  const tombstone = Object.keys(row).length === TOMBSTONE_COLUMNS.length && row['deleted_at'] !== null;
  const parsed = (tombstone ? tombstoneSchema : liveRowSchema(db, table)).safeParse(row);
  if (!parsed.success) throw new CreFailure('bad_payload', `A ${table} row in the bundle is not valid.`);
  if (!(parsed.data['hlc'] as string).endsWith(parsed.data['changed_by'] as string)) {
    throw new CreFailure('bad_payload', `A ${table} row's clock does not name the vault that wrote it.`);
  }
  return parsed.data as TravellingRow;
}
