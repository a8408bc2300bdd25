// The roster search's reads of collaborator rows: the name and update orders, facet columns, full-text matches and
// scores, and the rows of a results page or a match list, each by seq (the rowid the in-memory index keeps).
import type { CollaboratorSummary } from '../common/roster/collaborator.schema.js';
import { notesExcerpt } from '../common/roster/search-words.js';
import type { CollaboratorRow } from './collaborators.repo.js';
import type { ReadableDB } from './handles.js';

/** The columns a results row needs, and nothing sensitive; the notes are read only to quote where a search matched them. */
export const SUMMARY_COLUMNS =
  'seq, id, name, kind, region, countries, strategy_areas, levels, expertise, languages, vetting_status, availability_status, updated_at, notes';

export type SummaryRow = Pick<
  CollaboratorRow,
  | 'seq'
  | 'id'
  | 'name'
  | 'kind'
  | 'region'
  | 'countries'
  | 'strategy_areas'
  | 'levels'
  | 'expertise'
  | 'languages'
  | 'vetting_status'
  | 'availability_status'
  | 'updated_at'
  | 'notes'
>;

/** A results row; `words`, the search's words (common/roster/search-words.ts), pick the notes passage to quote. */
export function rowToSummary(row: SummaryRow, words: readonly string[] = []): CollaboratorSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as CollaboratorSummary['kind'],
    region: row.region as CollaboratorSummary['region'],
    countries: JSON.parse(row.countries) as string[],
    strategyAreas: JSON.parse(row.strategy_areas) as CollaboratorSummary['strategyAreas'],
    levels: JSON.parse(row.levels) as CollaboratorSummary['levels'],
    expertise: JSON.parse(row.expertise) as string[],
    languages: JSON.parse(row.languages) as string[],
    vettingStatus: row.vetting_status as CollaboratorSummary['vettingStatus'],
    availabilityStatus: row.availability_status as CollaboratorSummary['availabilityStatus'],
    updatedAt: row.updated_at,
    notesExcerpt: notesExcerpt(row.notes, words),
  };
}

/** Live seqs in name order (NOCASE, then seq). The name index holds name and rowid, so no row is visited. */
export function listLiveCollaboratorSeqsByName(db: ReadableDB): Int32Array {
  return Int32Array.from(db.prepare('SELECT seq FROM collaborators WHERE deleted_at IS NULL ORDER BY name COLLATE NOCASE, seq').pluck().all() as number[]);
}

/** Live seqs, newest update first (ties by seq): a full table scan. */
export function listLiveCollaboratorSeqsByUpdated(db: ReadableDB): number[] {
  return db.prepare('SELECT seq FROM collaborators WHERE deleted_at IS NULL ORDER BY updated_at DESC, seq').pluck().all() as number[];
}

/** The columns the roster's facets come from, lists parsed; tags as written (the index folds their case). */
export interface CollaboratorFacetColumns {
  seq: number;
  strategyAreas: string[];
  levels: string[];
  region: string;
  countries: string[];
  languages: string[];
  kind: string;
  vettingStatus: string;
  availabilityStatus: string;
  expertise: string[];
}

const FACET_COLUMNS = 'seq, strategy_areas, levels, region, countries, languages, kind, vetting_status, availability_status, expertise';
type FacetRow = [seq: number, strategy: string, levels: string, region: string, countries: string, languages: string, kind: string, vetting: string, availability: string, expertise: string];

function rowToFacetColumns(row: FacetRow): CollaboratorFacetColumns {
  const list = (json: string) => JSON.parse(json) as string[];
  return {
    seq: row[0],
    strategyAreas: list(row[1]),
    levels: list(row[2]),
    region: row[3],
    countries: list(row[4]),
    languages: list(row[5]),
    kind: row[6],
    vettingStatus: row[7],
    availabilityStatus: row[8],
    expertise: list(row[9]),
  };
}

/** Every live collaborator's facet columns in rowid order: a sequential scan, one row in memory at a time. */
export function* iterateLiveCollaboratorFacets(db: ReadableDB): Generator<CollaboratorFacetColumns> {
  const rows = db.prepare(`SELECT ${FACET_COLUMNS} FROM collaborators WHERE deleted_at IS NULL`).raw().iterate() as IterableIterator<FacetRow>;
  for (const row of rows) yield rowToFacetColumns(row);
}

/** The facet columns of the live rows among `seqs`. */
export function getLiveCollaboratorFacets(db: ReadableDB, seqs: Iterable<number>): CollaboratorFacetColumns[] {
  const rows = db
    .prepare(`SELECT ${FACET_COLUMNS} FROM collaborators WHERE deleted_at IS NULL AND seq IN (SELECT value FROM json_each(?))`)
    .raw()
    .all(JSON.stringify([...seqs])) as FacetRow[];
  return rows.map(rowToFacetColumns);
}

/** The same FTS5 query, matched in the name column only. */
export function nameOnlyFtsQuery(fts: string): string {
  return `{name} : (${fts})`;
}

/** Seqs of every row (live or not) the FTS5 query matches. */
export function matchCollaboratorText(db: ReadableDB, fts: string): number[] {
  return db.prepare('SELECT rowid FROM collaborators_fts WHERE collaborators_fts MATCH ?').pluck().all(fts) as number[];
}

/** Seqs of every row (live or not) whose name matches the FTS5 query. */
export function matchCollaboratorNames(db: ReadableDB, fts: string): number[] {
  return matchCollaboratorText(db, nameOnlyFtsQuery(fts));
}

/** [seq, bm25] of every row (live or not) the FTS5 query matches; lower scores are better. */
export function scoreCollaboratorText(db: ReadableDB, fts: string): [number, number][] {
  return db.prepare('SELECT rowid, bm25(collaborators_fts) FROM collaborators_fts WHERE collaborators_fts MATCH ?').raw().all(fts) as [number, number][];
}

/** Result rows by seq, each quoting its notes where they match `words`; seqs with no row are absent from the map. */
export function getCollaboratorSummaries(db: ReadableDB, seqs: readonly number[], words: readonly string[] = []): Map<number, CollaboratorSummary> {
  if (seqs.length === 0) return new Map();
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM collaborators WHERE seq IN (SELECT value FROM json_each(?))`)
    .all(JSON.stringify(seqs)) as SummaryRow[];
  return new Map(rows.map((row) => [row.seq, rowToSummary(row, words)]));
}

/** Who a match names, and what its reasons are read from (tags as written), by seq. */
export interface MatchedPerson {
  seq: number;
  id: string;
  name: string;
  kind: string;
  region: string;
  countries: string[];
  strategyAreas: string[];
  levels: string[];
  languages: string[];
  availabilityStatus: string;
  vettingStatus: string;
  expertise: string[];
}

type MatchedRow = Pick<
  CollaboratorRow,
  'seq' | 'id' | 'name' | 'kind' | 'region' | 'countries' | 'strategy_areas' | 'levels' | 'languages' | 'availability_status' | 'vetting_status' | 'expertise'
>;

/** The people behind ranked seqs, for the matching list; seqs with no row are absent from the map. */
export function getMatchedPeople(db: ReadableDB, seqs: readonly number[]): Map<number, MatchedPerson> {
  const rows = db
    .prepare(
      `SELECT seq, id, name, kind, region, countries, strategy_areas, levels, languages, availability_status, vetting_status, expertise
       FROM collaborators WHERE seq IN (SELECT value FROM json_each(?))`,
    )
    .all(JSON.stringify(seqs)) as MatchedRow[];
  return new Map(
    rows.map((row) => [
      row.seq,
      {
        seq: row.seq,
        id: row.id,
        name: row.name,
        kind: row.kind,
        region: row.region,
        countries: JSON.parse(row.countries) as string[],
        strategyAreas: JSON.parse(row.strategy_areas) as string[],
        levels: JSON.parse(row.levels) as string[],
        languages: JSON.parse(row.languages) as string[],
        availabilityStatus: row.availability_status,
        vettingStatus: row.vetting_status,
        expertise: JSON.parse(row.expertise) as string[],
      },
    ]),
  );
}
