// Which rows of the journaled tables a connection wrote, for readers that keep derived data in memory (the roster's search index, the dashboard's index).
import type { ReadableDB } from './handles.js';
import type { SyncableTable } from './syncable.js';

/**
 * The tables whose every writer in db/ notes the rows it writes: inserts and edits in their repositories, tombstones
 * (tombstones.ts) and rows from bundles or conflicts (sync-rows.ts). A reader may follow these tables and no others.
 */
export const JOURNALED_TABLES = ['collaborators', 'communities', 'support_requests', 'collaborations'] as const satisfies readonly SyncableTable[];
export type JournaledTable = (typeof JOURNALED_TABLES)[number];

interface Journal {
  version: number;
  /** seq → the version of its latest change. */
  changed: Map<number, number>;
}

/**
 * Kept in memory per connection and table, never in the vault: no trigger, so a bulk write pays one map update per
 * row and nothing in SQLite (decision 0007). A write that rolls back stays noted, which is harmless: a reader only
 * reads that row again.
 */
const journals = new WeakMap<ReadableDB, Map<JournaledTable, Journal>>();

function journalOf(db: ReadableDB, table: JournaledTable): Journal {
  let tables = journals.get(db);
  if (!tables) journals.set(db, (tables = new Map()));
  let journal = tables.get(table);
  if (!journal) tables.set(table, (journal = { version: 0, changed: new Map() }));
  return journal;
}

export function isJournaled(table: string): table is JournaledTable {
  return (JOURNALED_TABLES as readonly string[]).includes(table);
}

/** Notes that row `seq` of `table` was written; called by the db/ functions that write it, and only by them. */
export function noteRowChanged(db: ReadableDB, table: JournaledTable, seq: number): void {
  const journal = journalOf(db, table);
  journal.version += 1;
  journal.changed.set(seq, journal.version);
}

/** The table's change version now: what a reader that is up to date has seen. */
export function rowChangeVersion(db: ReadableDB, table: JournaledTable): number {
  return journalOf(db, table).version;
}

export type RowChanges = { version: number; seqs: Set<number> | 'many' };

/** The rows of `table` changed after version `seen`; 'many' past `limit` rows. */
export function rowChangesSince(db: ReadableDB, table: JournaledTable, seen: number, limit: number): RowChanges {
  const { version, changed } = journalOf(db, table);
  const seqs = new Set<number>();
  if (version === seen) return { version, seqs };
  for (const [seq, at] of changed) {
    if (at <= seen) continue;
    seqs.add(seq);
    if (seqs.size > limit) return { version, seqs: 'many' };
  }
  return { version, seqs };
}
