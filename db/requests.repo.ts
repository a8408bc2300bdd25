// Support request rows: the stored shape (lists as JSON), its mapping to the record, tombstones and lists.
import type { SupportRequestFields } from '../common/community/request.schema.js';
import type { RequestStatus } from '../common/community/taxonomy.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { noteRowChanged } from './row-changes.js';
import { setTombstone } from './tombstones.js';
import { syncMetadataOf } from './syncable.js';

interface RequestRow {
  seq: number;
  id: string;
  community_id: string;
  struggle_id: string | null;
  strategy_areas: string;
  level: string;
  languages: string;
  urgency: string;
  deadline: string | null;
  description: string;
  status: string;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

export interface StoredRequest {
  seq: number;
  id: string;
  fields: SupportRequestFields;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  changedBy: string;
  deletedAt: string | null;
}

function rowToRequest(row: RequestRow): StoredRequest {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      communityId: row.community_id,
      struggleId: row.struggle_id,
      strategyAreas: JSON.parse(row.strategy_areas) as SupportRequestFields['strategyAreas'],
      level: row.level as SupportRequestFields['level'],
      languages: JSON.parse(row.languages) as string[],
      urgency: row.urgency as SupportRequestFields['urgency'],
      deadline: row.deadline,
      description: row.description,
      status: row.status as RequestStatus,
    },
    ...syncMetadataOf(row),
  };
}

function params(id: string, fields: SupportRequestFields, stamp: SyncStamp) {
  return {
    id,
    communityId: fields.communityId,
    struggleId: fields.struggleId,
    strategyAreas: JSON.stringify(fields.strategyAreas),
    level: fields.level,
    languages: JSON.stringify(fields.languages),
    urgency: fields.urgency,
    deadline: fields.deadline,
    description: fields.description,
    status: fields.status,
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  };
}

export function insertRequest(db: WritableDB, id: string, fields: SupportRequestFields, stamp: SyncStamp): void {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO support_requests (id, community_id, struggle_id, strategy_areas, level, languages, urgency, deadline, description,
         status, created_at, updated_at, hlc, changed_by)
       VALUES (@id, @communityId, @struggleId, @strategyAreas, @level, @languages, @urgency, @deadline, @description, @status, @at, @at,
         @hlc, @changedBy)`,
    )
    .run(params(id, fields, stamp));
  noteRowChanged(db, 'support_requests', Number(lastInsertRowid));
}

export function updateRequest(db: WritableDB, id: string, fields: SupportRequestFields, stamp: SyncStamp): void {
  const seq = db
    .prepare(
      `UPDATE support_requests SET community_id = @communityId, struggle_id = @struggleId, strategy_areas = @strategyAreas,
         level = @level, languages = @languages, urgency = @urgency, deadline = @deadline, description = @description,
         status = @status, updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id RETURNING seq`,
    )
    .pluck()
    .get(params(id, fields, stamp)) as number | undefined;
  if (seq !== undefined) noteRowChanged(db, 'support_requests', seq);
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. */
export function setRequestDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'support_requests', id, deleted, stamp);
}

export function getRequest(db: ReadableDB, id: string): StoredRequest | undefined {
  const row = db.prepare('SELECT * FROM support_requests WHERE id = ?').get(id) as RequestRow | undefined;
  return row ? rowToRequest(row) : undefined;
}

/**
 * Requests of live communities, most urgent first, then by deadline (none last), then oldest first. `statuses` empty
 * means all; `deleted` lists the tombstones instead.
 */
export function listRequests(
  db: ReadableDB,
  options: { communityId: string | null; statuses: readonly RequestStatus[]; deleted: boolean; limit: number; offset: number },
): StoredRequest[] {
  const rows = db
    .prepare(
      `SELECT r.* FROM support_requests r JOIN communities c ON c.id = r.community_id
       WHERE r.deleted_at IS ${options.deleted ? 'NOT NULL' : 'NULL'} AND c.deleted_at IS NULL
         AND (@communityId IS NULL OR r.community_id = @communityId)
         AND (@anyStatus = 1 OR r.status IN (SELECT value FROM json_each(@statuses)))
       ORDER BY CASE r.urgency WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END,
         r.deadline IS NULL, r.deadline, r.seq
       LIMIT @limit OFFSET @offset`,
    )
    .all({
      communityId: options.communityId,
      anyStatus: options.statuses.length === 0 ? 1 : 0,
      statuses: JSON.stringify(options.statuses),
      limit: options.limit,
      offset: options.offset,
    }) as RequestRow[];
  return rows.map(rowToRequest);
}
