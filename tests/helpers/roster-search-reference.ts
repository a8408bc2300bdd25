// The roster search in plain SQL, the reference the in-memory search (main/core/roster/roster-fast-search.ts) is held
// equal to: one count, one page and one grouped query per facet. Correct but about ten queries per keystroke, so
// tests and the benchmark use it, never the app.
import type { FacetCounts, ParsedRosterQuery, RosterFacet, RosterSearchResult } from '../../common/contract/roster.contract.js';
import { ROSTER_FACETS } from '../../common/contract/roster.contract.js';
import { searchWords } from '../../common/roster/search-words.js';
import { nameOnlyFtsQuery, rowToSummary, SUMMARY_COLUMNS, type SummaryRow } from '../../db/collaborator-search.repo.js';
import type { ReadableDB } from '../../db/handles.js';
import { RELEVANCE_BM25_LIMIT, storedFilterValues, toFtsQuery, type RelevanceOptions } from '../../main/core/roster/roster-search.js';

interface Clause {
  sql: string;
  params: unknown[];
}

/** Where each facet lives in a collaborator row: a plain column, or a JSON list (tags counted lowercased and shown in their usual spelling, as the index does). */
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

/** Each folded tag's spelling to show: the one most live collaborators write, ties in BINARY order. */
function tagLabels(db: ReadableDB): Map<string, string> {
  const rows = db
    .prepare(
      `SELECT folded, spelling FROM (
         SELECT cre_lower(spelling) AS folded, spelling, row_number() OVER (PARTITION BY cre_lower(spelling) ORDER BY uses DESC, spelling) AS r
         FROM (SELECT j.value AS spelling, count(DISTINCT c.seq) AS uses FROM collaborators c, json_each(c.expertise) j
               WHERE c.deleted_at IS NULL GROUP BY j.value))
       WHERE r = 1`,
    )
    .raw()
    .all() as [string, string][];
  return new Map(rows);
}

function facetCounts(db: ReadableDB, query: ParsedRosterQuery): FacetCounts {
  const counts: FacetCounts = {};
  const labels = tagLabels(db);
  for (const facet of ROSTER_FACETS) {
    // Counts for a facet ignore that facet's own filter, so ticking one value still shows what the others would give.
    const where = whereFor(query, facet);
    const { column, list } = FACET_SOURCES[facet];
    const perCollaborator = list
      ? `SELECT DISTINCT c.seq, ${valueExpression(facet)} AS value FROM collaborators c, json_each(c.${column}) j WHERE ${where.sql}`
      : `SELECT c.seq, c.${column} AS value FROM collaborators c WHERE ${where.sql}`;
    const rows = db
      .prepare(`SELECT value, count(*) AS count FROM (${perCollaborator}) GROUP BY value ORDER BY count DESC, value`)
      .all(...where.params) as { value: string; count: number }[];
    counts[facet] = facet === 'tag' ? rows.map(({ value, count }) => ({ value: labels.get(value) ?? value, count })) : rows;
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

/** The straightforward SQL search over the open vault, with the same relevance rule as the app's. */
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
  const words = searchWords(query.text);
  const items = pageRows(db, query, offset, limit, options.relevanceLimit ?? RELEVANCE_BM25_LIMIT).map((row) => rowToSummary(row, words));
  return { total, items, facets: facetCounts(db, query) };
}
