// Collaborator rows: the stored shape, its mapping to and from the record, and the writes that keep contacts and the text index in step.
import type { CollaboratorFields } from '../common/roster/collaborator.schema.js';
import type { Region } from '../common/roster/taxonomy.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { noteRowChanged } from './row-changes.js';
import { syncMetadataOf } from './syncable.js';

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
    ...syncMetadataOf(row),
  };
}

/** The field values in FIELD_COLUMNS order: positional binding, cheaper than named over 100k-row imports. */
function fieldValues(fields: Omit<CollaboratorFields, 'contacts'>, region: Region): unknown[] {
  return [
    fields.name,
    fields.kind,
    region,
    JSON.stringify(fields.countries),
    JSON.stringify(fields.levels),
    JSON.stringify(fields.strategyAreas),
    JSON.stringify(fields.expertise),
    JSON.stringify(fields.languages),
    fields.vetting.status,
    fields.vetting.vouchedBy,
    fields.vetting.date,
    fields.vetting.note,
    fields.availability.status,
    fields.availability.until,
    fields.sharing,
    fields.riskNotes,
    fields.notes,
  ];
}

const FIELD_COLUMNS = [
  'name', 'kind', 'region', 'countries', 'levels', 'strategy_areas', 'expertise', 'languages', 'vetting_status',
  'vetting_vouched_by', 'vetting_date', 'vetting_note', 'availability_status', 'available_until', 'sharing', 'risk_notes', 'notes',
] as const;

/** Where the text index's columns sit among the field values. */
const TEXT_INDEX = { name: FIELD_COLUMNS.indexOf('name'), expertise: FIELD_COLUMNS.indexOf('expertise'), notes: FIELD_COLUMNS.indexOf('notes') };

type Statement<P extends unknown[]> = import('better-sqlite3-multiple-ciphers').Statement<P>;
// Parameters are checked by the callers below; the statements themselves take any bind values.
type WriteStatements = Record<'insert' | 'indexText' | 'update' | 'deleteContacts' | 'insertContact', Statement<unknown[]>>;
const preparedFor = new WeakMap<WritableDB, WriteStatements>();

/** The write statements, prepared once per connection: bulk imports and sample vaults run them hundreds of thousands of times. */
function writeStatements(db: WritableDB): WriteStatements {
  let statements = preparedFor.get(db);
  if (!statements) {
    statements = {
      insert: db.prepare(
        `INSERT INTO collaborators (id, ${FIELD_COLUMNS.join(', ')}, created_at, updated_at, hlc, changed_by, deleted_at)
         VALUES (?, ${FIELD_COLUMNS.map(() => '?').join(', ')}, ?, ?, ?, ?, NULL)`,
      ),
      indexText: db.prepare('INSERT INTO collaborators_fts (rowid, name, expertise, notes) VALUES (?, ?, ?, ?)'),
      update: db.prepare(
        `UPDATE collaborators SET ${FIELD_COLUMNS.map((k) => `${k} = ?`).join(', ')}, updated_at = ?, hlc = ?, changed_by = ? WHERE seq = ?`,
      ),
      deleteContacts: db.prepare('DELETE FROM collaborator_contacts WHERE collaborator_id = ?'),
      insertContact: db.prepare(
        'INSERT INTO collaborator_contacts (id, collaborator_id, position, type, value, note, sensitive) VALUES (?, ?, ?, ?, ?, ?, ?)',
      ),
    };
    preparedFor.set(db, statements);
  }
  return statements;
}

/** Writes contact rows; `fresh` skips deleting the ones a brand-new row cannot have. */
function writeContacts(db: WritableDB, id: string, contacts: readonly StoredContact[], fresh: boolean): void {
  const statements = writeStatements(db);
  if (!fresh) statements.deleteContacts.run(id);
  contacts.forEach((c, position) =>
    statements.insertContact.run(c.id, id, position, c.type, c.value, c.note, c.sensitive ? 1 : 0),
  );
}

/** The stored text columns the full-text index holds for one row (`expertise` as its stored JSON list). */
export interface IndexedText {
  name: unknown;
  expertise: unknown;
  notes: unknown;
}

/**
 * Puts a newly inserted collaborator row in the full-text index: the only writer of `collaborators_fts` rows (the
 * UPDATE and DELETE triggers of schema 3 follow edits). Used by `insertCollaborator` and by rows written from a
 * bundle (sync-tables.ts). Not a trigger: inside one, FTS5 flushes its pending terms at every row (schema 3 says why).
 */
export function indexCollaboratorText(db: WritableDB, seq: number, text: IndexedText): void {
  writeStatements(db).indexText.run(seq, text.name, text.expertise, text.notes);
}

/**
 * Inserts a new collaborator with its contacts and puts it in the text index. The functions of this file (and rows
 * from bundles, sync-rows.ts) are the only writers of collaborator rows: the text index has no insert trigger, and the
 * change journal (row-changes.ts) that the search and dashboard indexes follow hears only from them. Call inside a
 * transaction when it is one step of several.
 */
export function insertCollaborator(
  db: WritableDB,
  record: Pick<StoredCollaborator, 'id' | 'fields' | 'contacts' | 'region'>,
  stamp: SyncStamp,
): number {
  const values = fieldValues(record.fields, record.region);
  const statements = writeStatements(db);
  const result = statements.insert.run(record.id, ...values, stamp.at, stamp.at, stamp.hlc, stamp.changedBy);
  const seq = Number(result.lastInsertRowid);
  noteRowChanged(db, 'collaborators', seq);
  indexCollaboratorText(db, seq, { name: values[TEXT_INDEX.name], expertise: values[TEXT_INDEX.expertise], notes: values[TEXT_INDEX.notes] });
  writeContacts(db, record.id, record.contacts, true);
  return seq;
}

export function updateCollaborator(
  db: WritableDB,
  record: Pick<StoredCollaborator, 'seq' | 'id' | 'fields' | 'contacts' | 'region'>,
  stamp: SyncStamp,
): void {
  writeStatements(db).update.run(...fieldValues(record.fields, record.region), stamp.at, stamp.hlc, stamp.changedBy, record.seq);
  noteRowChanged(db, 'collaborators', record.seq);
  writeContacts(db, record.id, record.contacts, false);
}

/** A tombstone, not a delete: the row stays (for undo and, later, for bundles) but leaves every list and search. */
/** Runs a one-row UPDATE … RETURNING seq and notes the row for the change journal; true when a row changed. */
function updateOne(db: WritableDB, sql: string, params: Record<string, unknown>): boolean {
  const seq = db.prepare(`${sql} RETURNING seq`).pluck().get(params) as number | undefined;
  if (seq === undefined) return false;
  noteRowChanged(db, 'collaborators', seq);
  return true;
}

export function markCollaboratorDeleted(db: WritableDB, id: string, stamp: SyncStamp): boolean {
  return updateOne(db, 'UPDATE collaborators SET deleted_at = @at, updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id AND deleted_at IS NULL', {
    id,
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  });
}

export function restoreCollaborator(db: WritableDB, id: string, stamp: SyncStamp): boolean {
  return updateOne(
    db,
    'UPDATE collaborators SET deleted_at = NULL, updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id AND deleted_at IS NOT NULL AND merged_into IS NULL',
    { id, at: stamp.at, hlc: stamp.hlc, changedBy: stamp.changedBy },
  );
}

export function getCollaborator(db: ReadableDB, id: string): StoredCollaborator | undefined {
  const row = db.prepare('SELECT * FROM collaborators WHERE id = ?').get(id) as CollaboratorRow | undefined;
  if (!row) return undefined;
  const contacts = db.prepare('SELECT * FROM collaborator_contacts WHERE collaborator_id = ? ORDER BY position').all(id) as ContactRow[];
  return rowToCollaborator(row, contacts);
}

/** Ids per `IN (…)` query: well under SQLite's bound-parameter limit. */
const IDS_PER_QUERY = 500;

/** Collaborators by id, deleted and merged ones included, with their contacts; ids not stored are absent from the map. */
export function getCollaboratorsByIds(db: ReadableDB, ids: readonly string[]): Map<string, StoredCollaborator> {
  const found = new Map<string, StoredCollaborator>();
  for (let offset = 0; offset < ids.length; offset += IDS_PER_QUERY) {
    const chunk = ids.slice(offset, offset + IDS_PER_QUERY);
    const marks = chunk.map(() => '?').join(', ');
    const rows = db.prepare(`SELECT * FROM collaborators WHERE id IN (${marks})`).all(...chunk) as CollaboratorRow[];
    const contacts = new Map<string, ContactRow[]>();
    const contactRows = db
      .prepare(`SELECT * FROM collaborator_contacts WHERE collaborator_id IN (${marks}) ORDER BY collaborator_id, position`)
      .all(...chunk) as ContactRow[];
    for (const contact of contactRows) {
      const list = contacts.get(contact.collaborator_id);
      if (list) list.push(contact);
      else contacts.set(contact.collaborator_id, [contact]);
    }
    for (const row of rows) found.set(row.id, rowToCollaborator(row, contacts.get(row.id) ?? []));
  }
  return found;
}

/** Id, name and countries of every live collaborator, one at a time: what an import's duplicate check compares with. */
export function* iterateLiveCollaboratorNames(db: ReadableDB): Generator<{ id: string; name: string; countries: string[] }> {
  const rows = db.prepare('SELECT id, name, countries FROM collaborators WHERE deleted_at IS NULL').iterate() as IterableIterator<{
    id: string;
    name: string;
    countries: string;
  }>;
  for (const row of rows) yield { id: row.id, name: row.name, countries: parseList(row.countries) };
}

export function listDeletedCollaborators(db: ReadableDB, limit: number): { id: string; name: string; deletedAt: string }[] {
  return (
    db
      .prepare('SELECT id, name, deleted_at FROM collaborators WHERE deleted_at IS NOT NULL AND merged_into IS NULL ORDER BY deleted_at DESC LIMIT ?')
      .all(limit) as { id: string; name: string; deleted_at: string }[]
  ).map((row) => ({ id: row.id, name: row.name, deletedAt: row.deleted_at }));
}

/** Folds `mergedId` into `keptId`: the merged entry becomes a tombstone that points at the one kept. */
export function markCollaboratorMerged(db: WritableDB, mergedId: string, keptId: string, stamp: SyncStamp): void {
  updateOne(db, 'UPDATE collaborators SET deleted_at = @at, merged_into = @keptId, updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @mergedId', {
    mergedId,
    keptId,
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  });
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
