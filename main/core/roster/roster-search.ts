// Finding collaborators: full-text (FTS5, diacritics folded, prefix as you type) with facet filters and live counts, in SQL (the reference).
import type { FacetCounts, ParsedRosterQuery, RosterFacet, RosterSearchResult } from '../../../common/contract/roster.contract.js';
import { ROSTER_FACETS } from '../../../common/contract/roster.contract.js';
import type { CollaboratorSummary } from '../../../common/roster/collaborator.schema.js';
import type { ReadableDB } from '../../../db/handles.js';

/** Turns what a person typed into an FTS5 query: every word must match, the last one (being typed) as a prefix. */
export function toFtsQuery(text: string): string | null {
  const words = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .slice(0, 12);
  if (words.length === 0) return null;
  return words.map((word) => `"${word.replace(/"/g, '""')}"*`).join(' AND ');
}

/** Filter values as stored: tags are kept lowercased, every other facet as given. */
export function storedFilterValues(facet: RosterFacet, values: readonly string[]): string[] {
  return facet === 'tag' ? values.map((v) => v.toLowerCase()) : [...values];
}

/** The columns a results row needs, and nothing sensitive. */
export const SUMMARY_COLUMNS = 'seq, id, name, kind, region, countries, strategy_areas, languages, vetting_status, availability_status, updated_at';

export interface SummaryRow {
  seq: number;
  id: string;
  name: string;
  kind: string;
  region: string;
  countries: string;
  strategy_areas: string;
  languages: string;
  vetting_status: string;
  availability_status: string;
  updated_at: string;
}

export function toSummary(row: SummaryRow): CollaboratorSummary {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as CollaboratorSummary['kind'],
    region: row.region as CollaboratorSummary['region'],
    countries: JSON.parse(row.countries) as string[],
    strategyAreas: JSON.parse(row.strategy_areas) as CollaboratorSummary['strategyAreas'],
    languages: JSON.parse(row.languages) as string[],
    vettingStatus: row.vetting_status as CollaboratorSummary['vettingStatus'],
    availabilityStatus: row.availability_status as CollaboratorSummary['availabilityStatus'],
    updatedAt: row.updated_at,
  };
}

interface Clause {
  sql: string;
  params: unknown[];
}

function facetClause(facet: RosterFacet, values: readonly string[]): Clause {
  return {
    sql: `c.seq IN (SELECT collaborator_seq FROM collaborator_facets WHERE facet = ? AND value IN (${values.map(() => '?').join(', ')}))`,
    params: [facet, ...values],
  };
}

/** The WHERE clause for live collaborators matching the facet filters except `skip`, and the text unless `withText` is false. */
function whereFor(query: ParsedRosterQuery, skip: RosterFacet | null, withText = true): Clause {
  const clauses: Clause[] = [{ sql: 'c.deleted_at IS NULL', params: [] }];
  const fts = withText ? toFtsQuery(query.text) : null;
  if (fts !== null) clauses.push({ sql: 'c.seq IN (SELECT rowid FROM collaborators_fts WHERE collaborators_fts MATCH ?)', params: [fts] });
  for (const facet of ROSTER_FACETS) {
    const values = query.filters[facet];
    if (facet !== skip && values && values.length > 0) clauses.push(facetClause(facet, storedFilterValues(facet, values)));
  }
  return { sql: clauses.map((c) => c.sql).join(' AND '), params: clauses.flatMap((c) => c.params) };
}

function facetCounts(db: ReadableDB, query: ParsedRosterQuery): FacetCounts {
  const counts: FacetCounts = {};
  for (const facet of ROSTER_FACETS) {
    // Counts for a facet ignore that facet's own filter, so ticking one value still shows what the others would give.
    const where = whereFor(query, facet);
    counts[facet] = db
      .prepare(
        `SELECT f.value AS value, count(*) AS count FROM collaborator_facets f JOIN collaborators c ON c.seq = f.collaborator_seq
         WHERE f.facet = ? AND ${where.sql} GROUP BY f.value ORDER BY count DESC, f.value`,
      )
      .all(facet, ...where.params) as { value: string; count: number }[];
  }
  return counts;
}

function pageRows(db: ReadableDB, query: ParsedRosterQuery, offset: number, limit: number): SummaryRow[] {
  const fts = toFtsQuery(query.text);
  if (query.sort === 'relevance' && fts !== null) {
    // Best bm25 first; equal scores fall back to the name order, so the order is total.
    const rest = whereFor(query, null, false);
    return db
      .prepare(
        `SELECT ${SUMMARY_COLUMNS.split(', ').map((col) => `c.${col}`).join(', ')} FROM collaborators_fts JOIN collaborators c ON c.seq = collaborators_fts.rowid
         WHERE collaborators_fts MATCH ? AND ${rest.sql}
         ORDER BY bm25(collaborators_fts), c.name COLLATE NOCASE, c.seq LIMIT ? OFFSET ?`,
      )
      .all(fts, ...rest.params, limit, offset) as SummaryRow[];
  }
  const where = whereFor(query, null);
  const order = query.sort === 'updated' ? 'c.updated_at DESC, c.seq' : 'c.name COLLATE NOCASE, c.seq';
  return db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM collaborators c WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...where.params, limit, offset) as SummaryRow[];
}

/**
 * The straightforward SQL search: one count, one page and one grouped query per facet. Correct but about ten queries
 * per keystroke; the app uses the in-memory index (roster-fast-search.ts), and tests hold it equal to this one.
 */
export function searchRosterReference(db: ReadableDB, query: ParsedRosterQuery, offset: number, limit: number): RosterSearchResult {
  const where = whereFor(query, null);
  const total = (db.prepare(`SELECT count(*) AS n FROM collaborators c WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  return { total, items: pageRows(db, query, offset, limit).map(toSummary), facets: facetCounts(db, query) };
}
