// Resource rows: the stored shape, its mapping to the record, filtered lists and tombstones.
import type { ResourceFields, ResourceSummary } from '../common/resources/resource.schema.js';
import type { StrategyArea } from '../common/roster/taxonomy.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { setTombstone } from './tombstones.js';
import { syncMetadataOf } from './syncable.js';

interface ResourceRow {
  seq: number;
  id: string;
  title: string;
  type: string;
  strategy_areas: string;
  languages: string;
  summary: string;
  sharing: string;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

export interface StoredResource {
  id: string;
  fields: ResourceFields;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  changedBy: string;
  deletedAt: string | null;
}

function rowToResource(row: ResourceRow): StoredResource {
  return {
    id: row.id,
    fields: {
      title: row.title,
      type: row.type as ResourceFields['type'],
      strategyAreas: JSON.parse(row.strategy_areas) as ResourceFields['strategyAreas'],
      languages: JSON.parse(row.languages) as string[],
      summary: row.summary,
      sharing: row.sharing as ResourceFields['sharing'],
    },
    ...syncMetadataOf(row),
  };
}

function fieldParams(id: string, fields: ResourceFields, stamp: SyncStamp) {
  return {
    id,
    title: fields.title,
    type: fields.type,
    strategyAreas: JSON.stringify(fields.strategyAreas),
    languages: JSON.stringify(fields.languages),
    summary: fields.summary,
    sharing: fields.sharing,
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  };
}

export function insertResource(db: WritableDB, id: string, fields: ResourceFields, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO resources (id, title, type, strategy_areas, languages, summary, sharing, created_at, updated_at, hlc, changed_by)
     VALUES (@id, @title, @type, @strategyAreas, @languages, @summary, @sharing, @at, @at, @hlc, @changedBy)`,
  ).run(fieldParams(id, fields, stamp));
}

export function updateResource(db: WritableDB, id: string, fields: ResourceFields, stamp: SyncStamp): void {
  db.prepare(
    `UPDATE resources SET title = @title, type = @type, strategy_areas = @strategyAreas, languages = @languages, summary = @summary,
       sharing = @sharing, updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id`,
  ).run(fieldParams(id, fields, stamp));
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. Attachments stay as they are. */
export function setResourceDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'resources', id, deleted, stamp);
}

export function getResource(db: ReadableDB, id: string): StoredResource | undefined {
  const row = db.prepare('SELECT * FROM resources WHERE id = ?').get(id) as ResourceRow | undefined;
  return row ? rowToResource(row) : undefined;
}

export interface ResourceListOptions {
  text: string;
  type: ResourceFields['type'] | null;
  strategyArea: StrategyArea | null;
  language: string | null;
  deleted: boolean;
  limit: number;
  offset: number;
}

/** Resources in title order, each with its count of live attachments; JSON lists are matched with json_each. */
export function listResources(db: ReadableDB, options: ResourceListOptions): ResourceSummary[] {
  const pattern = `%${options.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const rows = db
    .prepare(
      `SELECT r.id, r.title, r.type, r.strategy_areas, r.languages, r.sharing, r.updated_at,
         (SELECT count(*) FROM attachments a WHERE a.resource_id = r.id AND a.deleted_at IS NULL) AS attachment_count
       FROM resources r
       WHERE r.deleted_at IS ${options.deleted ? 'NOT NULL' : 'NULL'}
         -- A grant application's documents folder is shown on the application's page, not among the resources.
         AND NOT EXISTS (SELECT 1 FROM grant_applications g WHERE g.documents_resource_id = r.id)
         AND (r.title LIKE @pattern ESCAPE '\\' OR r.summary LIKE @pattern ESCAPE '\\')
         AND (@type IS NULL OR r.type = @type)
         AND (@area IS NULL OR EXISTS (SELECT 1 FROM json_each(r.strategy_areas) WHERE value = @area))
         AND (@language IS NULL OR EXISTS (SELECT 1 FROM json_each(r.languages) WHERE value = @language))
       ORDER BY r.title COLLATE NOCASE, r.seq LIMIT @limit OFFSET @offset`,
    )
    .all({ pattern, type: options.type, area: options.strategyArea, language: options.language, limit: options.limit, offset: options.offset }) as (Pick<
    ResourceRow,
    'id' | 'title' | 'type' | 'strategy_areas' | 'languages' | 'sharing' | 'updated_at'
  > & { attachment_count: number })[];
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    type: row.type as ResourceSummary['type'],
    strategyAreas: JSON.parse(row.strategy_areas) as ResourceSummary['strategyAreas'],
    languages: JSON.parse(row.languages) as string[],
    sharing: row.sharing as ResourceSummary['sharing'],
    attachmentCount: row.attachment_count,
    updatedAt: row.updated_at,
  }));
}
