// Collaborator rows: the stored shape, its mapping to and from the record, and the writes that keep facets and text index in step.
import type { CollaboratorFields } from '../common/roster/collaborator.schema.js';
import type { Region } from '../common/roster/taxonomy.js';
import type { ReadableDB, WritableDB } from './handles.js';

/** The stored shape; JSON columns and booleans are converted only in rowToCollaborator / collaboratorToRow. */
export interface CollaboratorRow {
  seq: number;
  id: string;
  name: string;
  kind: string;
  region: string;
  countries: string;
  levels: string;
  strategy_areas: string;
  expertise: string;
  languages: string;
  vetting_status: string;
  vetting_vouched_by: string;
  vetting_date: string | null;
  vetting_note: string;
  availability_status: string;
  available_until: string | null;
  sharing: string;
  risk_notes: string;
  notes: string;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
  merged_into: string | null;
}

export interface ContactRow {
  id: string;
  collaborator_id: string;
  position: number;
  type: string;
  value: string;
  note: string;
  sensitive: number;
}

export interface StoredContact {
  id: string;
  type: string;
  value: string;
  note: string;
  sensitive: boolean;
}

export interface SyncStamp {
  at: string;
  hlc: string;
  changedBy: string;
}

/** Everything about one collaborator as stored, contacts included, sensitive values in the clear: never send this to the page as is. */
export interface StoredCollaborator {
  seq: number;
  id: string;
  fields: Omit<CollaboratorFields, 'contacts'>;
  contacts: StoredContact[];
  region: Region;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  changedBy: string;
  deletedAt: string | null;
}

/** The facets a collaborator is counted under; multi-valued fields give several rows. */
export const FACETS = ['strategy', 'level', 'region', 'country', 'language', 'kind', 'vetting', 'availability', 'tag'] as const;
export type Facet = (typeof FACETS)[number];

export function facetValuesOf(fields: Omit<CollaboratorFields, 'contacts'>, region: Region): [Facet, string][] {
  return [
    ...fields.strategyAreas.map((value): [Facet, string] => ['strategy', value]),
    ...fields.levels.map((value): [Facet, string] => ['level', value]),
    ['region', region],
    ...fields.countries.map((value): [Facet, string] => ['country', value]),
    ...fields.languages.map((value): [Facet, string] => ['language', value]),
    ['kind', fields.kind],
    ['vetting', fields.vetting.status],
    ['availability', fields.availability.status],
    ...fields.expertise.map((value): [Facet, string] => ['tag', value.toLowerCase()]),
  ];
}

function parseList(json: string): string[] {
  return JSON.parse(json) as string[];
}

export function rowToCollaborator(row: CollaboratorRow, contacts: readonly ContactRow[]): StoredCollaborator {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      name: row.name,
      kind: row.kind as CollaboratorFields['kind'],
      countries: parseList(row.countries),
      levels: parseList(row.levels) as CollaboratorFields['levels'],
      strategyAreas: parseList(row.strategy_areas) as CollaboratorFields['strategyAreas'],
      expertise: parseList(row.expertise),
      languages: parseList(row.languages),
      vetting: {
        status: row.vetting_status as CollaboratorFields['vetting']['status'],
        vouchedBy: row.vetting_vouched_by,
        date: row.vetting_date,
        note: row.vetting_note,
      },
      availability: {
        status: row.availability_status as CollaboratorFields['availability']['status'],
        until: row.available_until,
      },
      sharing: row.sharing as CollaboratorFields['sharing'],
      riskNotes: row.risk_notes,
      notes: row.notes,
    },
    contacts: contacts.map((contact) => ({
      id: contact.id,
      type: contact.type,
      value: contact.value,
      note: contact.note,
      sensitive: contact.sensitive === 1,
    })),
    region: row.region as Region,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    hlc: row.hlc,
    changedBy: row.changed_by,
    deletedAt: row.deleted_at,
  };
}

function fieldParams(fields: Omit<CollaboratorFields, 'contacts'>, region: Region) {
  return {
    name: fields.name,
    kind: fields.kind,
    region,
    countries: JSON.stringify(fields.countries),
    levels: JSON.stringify(fields.levels),
    strategy_areas: JSON.stringify(fields.strategyAreas),
    expertise: JSON.stringify(fields.expertise),
    languages: JSON.stringify(fields.languages),
    vetting_status: fields.vetting.status,
    vetting_vouched_by: fields.vetting.vouchedBy,
    vetting_date: fields.vetting.date,
    vetting_note: fields.vetting.note,
    availability_status: fields.availability.status,
    available_until: fields.availability.until,
    sharing: fields.sharing,
    risk_notes: fields.riskNotes,
    notes: fields.notes,
  };
}

const FIELD_COLUMNS = [
  'name', 'kind', 'region', 'countries', 'levels', 'strategy_areas', 'expertise', 'languages', 'vetting_status',
  'vetting_vouched_by', 'vetting_date', 'vetting_note', 'availability_status', 'available_until', 'sharing', 'risk_notes', 'notes',
] as const;

type Statement<P extends unknown[]> = import('better-sqlite3-multiple-ciphers').Statement<P>;
// Parameters are checked by the callers below; the statements themselves take any bind values.
type WriteStatements = Record<'insert' | 'update' | 'deleteFacets' | 'insertFacet' | 'deleteContacts' | 'insertContact', Statement<unknown[]>>;
const preparedFor = new WeakMap<WritableDB, WriteStatements>();

/** The write statements, prepared once per connection: bulk imports and sample vaults run them hundreds of thousands of times. */
function writeStatements(db: WritableDB): WriteStatements {
  let statements = preparedFor.get(db);
  if (!statements) {
    statements = {
      insert: db.prepare(
        `INSERT INTO collaborators (id, ${FIELD_COLUMNS.join(', ')}, created_at, updated_at, hlc, changed_by, deleted_at)
         VALUES (@id, ${FIELD_COLUMNS.map((k) => `@${k}`).join(', ')}, @at, @at, @hlc, @changedBy, NULL)`,
      ),
      update: db.prepare(
        `UPDATE collaborators SET ${FIELD_COLUMNS.map((k) => `${k} = @${k}`).join(', ')},
           updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE seq = @seq`,
      ),
      deleteFacets: db.prepare('DELETE FROM collaborator_facets WHERE collaborator_seq = ?'),
      insertFacet: db.prepare('INSERT OR IGNORE INTO collaborator_facets (facet, value, collaborator_seq) VALUES (?, ?, ?)'),
      deleteContacts: db.prepare('DELETE FROM collaborator_contacts WHERE collaborator_id = ?'),
      insertContact: db.prepare(
        'INSERT INTO collaborator_contacts (id, collaborator_id, position, type, value, note, sensitive) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
    };
    preparedFor.set(db, statements);
  }
  return statements;
}

/** Writes facet and contact rows; `fresh` skips deleting children a brand-new row cannot have. */
function writeChildren(
  db: WritableDB,
  seq: number,
  id: string,
  record: Pick<StoredCollaborator, 'fields' | 'contacts' | 'region'>,
  fresh: boolean,
): void {
  const statements = writeStatements(db);
  if (!fresh) {
    statements.deleteFacets.run(seq);
    statements.deleteContacts.run(id);
  }
  for (const [name, value] of facetValuesOf(record.fields, record.region)) statements.insertFacet.run(name, value, seq);
  record.contacts.forEach((c, position) =>
    statements.insertContact.run(c.id, id, position, c.type, c.value, c.note, c.sensitive ? 1 : 0),
  );
}

/** Inserts a new collaborator with its contacts and facet rows. Call inside a transaction when it is one step of several. */
export function insertCollaborator(
  db: WritableDB,
  record: Pick<StoredCollaborator, 'id' | 'fields' | 'contacts' | 'region'>,
  stamp: SyncStamp,
): number {
  const params = fieldParams(record.fields, record.region);
  const result = writeStatements(db).insert.run({ id: record.id, ...params, at: stamp.at, hlc: stamp.hlc, changedBy: stamp.changedBy });
  const seq = Number(result.lastInsertRowid);
  writeChildren(db, seq, record.id, record, true);
  return seq;
}

export function updateCollaborator(
  db: WritableDB,
  record: Pick<StoredCollaborator, 'seq' | 'id' | 'fields' | 'contacts' | 'region'>,
  stamp: SyncStamp,
): void {
  const params = fieldParams(record.fields, record.region);
  writeStatements(db).update.run({ seq: record.seq, ...params, at: stamp.at, hlc: stamp.hlc, changedBy: stamp.changedBy });
  writeChildren(db, record.seq, record.id, record, false);
}

/** A tombstone, not a delete: the row stays (for undo and, later, for bundles) but leaves every list and search. */
export function markCollaboratorDeleted(db: WritableDB, id: string, stamp: SyncStamp): boolean {
  return (
    db
      .prepare('UPDATE collaborators SET deleted_at = @at, updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id AND deleted_at IS NULL')
      .run({ id, at: stamp.at, hlc: stamp.hlc, changedBy: stamp.changedBy }).changes === 1
  );
}

export function restoreCollaborator(db: WritableDB, id: string, stamp: SyncStamp): boolean {
  return (
    db
      .prepare(
        'UPDATE collaborators SET deleted_at = NULL, updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id AND deleted_at IS NOT NULL AND merged_into IS NULL',
      )
      .run({ id, at: stamp.at, hlc: stamp.hlc, changedBy: stamp.changedBy }).changes === 1
  );
}

export function getCollaborator(db: ReadableDB, id: string): StoredCollaborator | undefined {
  const row = db.prepare('SELECT * FROM collaborators WHERE id = ?').get(id) as CollaboratorRow | undefined;
  if (!row) return undefined;
  const contacts = db.prepare('SELECT * FROM collaborator_contacts WHERE collaborator_id = ? ORDER BY position').all(id) as ContactRow[];
  return rowToCollaborator(row, contacts);
}

export function listDeletedCollaborators(db: ReadableDB, limit: number): { id: string; name: string; deletedAt: string }[] {
  return (
    db
      .prepare('SELECT id, name, deleted_at FROM collaborators WHERE deleted_at IS NOT NULL AND merged_into IS NULL ORDER BY deleted_at DESC LIMIT ?')
      .all(limit) as { id: string; name: string; deleted_at: string }[]
  ).map((row) => ({ id: row.id, name: row.name, deletedAt: row.deleted_at }));
}

/** Expertise tags in use, most used first, for autocomplete. */
export function listExpertiseTags(db: ReadableDB, prefix: string, limit: number): { tag: string; count: number }[] {
  return db
    .prepare(
      `SELECT f.value AS tag, count(*) AS count FROM collaborator_facets f JOIN collaborators c ON c.seq = f.collaborator_seq
       WHERE f.facet = 'tag' AND c.deleted_at IS NULL AND f.value LIKE ? ESCAPE '\\' GROUP BY f.value ORDER BY count DESC, tag LIMIT ?`,
    )
    .all(`${prefix.toLowerCase().replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`, limit) as { tag: string; count: number }[];
}

/** The newest HLC written by this vault, so a restarted clock never goes backwards. */
export function latestCollaboratorHlc(db: ReadableDB): string | null {
  const row = db.prepare('SELECT max(hlc) AS hlc FROM collaborators').get() as { hlc: string | null };
  return row.hlc;
}

/** Folds `mergedId` into `keptId`: the merged entry becomes a tombstone that points at the one kept. */
export function markCollaboratorMerged(db: WritableDB, mergedId: string, keptId: string, stamp: SyncStamp): void {
  db.prepare(
    'UPDATE collaborators SET deleted_at = @at, merged_into = @keptId, updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @mergedId',
  ).run({ mergedId, keptId, at: stamp.at, hlc: stamp.hlc, changedBy: stamp.changedBy });
}

/** Live collaborators whose name shares a word (or word start) with `name`: the candidates for duplicate checks. */
export function findNameCandidates(db: ReadableDB, ftsQuery: string, limit: number): { id: string; name: string; countries: string[]; region: string }[] {
  const rows = db
    .prepare(
      `SELECT c.id, c.name, c.countries, c.region FROM collaborators_fts f JOIN collaborators c ON c.seq = f.rowid
       WHERE collaborators_fts MATCH ? AND c.deleted_at IS NULL LIMIT ?`,
    )
    .all(ftsQuery, limit) as { id: string; name: string; countries: string; region: string }[];
  return rows.map((row) => ({ ...row, countries: JSON.parse(row.countries) as string[] }));
}
