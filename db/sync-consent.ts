// The consent SQL of sync bundles: which rows of a table travel to a scope's recipients since a cursor, and which
// changed rows consent keeps in this vault. The scope itself is decided in main/core/sync/sync-scope.ts.
import type { Region } from '../common/roster/taxonomy.js';
import type { ReadableDB } from './handles.js';
import type { VersionVector } from './sync.repo.js';
import { countRows, readTravellingBatch, type TravellingRow } from './sync-rows.js';
import { SYNC_TABLES } from './sync-tables.js';
import type { SyncableTable } from './syncable.js';

export type SyncScope =
  /** Secretariat → the facilitator(s) of `region`: network-wide rows, and regional rows of that region. */
  | { kind: 'region'; region: Region; recipientVaultIds: string[] }
  /** Facilitator → secretariat: the rows this vault wrote last. */
  | { kind: 'own'; selfVaultId: string }
  /**
   * Facilitator → facilitator(s) of `region`: one collaboration, its activities and the rows it links to, each under the
   * consent a bundle from the secretariat to `region` would apply.
   */
  | { kind: 'collaboration'; collaborationId: string; region: Region; recipientVaultIds: string[] };

const after = (alias: string) => `${alias}.hlc > coalesce(json_extract(@cursor, '$."' || ${alias}.changed_by || '"'), '')`;

/**
 * SQL (over `t` and its consent row `o`) for the rows of `table` in scope and changed since the cursor, split into
 * those that travel and those consent withholds. Parameters: @cursor (JSON), and @region/@recipients or @self.
 */
function scopeClauses(table: SyncableTable, scope: SyncScope): { travel: string; withheld: string | null } {
  const d = SYNC_TABLES[table];
  if (scope.kind === 'own') return { travel: `t.changed_by = @self AND ${after('t')}`, withheld: null };
  if (scope.kind === 'collaboration') throw new Error('not yet');
  const consentRows = d.consentRows ?? (d.consentJoin ? ['o'] : []);
  const changed = consentRows.length ? `(${['t', ...consentRows].map(after).join(' OR ')})` : after('t');
  const base = `${changed} AND t.changed_by NOT IN (SELECT value FROM json_each(@recipients))`;
  const consent = `(${d.sharing} = 'network' OR (${d.sharing} = 'regional' AND ${d.region} = @region))`;
  return { travel: `${base} AND ${consent}`, withheld: `${base} AND NOT ${consent}` };
}

function scopeParams(scope: SyncScope, cursor: VersionVector): Record<string, unknown> {
  const common = { cursor: JSON.stringify(cursor) };
  return scope.kind === 'own'
    ? { ...common, self: scope.selfVaultId }
    : { ...common, region: scope.region, recipients: JSON.stringify(scope.recipientVaultIds) };
}

export interface ScopedCount {
  /** Rows that travel, tombstones included. */
  rows: number;
  tombstones: number;
  /** Changed rows consent keeps in this vault. */
  withheld: number;
}

/** How many rows of `table` changed since `cursor` travel to `scope`, and how many consent keeps back. */
export function countScopedRows(db: ReadableDB, table: SyncableTable, scope: SyncScope, cursor: VersionVector): ScopedCount {
  const params = scopeParams(scope, cursor);
  const { travel, withheld } = scopeClauses(table, scope);
  const counted = countRows(db, table, travel, params);
  return { ...counted, withheld: withheld ? countRows(db, table, withheld, params).rows : 0 };
}

/** The live attachments whose bytes travel to `scope`, and their bytes (empty files carry no bytes). */
export function countScopedFiles(db: ReadableDB, scope: SyncScope, cursor: VersionVector): { count: number; bytes: number } {
  const { travel } = scopeClauses('attachments', scope);
  return db
    .prepare(
      `SELECT count(*) AS count, coalesce(sum(t.size), 0) AS bytes FROM attachments t ${SYNC_TABLES.attachments.consentJoin}
       WHERE t.deleted_at IS NULL AND t.size > 0 AND ${travel}`,
    )
    .get(scopeParams(scope, cursor)) as { count: number; bytes: number };
}

/** One batch of the rows of `table` that travel to `scope`, after rowid `after`, stripped to what travels. */
export function readScopedBatch(
  db: ReadableDB,
  table: SyncableTable,
  scope: SyncScope,
  cursor: VersionVector,
  after: number,
  limit: number,
): { rows: TravellingRow[]; last: number } {
  return readTravellingBatch(db, table, scopeClauses(table, scope).travel, scopeParams(scope, cursor), after, limit);
}
