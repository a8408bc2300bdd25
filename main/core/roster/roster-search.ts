// Finding collaborators: full-text (FTS5, diacritics folded, prefix as you type) combined with facet filters and live facet counts.
import type { FacetCounts, ParsedRosterQuery, RosterFacet, RosterSearchResult } from '../../../common/contract/roster.contract.js';
import { ROSTER_FACETS } from '../../../common/contract/roster.contract.js';
import type { CollaboratorSummary } from '../../../common/roster/collaborator.schema.js';
import type { CollaboratorRow } from '../../../db/collaborators.repo.js';
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

interface Clause {
  sql: string;
  params: unknown[];
}

function textClause(text: string): Clause | null {
  const fts = toFtsQuery(text);
  return fts === null ? null : { sql: 'c.seq IN (SELECT rowid FROM collaborators_fts WHERE collaborators_fts MATCH ?)', params: [fts] };
}

function facetClause(facet: RosterFacet, values: readonly string[]): Clause {
  return {
    sql: `c.seq IN (SELECT collaborator_seq FROM collaborator_facets WHERE facet = ? AND value IN (${values.map(() => '?').join(', ')}))`,
    params: [facet, ...values],
  };
}

/** The WHERE clause for live collaborators matching the text and every facet filter except `skip`. */
function whereFor(query: ParsedRosterQuery, skip: RosterFacet | null): Clause {
  const clauses: Clause[] = [{ sql: 'c.deleted_at IS NULL', params: [] }];
  const text = textClause(query.text);
  if (text) clauses.push(text);
  for (const facet of ROSTER_FACETS) {
    const values = query.filters[facet];
    if (facet !== skip && values && values.length > 0) clauses.push(facetClause(facet, facet === 'tag' ? values.map((v) => v.toLowerCase()) : values));
  }
  return { sql: clauses.map((c) => c.sql).join(' AND '), params: clauses.flatMap((c) => c.params) };
}

const ORDER: Record<ParsedRosterQuery['sort'], string> = {
  name: 'c.name COLLATE NOCASE, c.seq',
  updated: 'c.updated_at DESC, c.seq',
  relevance: 'c.name COLLATE NOCASE, c.seq',
};

function toSummary(row: CollaboratorRow): CollaboratorSummary {
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

export function searchRoster(db: ReadableDB, query: ParsedRosterQuery, offset: number, limit: number): RosterSearchResult {
  const where = whereFor(query, null);
  const total = (db.prepare(`SELECT count(*) AS n FROM collaborators c WHERE ${where.sql}`).get(...where.params) as { n: number }).n;
  const order =
    query.sort === 'relevance' && toFtsQuery(query.text) !== null
      ? 'c.name COLLATE NOCASE, c.seq'
      : ORDER[query.sort];
  const rows = db
    .prepare(`SELECT c.* FROM collaborators c WHERE ${where.sql} ORDER BY ${order} LIMIT ? OFFSET ?`)
    .all(...where.params, limit, offset) as CollaboratorRow[];
  return { total, items: rows.map(toSummary), facets: facetCounts(db, query) };
}
