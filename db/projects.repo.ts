// Harmful project rows: the stored shape (lists as JSON inside the record), its mapping to the record, tombstones.
import type { HarmfulProjectFields } from '../common/community/community.schema.js';
import type { Region } from '../common/roster/taxonomy.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { setTombstone } from './tombstones.js';
import { syncMetadataOf } from './syncable.js';

interface ProjectRow {
  seq: number;
  id: string;
  name: string;
  country: string;
  location: string;
  region: string;
  sectors: string;
  financiers: string;
  companies: string;
  stage: string;
  risk_category: string | null;
  investment_amount: number | null;
  investment_currency: string | null;
  board_date: string | null;
  public_references: string;
  notes: string;
  created_at: string;
  updated_at: string;
  hlc: string;
  changed_by: string;
  deleted_at: string | null;
}

export interface StoredProject {
  seq: number;
  id: string;
  fields: HarmfulProjectFields;
  region: Region;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  changedBy: string;
  deletedAt: string | null;
}

export type ProjectRecord = Pick<StoredProject, 'id' | 'fields' | 'region'>;

export function rowToProject(row: ProjectRow): StoredProject {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      name: row.name,
      country: row.country,
      location: row.location,
      sectors: JSON.parse(row.sectors) as HarmfulProjectFields['sectors'],
      financiers: JSON.parse(row.financiers) as HarmfulProjectFields['financiers'],
      companies: JSON.parse(row.companies) as string[],
      stage: row.stage as HarmfulProjectFields['stage'],
      riskCategory: row.risk_category as HarmfulProjectFields['riskCategory'],
      investment:
        row.investment_amount === null || row.investment_currency === null
          ? null
          : { amount: row.investment_amount, currency: row.investment_currency },
      boardDate: row.board_date,
      references: JSON.parse(row.public_references) as HarmfulProjectFields['references'],
      notes: row.notes,
    },
    region: row.region as Region,
    ...syncMetadataOf(row),
  };
}

function params(record: ProjectRecord, stamp: SyncStamp) {
  const { fields } = record;
  return {
    id: record.id,
    name: fields.name,
    country: fields.country,
    location: fields.location,
    region: record.region,
    sectors: JSON.stringify(fields.sectors),
    financiers: JSON.stringify(fields.financiers),
    companies: JSON.stringify(fields.companies),
    stage: fields.stage,
    riskCategory: fields.riskCategory,
    amount: fields.investment?.amount ?? null,
    currency: fields.investment?.currency ?? null,
    boardDate: fields.boardDate,
    references: JSON.stringify(fields.references),
    notes: fields.notes,
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  };
}

export function insertProject(db: WritableDB, record: ProjectRecord, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO harmful_projects (id, name, country, location, region, sectors, financiers, companies, stage, risk_category,
       investment_amount, investment_currency, board_date, public_references, notes, created_at, updated_at, hlc, changed_by)
     VALUES (@id, @name, @country, @location, @region, @sectors, @financiers, @companies, @stage, @riskCategory,
       @amount, @currency, @boardDate, @references, @notes, @at, @at, @hlc, @changedBy)`,
  ).run(params(record, stamp));
}

export function updateProject(db: WritableDB, record: ProjectRecord, stamp: SyncStamp): void {
  db.prepare(
    `UPDATE harmful_projects SET name = @name, country = @country, location = @location, region = @region, sectors = @sectors,
       financiers = @financiers, companies = @companies, stage = @stage, risk_category = @riskCategory,
       investment_amount = @amount, investment_currency = @currency, board_date = @boardDate, public_references = @references,
       notes = @notes, updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id`,
  ).run(params(record, stamp));
}

/** Tombstone (`deleted` true) or restore; false when the row was already in that state. */
export function setProjectDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'harmful_projects', id, deleted, stamp);
}

export function getProject(db: ReadableDB, id: string): StoredProject | undefined {
  const row = db.prepare('SELECT * FROM harmful_projects WHERE id = ?').get(id) as ProjectRow | undefined;
  return row ? rowToProject(row) : undefined;
}

/** Projects in name order; `deleted` lists the tombstones. `text` matches name, location, a financier or a company. */
export function listProjects(db: ReadableDB, options: { text: string; deleted: boolean; limit: number; offset: number }): StoredProject[] {
  const pattern = `%${options.text.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const rows = db
    .prepare(
      `SELECT * FROM harmful_projects WHERE deleted_at IS ${options.deleted ? 'NOT NULL' : 'NULL'}
         AND (name LIKE @pattern ESCAPE '\\' OR location LIKE @pattern ESCAPE '\\' OR financiers LIKE @pattern ESCAPE '\\'
              OR companies LIKE @pattern ESCAPE '\\')
       ORDER BY name COLLATE NOCASE, seq LIMIT @limit OFFSET @offset`,
    )
    .all({ pattern, limit: options.limit, offset: options.offset }) as ProjectRow[];
  return rows.map(rowToProject);
}
