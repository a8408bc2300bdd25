// What the dashboard counts over, kept in memory for the open vault: per live collaboration of a live community its
// dates, state, region, country, strategy areas and live members. Read once from the vault, then patched from the rows
// that changed (temporary triggers note them, in memory); dropped when the vault locks.
import { COLLABORATION_STATES, type CollaborationState, type StateChange } from '../../../common/community/collaboration.schema.js';
import { NOT_STATED, type DashboardArea } from '../../../common/dashboard/dashboard.schema.js';
import type { Region } from '../../../common/roster/taxonomy.js';
import type { WritableDB } from '../../../db/handles.js';

export interface IndexedCommunity {
  id: string;
  name: string;
  country: string;
  region: Region;
}

export interface IndexedCollaborator {
  id: string;
  name: string;
}

export interface IndexedCollaboration {
  seq: number;
  id: string;
  community: IndexedCommunity;
  state: CollaborationState;
  owner: string;
  /** ISO timestamps: when it was proposed, when it reached "introduced", when it was concluded or declined. */
  startedAt: string;
  introducedAt: string | null;
  endedAt: string | null;
  /** The live request's strategy areas, or [not_stated]. */
  areas: readonly DashboardArea[];
  /** Live members only. */
  members: IndexedCollaborator[];
}

export interface DashboardIndex {
  /** Newest first. */
  collaborations: IndexedCollaboration[];
}

interface StoredLine {
  seq: number;
  id: string;
  communityId: string;
  requestId: string | null;
  state: CollaborationState;
  owner: string;
  startedAt: string;
  introducedAt: string | null;
  endedAt: string | null;
  memberIds: string[];
}

/** The live rows of the four tables, as read; the index is derived from these in memory. */
interface Rows {
  communities: Map<string, IndexedCommunity>;
  collaborators: Map<string, IndexedCollaborator>;
  requestAreas: Map<string, DashboardArea[]>;
  collaborations: Map<string, StoredLine>;
}

const FINAL_STATES: ReadonlySet<CollaborationState> = new Set(['concluded', 'declined']);
const NOT_STATED_ONLY: readonly DashboardArea[] = [NOT_STATED];
/** Past this many changed rows, reading everything again is simpler than patching. */
const PATCH_LIMIT = 2000;

const SOURCES = {
  communities: { table: 'communities', columns: 'id, name, country, region' },
  collaborators: { table: 'collaborators', columns: 'id, name' },
  requestAreas: { table: 'support_requests', columns: 'id, strategy_areas AS areas' },
  collaborations: {
    table: 'collaborations',
    columns: 'seq, id, community_id AS communityId, request_id AS requestId, state, owner, history, members',
  },
} as const;
type Source = keyof typeof SOURCES;

interface CollaborationRow {
  seq: number;
  id: string;
  communityId: string;
  requestId: string | null;
  state: string;
  owner: string;
  history: string;
  members: string;
}

function toLine(row: CollaborationRow): StoredLine | null {
  if (!COLLABORATION_STATES.includes(row.state as CollaborationState)) return null;
  const state = row.state as CollaborationState;
  const history = JSON.parse(row.history) as StateChange[];
  return {
    seq: row.seq,
    id: row.id,
    communityId: row.communityId,
    requestId: row.requestId,
    state,
    owner: row.owner,
    startedAt: history[0]?.at ?? '',
    introducedAt: history.find((step) => step.state === 'introduced')?.at ?? null,
    endedAt: FINAL_STATES.has(state) ? (history.at(-1)?.at ?? null) : null,
    memberIds: (JSON.parse(row.members) as { collaboratorId: string }[]).map((member) => member.collaboratorId),
  };
}

/** Puts one live row in its map (or takes a deleted or missing one out). */
function store(rows: Rows, source: Source, id: string, row: Record<string, unknown> | undefined): void {
  if (row === undefined) {
    rows[source].delete(id);
    return;
  }
  switch (source) {
    case 'communities':
      rows.communities.set(id, row as unknown as IndexedCommunity);
      return;
    case 'collaborators':
      rows.collaborators.set(id, row as unknown as IndexedCollaborator);
      return;
    case 'requestAreas':
      rows.requestAreas.set(id, JSON.parse(row['areas'] as string) as DashboardArea[]);
      return;
    case 'collaborations': {
      const line = toLine(row as unknown as CollaborationRow);
      if (line) rows.collaborations.set(id, line);
      else rows.collaborations.delete(id);
    }
  }
}

/**
 * Every live row, one scan per table in rowid order ("+" keeps the planner off the deleted_at indexes: at 50k rows,
 * lookups that jump around a table make the SQLCipher pager decrypt pages many times over).
 */
function readAll(db: WritableDB): Rows {
  const rows: Rows = { communities: new Map(), collaborators: new Map(), requestAreas: new Map(), collaborations: new Map() };
  for (const source of Object.keys(SOURCES) as Source[]) {
    const { table, columns } = SOURCES[source];
    for (const row of db.prepare(`SELECT ${columns} FROM ${table} WHERE +deleted_at IS NULL`).all() as Record<string, unknown>[]) {
      store(rows, source, row['id'] as string, row);
    }
  }
  return rows;
}

/** The collaboration as counted, or null when its community is not live. */
function indexed(rows: Rows, line: StoredLine): IndexedCollaboration | null {
  const community = rows.communities.get(line.communityId);
  if (!community) return null;
  const areas = line.requestId === null ? undefined : rows.requestAreas.get(line.requestId);
  return {
    seq: line.seq,
    id: line.id,
    community,
    state: line.state,
    owner: line.owner,
    startedAt: line.startedAt,
    introducedAt: line.introducedAt,
    endedAt: line.endedAt,
    areas: areas ?? NOT_STATED_ONLY,
    members: line.memberIds.flatMap((id) => rows.collaborators.get(id) ?? []),
  };
}

function derive(rows: Rows): DashboardIndex {
  const collaborations: IndexedCollaboration[] = [];
  for (const line of rows.collaborations.values()) {
    const entry = indexed(rows, line);
    if (entry) collaborations.push(entry);
  }
  collaborations.sort((a, b) => b.seq - a.seq);
  return { collaborations };
}

/**
 * The usual write, edits of collaborations that stay counted, replaced in place; anything else (a new, deleted or
 * restored collaboration, a change to a community, request or collaborator) derives the whole index again.
 */
function patch(rows: Rows, index: DashboardIndex, changes: readonly { source: Source; id: string }[]): DashboardIndex {
  if (changes.some((change) => change.source !== 'collaborations')) return derive(rows);
  const position = new Map<string, number>();
  const wanted = new Set(changes.map((change) => change.id));
  index.collaborations.forEach((entry, at) => {
    if (wanted.has(entry.id)) position.set(entry.id, at);
  });
  const replacements: [number, IndexedCollaboration][] = [];
  for (const id of wanted) {
    const line = rows.collaborations.get(id);
    const entry = line === undefined ? null : indexed(rows, line);
    const at = position.get(id);
    if (entry === null || at === undefined) return derive(rows);
    replacements.push([at, entry]);
  }
  const collaborations = [...index.collaborations];
  for (const [at, entry] of replacements) collaborations[at] = entry;
  return { collaborations };
}

/** Temporary (in-memory, this connection only) triggers that note every row written in the four tables. */
function watchChanges(db: WritableDB): void {
  db.exec('CREATE TEMP TABLE IF NOT EXISTS dashboard_changes (source TEXT NOT NULL, id TEXT NOT NULL)');
  for (const source of Object.keys(SOURCES) as Source[]) {
    const { table } = SOURCES[source];
    for (const [event, row] of [['INSERT', 'new'], ['UPDATE', 'new'], ['DELETE', 'old']] as const) {
      db.exec(
        `CREATE TEMP TRIGGER IF NOT EXISTS dashboard_watch_${table}_${event.toLowerCase()} AFTER ${event} ON main.${table}
         BEGIN INSERT INTO temp.dashboard_changes (source, id) VALUES ('${source}', ${row}.id); END`,
      );
    }
  }
}

/** The rows written since the last call, forgotten once read. */
function takeChanges(db: WritableDB): { source: Source; id: string }[] {
  const changes = db.prepare('SELECT DISTINCT source, id FROM temp.dashboard_changes').all() as { source: Source; id: string }[];
  if (changes.length > 0) db.exec('DELETE FROM temp.dashboard_changes');
  return changes;
}

/** The index of the open vault, patched from the rows written since it was last asked for. */
export function createDashboardIndexCache() {
  let cached: { db: WritableDB; dataVersion: number; rows: Rows; index: DashboardIndex } | null = null;

  function rebuild(db: WritableDB, dataVersion: number): DashboardIndex {
    watchChanges(db);
    takeChanges(db);
    const rows = readAll(db);
    cached = { db, dataVersion, rows, index: derive(rows) };
    return cached.index;
  }

  return {
    get(db: WritableDB): DashboardIndex {
      // Another connection's commit (data_version) is not seen by the triggers: read everything again then.
      const dataVersion = db.pragma('data_version', { simple: true }) as number;
      if (cached?.db !== db || cached.dataVersion !== dataVersion) return rebuild(db, dataVersion);
      const changes = takeChanges(db);
      if (changes.length === 0) return cached.index;
      if (changes.length > PATCH_LIMIT) return rebuild(db, dataVersion);
      for (const { source, id } of changes) {
        const { table, columns } = SOURCES[source];
        store(cached.rows, source, id, db.prepare(`SELECT ${columns} FROM ${table} WHERE id = ? AND deleted_at IS NULL`).get(id) as Record<string, unknown> | undefined);
      }
      cached.index = patch(cached.rows, cached.index, changes);
      return cached.index;
    },
    /** Drops the index: it holds record data, so it goes when the vault locks. */
    clear(): void {
      cached = null;
    },
  };
}
