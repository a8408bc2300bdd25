// Community rows and their contact channels: the stored shape, its mapping to the record, tombstones.
import type { CommunityFields } from '../common/community/community.schema.js';
import type { Region } from '../common/roster/taxonomy.js';
import type { StoredContact, SyncStamp } from './collaborators.repo.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { noteRowChanged } from './row-changes.js';
import { setTombstone } from './tombstones.js';
import { syncMetadataOf } from './syncable.js';

interface CommunityRow {
  seq: number;
  id: string;
  name: string;
  country: string;
  area: string;
  latitude: number | null;
  longitude: number | null;
  region: string;
  languages: string;
  sharing: string;
  notes: string;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

interface ContactRow {
  id: string;
  type: string;
  value: string;
  note: string;
  sensitive: number;
}

/** Everything about one community as stored, sensitive contact values in the clear: never send this to the page as is. */
export interface StoredCommunity {
  seq: number;
  id: string;
  fields: Omit<CommunityFields, 'contacts'>;
  contacts: StoredContact[];
  region: Region;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  changedBy: string;
  deletedAt: string | null;
}

export type CommunityRecord = Pick<StoredCommunity, 'id' | 'fields' | 'contacts' | 'region'>;

function rowToCommunity(row: CommunityRow, contacts: readonly ContactRow[]): StoredCommunity {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      name: row.name,
      country: row.country,
      area: row.area,
      coordinates: row.latitude === null || row.longitude === null ? null : { latitude: row.latitude, longitude: row.longitude },
      languages: JSON.parse(row.languages) as string[],
      sharing: row.sharing as CommunityFields['sharing'],
      notes: row.notes,
    },
    contacts: contacts.map((c) => ({ id: c.id, type: c.type, value: c.value, note: c.note, sensitive: c.sensitive === 1 })),
    region: row.region as Region,
    ...syncMetadataOf(row),
  };
}

function fieldParams(record: CommunityRecord, stamp: SyncStamp) {
  const { fields } = record;
  return {
    id: record.id,
    name: fields.name,
    country: fields.country,
    area: fields.area,
    latitude: fields.coordinates?.latitude ?? null,
    longitude: fields.coordinates?.longitude ?? null,
    region: record.region,
    languages: JSON.stringify(fields.languages),
    sharing: fields.sharing,
    notes: fields.notes,
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  };
}

function writeContacts(db: WritableDB, id: string, contacts: readonly StoredContact[]): void {
  db.prepare('DELETE FROM community_contacts WHERE community_id = ?').run(id);
  const insert = db.prepare(
    'INSERT INTO community_contacts (id, community_id, position, type, value, note, sensitive) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  contacts.forEach((c, position) => insert.run(c.id, id, position, c.type, c.value, c.note, c.sensitive ? 1 : 0));
}

/** Call inside a transaction when it is one step of several. */
export function insertCommunity(db: WritableDB, record: CommunityRecord, stamp: SyncStamp): void {
  const { lastInsertRowid } = db
    .prepare(
      `INSERT INTO communities (id, name, country, area, latitude, longitude, region, languages, sharing, notes, created_at, updated_at, hlc, changed_by)
       VALUES (@id, @name, @country, @area, @latitude, @longitude, @region, @languages, @sharing, @notes, @at, @at, @hlc, @changedBy)`,
    )
    .run(fieldParams(record, stamp));
  noteRowChanged(db, 'communities', Number(lastInsertRowid));
  writeContacts(db, record.id, record.contacts);
}

export function updateCommunity(db: WritableDB, record: CommunityRecord, stamp: SyncStamp): void {
  const seq = db
    .prepare(
      `UPDATE communities SET name = @name, country = @country, area = @area, latitude = @latitude, longitude = @longitude,
         region = @region, languages = @languages, sharing = @sharing, notes = @notes, updated_at = @at, hlc = @hlc,
         changed_by = @changedBy WHERE id = @id RETURNING seq`,
    )
    .pluck()
    .get(fieldParams(record, stamp)) as number | undefined;
  if (seq !== undefined) noteRowChanged(db, 'communities', seq);
  writeContacts(db, record.id, record.contacts);
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. */
export function setCommunityDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'communities', id, deleted, stamp);
}

export function getCommunity(db: ReadableDB, id: string): StoredCommunity | undefined {
  const row = db.prepare('SELECT * FROM communities WHERE id = ?').get(id) as CommunityRow | undefined;
  if (!row) return undefined;
  const contacts = db.prepare('SELECT * FROM community_contacts WHERE community_id = ? ORDER BY position').all(id) as ContactRow[];
  return rowToCommunity(row, contacts);
}

export interface CommunityListRow {
  id: string;
  name: string;
  country: string;
  area: string;
  region: string;
  sharing: string;
  updatedAt: string;
}

/** Communities in name order; `deleted` lists the tombstones instead. `text` matches name or area, any case. */
export function listCommunities(db: ReadableDB, options: { text: string; region: Region | null; deleted: boolean; limit: number; offset: number }): CommunityListRow[] {
  const pattern = `%${options.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  return db
    .prepare(
      `SELECT id, name, country, area, region, sharing, updated_at AS updatedAt FROM communities
       WHERE deleted_at IS ${options.deleted ? 'NOT NULL' : 'NULL'}
         AND (name LIKE @pattern ESCAPE '\\' OR area LIKE @pattern ESCAPE '\\')
         AND (@region IS NULL OR region = @region)
       ORDER BY name COLLATE NOCASE, seq LIMIT @limit OFFSET @offset`,
    )
    .all({ pattern, region: options.region, limit: options.limit, offset: options.offset }) as CommunityListRow[];
}
