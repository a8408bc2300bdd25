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

/**
 * Relevance is bm25 when the words match at most this many live collaborators. Past it (one or two letters typed), bm25
 * over every match costs more than the search budget and ranks little: the order is then names matching every word
 * first, then the rest, each in name order. docs/decisions/0006-lean-roster-writes.md has the figures.
 */
export const RELEVANCE_BM25_LIMIT = 4000;

export interface RelevanceOptions {
  /** For tests: a lower limit exercises the tiered order on small rosters. */
  relevanceLimit?: number;
}

/** The same words, matched in the name column only. */
export function nameOnlyFtsQuery(fts: string): string {
  return `{name} : (${fts})`;
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

/** Where each facet lives in a collaborator row: a plain column, or a JSON list (tags counted lowercased, as the index does). */
const FACET_SOURCES: Record<RosterFacet, { column: string; list: boolean }> = {
  strategy: { column: 'strategy_areas', list: true },
  level: { column: 'levels', list: true },
  region: { column: 'region', list: false },
  country: { column: 'countries', list: true },
  language: { column: 'languages', list: true },
  kind: { column: 'kind', list: false },
  vetting: { column: 'vetting_status', list: false },
  availability: { column: 'availability_status', list: false },
  tag: { column: 'expertise', list: true },
};

/** SQLite's lower() folds ASCII only; tags are folded as JavaScript does, like the in-memory index. */
function valueExpression(facet: RosterFacet): string {
  return facet === 'tag' ? 'cre_lower(j.value)' : 'j.value';
}

function facetClause(facet: RosterFacet, values: readonly string[]): Clause {
  const { column, list } = FACET_SOURCES[facet];
  const marks = values.map(() => '?').join(', ');
  const sql = list
    ? `EXISTS (SELECT 1 FROM json_each(c.${column}) j WHERE ${valueExpression(facet)} IN (${marks}))`
    : `c.${column} IN (${marks})`;
  return { sql, params: [...values] };
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
    const { column, list } = FACET_SOURCES[facet];
    const perCollaborator = list
      ? `SELECT DISTINCT c.seq, ${valueExpression(facet)} AS value FROM collaborators c, json_each(c.${column}) j WHERE ${where.sql}`
      : `SELECT c.seq, c.${column} AS value FROM collaborators c WHERE ${where.sql}`;
    counts[facet] = db
      .prepare(`SELECT value, count(*) AS count FROM (${perCollaborator}) GROUP BY value ORDER BY count DESC, value`)
      .all(...where.params) as { value: string; count: number }[];
  }
  return counts;
}

function pageRows(db: ReadableDB, query: ParsedRosterQuery, offset: number, limit: number, relevanceLimit: number): SummaryRow[] {
  const fts = toFtsQuery(query.text);
  const columns = SUMMARY_COLUMNS.split(', ').map((col) => `c.${col}`).join(', ');
  const textMatches = (sql: string) => `c.seq IN (SELECT rowid FROM collaborators_fts WHERE collaborators_fts MATCH ${sql})`;
  if (query.sort === 'relevance' && fts !== null) {
    const live = (db.prepare(`SELECT count(*) FROM collaborators c WHERE c.deleted_at IS NULL AND ${textMatches('?')}`).pluck().get(fts) as number);
    const rest = whereFor(query, null, false);
    if (live > relevanceLimit) {
      return db
        .prepare(
          `SELECT ${columns} FROM collaborators c WHERE ${textMatches('?')} AND ${rest.sql}
           ORDER BY ${textMatches('?')} DESC, c.name COLLATE NOCASE, c.seq LIMIT ? OFFSET ?`,
        )
        .all(fts, ...rest.params, nameOnlyFtsQuery(fts), limit, offset) as SummaryRow[];
    }
    // Best bm25 first; equal scores fall back to the name order, so the order is total.
    return db
      .prepare(
        `SELECT ${columns} FROM collaborators_fts JOIN collaborators c ON c.seq = collaborators_fts.rowid
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
export function searchRosterReference(
  db: ReadableDB,
  query: ParsedRosterQuery,
  offset: number,
  limit: number,
  options: RelevanceOptions = {},
): RosterSearchResult {
  db.function('cre_lower', { deterministic: true }, (value: unknown) => String(value).toLowerCase());
  const where = whereFor(query, null);
  const total = (db.prepare(`SELECT count(*) AS n FROM collaborators c WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  return { total, items: pageRows(db, query, offset, limit, options.relevanceLimit ?? RELEVANCE_BM25_LIMIT).map(toSummary), facets: facetCounts(db, query) };
}
