// The rows the dashboard counts over: four narrow reads of live rows, a whole table in rowid order or a few rows by seq.
import type { StateChange } from '../common/community/collaboration.schema.js';
import type { DashboardArea } from '../common/dashboard/dashboard.schema.js';
import type { Region } from '../common/roster/taxonomy.js';
import type { ReadableDB } from './handles.js';
import type { JournaledTable } from './row-changes.js';

export interface DashboardCommunityRow {
  id: string;
  name: string;
  country: string;
  region: Region;
}

export interface DashboardCollaboratorRow {
  id: string;
  name: string;
}

export interface DashboardRequestRow {
  id: string;
  areas: DashboardArea[];
}

export interface DashboardCollaborationRow {
  seq: number;
  id: string;
  communityId: string;
  requestId: string | null;
  /** As stored; the caller leaves out a state it does not know. */
  state: string;
  owner: string;
  history: StateChange[];
  memberIds: string[];
}

export interface DashboardRows {
  communities: DashboardCommunityRow;
  collaborators: DashboardCollaboratorRow;
  requests: DashboardRequestRow;
  collaborations: DashboardCollaborationRow;
}
export type DashboardSource = keyof DashboardRows;

interface CollaborationColumns {
  seq: number;
  id: string;
  community_id: string;
  request_id: string | null;
  state: string;
  owner: string;
  history: string;
  members: string;
}

interface SourceQuery<T> {
  table: JournaledTable;
  columns: string;
  toRow: (stored: Record<string, unknown>) => T;
}

/** Each source's table (the change journal names its rows), its columns, and the one place its JSON is parsed. */
const SOURCES: { [S in DashboardSource]: SourceQuery<DashboardRows[S]> } = {
  communities: {
    table: 'communities',
    columns: 'id, name, country, region',
    toRow: (stored) => stored as unknown as DashboardCommunityRow,
  },
  collaborators: { table: 'collaborators', columns: 'id, name', toRow: (stored) => stored as unknown as DashboardCollaboratorRow },
  requests: {
    table: 'support_requests',
    columns: 'id, strategy_areas',
    toRow: (stored) => ({ id: stored['id'] as string, areas: JSON.parse(stored['strategy_areas'] as string) as DashboardArea[] }),
  },
  collaborations: {
    table: 'collaborations',
    columns: 'seq, id, community_id, request_id, state, owner, history, members',
    toRow: (stored) => {
      const row = stored as unknown as CollaborationColumns;
      return {
        seq: row.seq,
        id: row.id,
        communityId: row.community_id,
        requestId: row.request_id,
        state: row.state,
        owner: row.owner,
        history: JSON.parse(row.history) as StateChange[],
        memberIds: (JSON.parse(row.members) as { collaboratorId: string }[]).map((member) => member.collaboratorId),
      };
    },
  },
};

/** The table whose change journal a source follows. */
export function dashboardSourceTable(source: DashboardSource): JournaledTable {
  return SOURCES[source].table;
}

/**
 * Every live row of the source, one scan in rowid order ("+" keeps the planner off the deleted_at indexes: at 50k rows,
 * lookups that jump around a table make the SQLCipher pager decrypt pages many times over).
 */
export function listLiveDashboardRows<S extends DashboardSource>(db: ReadableDB, source: S): DashboardRows[S][] {
  const { table, columns, toRow } = SOURCES[source] as SourceQuery<DashboardRows[S]>;
  return (db.prepare(`SELECT ${columns} FROM ${table} WHERE +deleted_at IS NULL`).all() as Record<string, unknown>[]).map(toRow);
}

/** The rows `seqs` of the source, live or not (`row` null for a tombstone); a seq with no row is left out. */
export function getDashboardRowsBySeq<S extends DashboardSource>(
  db: ReadableDB,
  source: S,
  seqs: readonly number[],
): { seq: number; id: string; row: DashboardRows[S] | null }[] {
  const { table, columns, toRow } = SOURCES[source] as SourceQuery<DashboardRows[S]>;
  const stored = db
    .prepare(`SELECT seq AS _seq, deleted_at IS NULL AS _live, ${columns} FROM ${table} WHERE seq IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(seqs)) as ({ _seq: number; _live: number } & Record<string, unknown>)[];
  return stored.map(({ _seq, _live, ...row }) => ({ seq: _seq, id: row['id'] as string, row: _live === 1 ? toRow(row) : null }));
}
