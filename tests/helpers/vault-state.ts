// Everything an import could change in a vault, read back to compare before and after: every table's rows (indexes'
// shadow tables included), the connection's count of rows written (rolled-back writes included), the in-memory change
// journals, and the answers of the roster search and the dashboard.
import { createHash } from 'node:crypto';
import { totalChanges } from '../../db/connection-state.js';
import type { ReadableDB } from '../../db/handles.js';
import { JOURNALED_TABLES, rowChangeVersion } from '../../db/row-changes.js';
import type { RoutedVault } from './team-vaults.js';

/** SHA-256 of each table's rows in rowid (or key) order, by table name; `skip` leaves tables out. */
export function tableDigests(db: ReadableDB, skip: readonly string[] = []): Record<string, string> {
  const tables = db
    .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
    .all() as { name: string; sql: string | null }[];
  const out: Record<string, string> = {};
  for (const { name, sql } of tables) {
    // A virtual table's rows are its shadow tables' (listed themselves) or its content table's.
    if (skip.includes(name) || /^CREATE VIRTUAL/i.test(sql ?? '')) continue;
    const hash = createHash('sha256');
    for (const row of db.prepare(`SELECT * FROM "${name}" ORDER BY 1`).iterate() as Iterable<Record<string, unknown>>) {
      for (const [column, value] of Object.entries(row)) {
        hash.update(`${column}=`);
        hash.update(Buffer.isBuffer(value) ? `x'${value.toString('hex')}'` : JSON.stringify(value));
        hash.update('\u0000');
      }
      hash.update('\n');
    }
    out[name] = hash.digest('hex');
  }
  return out;
}

export interface VaultState {
  tables: Record<string, string>;
  /** Rows written by this connection since it opened, rolled back or not. */
  rowsWritten: number;
  /** The in-memory change journals the search and dashboard indexes follow, per table. */
  journals: Record<string, number>;
  search: unknown;
  dashboard: unknown;
  communities: unknown;
}

export async function vaultState(vault: RoutedVault, skip: readonly string[] = []): Promise<VaultState> {
  const { db } = vault.core.vault.openVault();
  const rowsWritten = totalChanges(db);
  const journals = Object.fromEntries(JOURNALED_TABLES.map((table) => [table, rowChangeVersion(db, table)]));
  return {
    tables: tableDigests(db, skip),
    rowsWritten,
    journals,
    search: await vault.call('cre:roster.search', { query: {}, offset: 0, limit: 100 }),
    dashboard: await vault.call('cre:dashboard.get', { range: {} }),
    communities: await vault.call('cre:communities.list', {}),
  };
}
