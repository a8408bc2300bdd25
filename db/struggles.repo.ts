// Struggle rows: a community facing a harmful project, what it resists and since when; tombstones like every record.
import type { StruggleFields } from '../common/community/community.schema.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { setTombstone } from './tombstones.js';
import { syncMetadataOf } from './syncable.js';

export interface StoredStruggle {
  seq: number;
  id: string;
  fields: StruggleFields;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  changedBy: string;
  deletedAt: string | null;
}

interface StruggleRow {
  seq: number;
  id: string;
  community_id: string;
  project_id: string;
  resisting: string;
  since: string | null;
  notes: string;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

function rowToStruggle(row: StruggleRow): StoredStruggle {
  return {
    seq: row.seq,
    id: row.id,
    fields: { communityId: row.community_id, projectId: row.project_id, resisting: row.resisting, since: row.since, notes: row.notes },
    ...syncMetadataOf(row),
  };
}

export function insertStruggle(db: WritableDB, id: string, fields: StruggleFields, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO struggles (id, community_id, project_id, resisting, since, notes, created_at, updated_at, hlc, changed_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(id, fields.communityId, fields.projectId, fields.resisting, fields.since, fields.notes, stamp.at, stamp.at, stamp.hlc, stamp.changedBy);
}

/** What the struggle is about may change; which community and which project it links may not. */
export function updateStruggle(db: WritableDB, id: string, fields: Pick<StruggleFields, 'resisting' | 'since' | 'notes'>, stamp: SyncStamp): void {
  db.prepare('UPDATE struggles SET resisting = ?, since = ?, notes = ?, updated_at = ?, hlc = ?, changed_by = ? WHERE id = ?').run(
    fields.resisting,
    fields.since,
    fields.notes,
    stamp.at,
    stamp.hlc,
    stamp.changedBy,
    id,
  );
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. */
export function setStruggleDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'struggles', id, deleted, stamp);
}

export function getStruggle(db: ReadableDB, id: string): StoredStruggle | undefined {
  const row = db.prepare('SELECT * FROM struggles WHERE id = ?').get(id) as StruggleRow | undefined;
  return row ? rowToStruggle(row) : undefined;
}

/** The live struggle linking this community and project, if any: there is at most one. */
export function findLiveStruggle(db: ReadableDB, communityId: string, projectId: string): StoredStruggle | undefined {
  const row = db
    .prepare('SELECT * FROM struggles WHERE community_id = ? AND project_id = ? AND deleted_at IS NULL')
    .get(communityId, projectId) as StruggleRow | undefined;
  return row ? rowToStruggle(row) : undefined;
}

/** Live struggles of a community or of a project, oldest first. */
export function listStruggles(db: ReadableDB, by: { communityId: string } | { projectId: string }): StoredStruggle[] {
  const [column, value] = 'communityId' in by ? ['community_id', by.communityId] : ['project_id', by.projectId];
  const rows = db.prepare(`SELECT * FROM struggles WHERE ${column} = ? AND deleted_at IS NULL ORDER BY seq`).all(value) as StruggleRow[];
  return rows.map(rowToStruggle);
}
