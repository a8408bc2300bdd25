// Collaboration rows (members, state history and learnings as JSON inside the record) and their activity rows.
import type { ActivityInput, CollaborationFields, CollaborationState, StateChange } from '../common/community/collaboration.schema.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { noteRowChanged } from './row-changes.js';
import { setTombstone } from './tombstones.js';
import { syncMetadataOf } from './syncable.js';

interface CollaborationRow {
  seq: number;
  id: string;
  community_id: string;
  request_id: string | null;
  members: string;
  owner: string;
  state: string;
  history: string;
  next_follow_up: string | null;
  outcomes: string;
  learnings: string;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

export interface StoredCollaboration {
  seq: number;
  id: string;
  fields: CollaborationFields;
  state: CollaborationState;
  history: StateChange[];
  createdAt: string;
  updatedAt: string;
  hlc: string;
  changedBy: string;
  deletedAt: string | null;
}

function rowToCollaboration(row: CollaborationRow): StoredCollaboration {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      communityId: row.community_id,
      requestId: row.request_id,
      members: JSON.parse(row.members) as CollaborationFields['members'],
      owner: row.owner,
      nextFollowUp: row.next_follow_up,
      outcomes: row.outcomes,
      learnings: JSON.parse(row.learnings) as CollaborationFields['learnings'],
    },
    state: row.state as CollaborationState,
    history: JSON.parse(row.history) as StateChange[],
    ...syncMetadataOf(row),
  };
}

export type CollaborationRecord = Pick<StoredCollaboration, 'id' | 'fields' | 'state' | 'history'>;

function params(record: CollaborationRecord, stamp: SyncStamp) {
  const { fields } = record;
  return {
    id: record.id,
    communityId: fields.communityId,
    requestId: fields.requestId,
    members: JSON.stringify(fields.members),
    owner: fields.owner,
    state: record.state,
    history: JSON.stringify(record.history),
    nextFollowUp: fields.nextFollowUp,
    outcomes: fields.outcomes,
    learnings: JSON.stringify(fields.learnings),
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  };
}

export function insertCollaboration(db: WritableDB, record: CollaborationRecord, stamp: SyncStamp): void {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO collaborations (id, community_id, request_id, members, owner, state, history, next_follow_up, outcomes, learnings,
         created_at, updated_at, hlc, changed_by)
       VALUES (@id, @communityId, @requestId, @members, @owner, @state, @history, @nextFollowUp, @outcomes, @learnings, @at, @at, @hlc,
         @changedBy)`,
    )
    .run(params(record, stamp));
  noteRowChanged(db, 'collaborations', Number(lastInsertRowid));
}

export function updateCollaboration(db: WritableDB, record: CollaborationRecord, stamp: SyncStamp): void {
  const seq = db
    .prepare(
      `UPDATE collaborations SET community_id = @communityId, request_id = @requestId, members = @members, owner = @owner,
         state = @state, history = @history, next_follow_up = @nextFollowUp, outcomes = @outcomes, learnings = @learnings,
         updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id RETURNING seq`,
    )
    .pluck()
    .get(params(record, stamp)) as number | undefined;
  if (seq !== undefined) noteRowChanged(db, 'collaborations', seq);
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. */
export function setCollaborationDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'collaborations', id, deleted, stamp);
}

export function getCollaboration(db: ReadableDB, id: string): StoredCollaboration | undefined {
  const row = db.prepare('SELECT * FROM collaborations WHERE id = ?').get(id) as CollaborationRow | undefined;
  return row ? rowToCollaboration(row) : undefined;
}

/** Live collaborations (or, with `deleted`, the tombstones) of live communities; filtered by community, by collaborator (a member) or by state. Newest first. */
export function listCollaborations(
  db: ReadableDB,
  options: { communityId: string | null; collaboratorId: string | null; states: readonly CollaborationState[]; deleted: boolean; limit: number; offset: number },
): StoredCollaboration[] {
  const rows = db
    .prepare(
      `SELECT k.* FROM collaborations k JOIN communities c ON c.id = k.community_id
       WHERE (k.deleted_at IS NOT NULL) = @deleted AND c.deleted_at IS NULL
         AND (@communityId IS NULL OR k.community_id = @communityId)
         AND (@collaboratorId IS NULL OR EXISTS (SELECT 1 FROM json_each(k.members) m WHERE json_extract(m.value, '$.collaboratorId') = @collaboratorId))
         AND (@anyState = 1 OR k.state IN (SELECT value FROM json_each(@states)))
       ORDER BY k.seq DESC LIMIT @limit OFFSET @offset`,
    )
    .all({
      communityId: options.communityId,
      collaboratorId: options.collaboratorId,
      deleted: options.deleted ? 1 : 0,
      anyState: options.states.length === 0 ? 1 : 0,
      states: JSON.stringify(options.states),
      limit: options.limit,
      offset: options.offset,
    }) as CollaborationRow[];
  return rows.map(rowToCollaboration);
}

interface ActivityRow {
  id: string;
  collaboration_id: string;
  kind: string;
  date: string;
  text: string;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

export interface StoredActivity extends Required<Pick<ActivityInput, 'kind' | 'date' | 'text'>> {
  id: string;
  collaborationId: string;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  changedBy: string;
  deletedAt: string | null;
}

export function insertActivity(db: WritableDB, id: string, collaborationId: string, activity: Required<ActivityInput>, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO collaboration_activities (id, collaboration_id, kind, date, text, created_at, updated_at, hlc, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, collaborationId, activity.kind, activity.date, activity.text, stamp.at, stamp.at, stamp.hlc, stamp.changedBy);
}

export function setActivityDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'collaboration_activities', id, deleted, stamp);
}

/** The live timeline of one collaboration, by date then entry order. */
export function listActivities(db: ReadableDB, collaborationId: string): StoredActivity[] {
  const rows = db
    .prepare('SELECT * FROM collaboration_activities WHERE collaboration_id = ? AND deleted_at IS NULL ORDER BY date, seq')
    .all(collaborationId) as ActivityRow[];
  return rows.map((row) => ({
    id: row.id,
    collaborationId: row.collaboration_id,
    kind: row.kind as StoredActivity['kind'],
    date: row.date,
    text: row.text,
    ...syncMetadataOf(row),
  }));
}

/** Per collaborator (by seq, the roster row): how many live collaborations they were a member of ended concluded or declined. */
export function countPastCollaborationsByCollaborator(db: ReadableDB): Map<number, { concluded: number; declined: number }> {
  const rows = db
    .prepare(
      `SELECT c.seq AS id, k.state AS state, count(*) AS n
       FROM collaborations k, json_each(k.members) m JOIN collaborators c ON c.id = json_extract(m.value, '$.collaboratorId')
       WHERE k.deleted_at IS NULL AND k.state IN ('concluded', 'declined') GROUP BY 1, 2`,
    )
    .all() as { id: number; state: 'concluded' | 'declined'; n: number }[];
  const past = new Map<number, { concluded: number; declined: number }>();
  for (const row of rows) {
    const entry = past.get(row.id) ?? { concluded: 0, declined: 0 };
    entry[row.state] = row.n;
    past.set(row.id, entry);
  }
  return past;
}
