// What the dashboard counts over, kept in memory for the open vault: per live collaboration of a live community its
// dates, state, region, country, strategy areas and live members. Read once through the dashboard repository, then
// patched from the rows the change journal names (db/row-changes.ts: no trigger, so writes cost nothing more while the
// index exists); dropped when the vault locks.
import { COLLABORATION_STATES, type CollaborationState } from '../../../common/community/collaboration.schema.js';
import { NOT_STATED, type DashboardArea } from '../../../common/dashboard/dashboard.schema.js';
import type { Region } from '../../../common/roster/taxonomy.js';
import { dataVersion } from '../../../db/connection-state.js';
import {
  dashboardSourceTable,
  getDashboardRowsBySeq,
  listLiveDashboardRows,
  type DashboardCollaborationRow,
  type DashboardRows,
  type DashboardSource,
} from '../../../db/dashboard.repo.js';
import type { ReadableDB } from '../../../db/handles.js';
import { rowChangesSince, rowChangeVersion } from '../../../db/row-changes.js';

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

/** The live rows of the four tables, as read, by id; the index is derived from these in memory. */
interface Rows {
  communities: Map<string, IndexedCommunity>;
  collaborators: Map<string, IndexedCollaborator>;
  requests: Map<string, readonly DashboardArea[]>;
  collaborations: Map<string, StoredLine>;
}

const SOURCES: readonly DashboardSource[] = ['communities', 'collaborators', 'requests', 'collaborations'];
const FINAL_STATES: ReadonlySet<CollaborationState> = new Set(['concluded', 'declined']);
const NOT_STATED_ONLY: readonly DashboardArea[] = [NOT_STATED];
/** Past this many changed rows, reading everything again is simpler than patching. */
const PATCH_LIMIT = 2000;

function toLine(row: DashboardCollaborationRow): StoredLine | null {
  if (!COLLABORATION_STATES.includes(row.state as CollaborationState)) return null;
  const state = row.state as CollaborationState;
  const { history } = row;
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
    memberIds: row.memberIds,
  };
}

/** Puts one live row in its map, or takes a deleted one (`row` null) out. */
function store<S extends DashboardSource>(rows: Rows, source: S, id: string, row: DashboardRows[S] | null): void {
  if (row === null) {
    rows[source].delete(id);
    return;
  }
  switch (source) {
    case 'communities':
      rows.communities.set(id, row as DashboardRows['communities']);
      return;
    case 'collaborators':
      rows.collaborators.set(id, row as DashboardRows['collaborators']);
      return;
    case 'requests':
      rows.requests.set(id, (row as DashboardRows['requests']).areas);
      return;
    case 'collaborations': {
      const line = toLine(row as DashboardRows['collaborations']);
      if (line) rows.collaborations.set(id, line);
      else rows.collaborations.delete(id);
    }
  }
}

/** Every live row of the four tables. */
function readAll(db: ReadableDB): Rows {
  const rows: Rows = { communities: new Map(), collaborators: new Map(), requests: new Map(), collaborations: new Map() };
  for (const source of SOURCES) for (const row of listLiveDashboardRows(db, source)) store(rows, source, row.id, row);
  return rows;
}

/** The collaboration as counted, or null when its community is not live. */
function indexed(rows: Rows, line: StoredLine): IndexedCollaboration | null {
  const community = rows.communities.get(line.communityId);
  if (!community) return null;
  const areas = line.requestId === null ? undefined : rows.requests.get(line.requestId);
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
 * After writes to collaborations only (the usual case: an edit, a step, a new, deleted or restored one), the changed
 * entries are taken out and their current versions merged back in seq order: no entry is rebuilt but those. A change
 * to a community, request or collaborator can touch any entry: the whole index is derived again from the rows.
 */
function patch(rows: Rows, index: DashboardIndex, changes: readonly { source: DashboardSource; id: string }[]): DashboardIndex {
  if (changes.some((change) => change.source !== 'collaborations')) return derive(rows);
  const wanted = new Set(changes.map((change) => change.id));
  const kept = index.collaborations.filter((entry) => !wanted.has(entry.id));
  const added: IndexedCollaboration[] = [];
  for (const id of wanted) {
    const line = rows.collaborations.get(id);
    const entry = line === undefined ? null : indexed(rows, line);
    if (entry) added.push(entry);
  }
  added.sort((a, b) => b.seq - a.seq);
  // Both lists are newest first: merge them.
  const collaborations: IndexedCollaboration[] = [];
  let k = 0;
  for (const entry of added) {
    while (k < kept.length && kept[k]!.seq > entry.seq) collaborations.push(kept[k++]!);
    collaborations.push(entry);
  }
  while (k < kept.length) collaborations.push(kept[k++]!);
  return { collaborations };
}

type Versions = Record<DashboardSource, number>;

function journalVersions(db: ReadableDB): Versions {
  return Object.fromEntries(SOURCES.map((source) => [source, rowChangeVersion(db, dashboardSourceTable(source))])) as Versions;
}

/** The rows the journal names since `seen`, per source; null past PATCH_LIMIT in all. */
function changedSince(db: ReadableDB, seen: Versions): { versions: Versions; seqs: [DashboardSource, number[]][] } | null {
  const versions = { ...seen };
  const seqs: [DashboardSource, number[]][] = [];
  let total = 0;
  for (const source of SOURCES) {
    const changes = rowChangesSince(db, dashboardSourceTable(source), seen[source], PATCH_LIMIT - total);
    if (changes.seqs === 'many') return null;
    versions[source] = changes.version;
    total += changes.seqs.size;
    if (changes.seqs.size > 0) seqs.push([source, [...changes.seqs]]);
  }
  return { versions, seqs };
}

/** The index of the open vault, patched from the rows written since it was last asked for. */
export function createDashboardIndexCache() {
  let cached: { db: ReadableDB; dataVersion: number; versions: Versions; rows: Rows; index: DashboardIndex } | null = null;

  function rebuild(db: ReadableDB, committedElsewhere: number): DashboardIndex {
    const versions = journalVersions(db);
    const rows = readAll(db);
    cached = { db, dataVersion: committedElsewhere, versions, rows, index: derive(rows) };
    return cached.index;
  }

  return {
    get(db: ReadableDB): DashboardIndex {
      // Another connection's commit (data_version) is not in this connection's journal: read everything again then.
      const committedElsewhere = dataVersion(db);
      if (cached?.db !== db || cached.dataVersion !== committedElsewhere) return rebuild(db, committedElsewhere);
      const changed = changedSince(db, cached.versions);
      if (changed === null) return rebuild(db, committedElsewhere);
      if (changed.seqs.length === 0) return cached.index;
      const changes: { source: DashboardSource; id: string }[] = [];
      for (const [source, seqs] of changed.seqs) {
        const found = getDashboardRowsBySeq(db, source, seqs);
        // A seq with no row: an insert rolled back (never counted) or a row removed outright; reading afresh is safe.
        if (found.length !== seqs.length) return rebuild(db, committedElsewhere);
        for (const { id, row } of found) {
          store(cached.rows, source, id, row);
          changes.push({ source, id });
        }
      }
      cached.versions = changed.versions;
      cached.index = patch(cached.rows, cached.index, changes);
      return cached.index;
    },
    /** Drops the index: it holds record data, so it goes when the vault locks. */
    clear(): void {
      cached = null;
    },
  };
}
