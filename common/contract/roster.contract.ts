// Roster methods: find collaborators, read and change them, reveal sensitive fields, tombstones and undo.
import { z } from 'zod';
import {
  collaboratorInputSchema,
  collaboratorSchema,
  collaboratorSummarySchema,
} from '../roster/collaborator.schema.js';
import { method } from './define.js';

const idInput = z.object({ id: z.uuid() }).strict();
const done = z.null();

export const ROSTER_FACETS = ['strategy', 'level', 'region', 'country', 'language', 'kind', 'vetting', 'availability', 'tag'] as const;
export const rosterFacetSchema = z.enum(ROSTER_FACETS);
export type RosterFacet = z.infer<typeof rosterFacetSchema>;

export const ROSTER_SORTS = ['name', 'updated', 'relevance'] as const;

/** What the search box and the facets ask for; also what a saved search stores. */
export const rosterQuerySchema = z.object({
  text: z.string().max(200).default(''),
  /** Per facet, the values ticked: OR within a facet, AND across facets. */
  filters: z.partialRecord(rosterFacetSchema, z.array(z.string().min(1).max(100)).max(60)).default({}),
  sort: z.enum(ROSTER_SORTS).default('name'),
});
export type RosterQuery = z.input<typeof rosterQuerySchema>;
export type ParsedRosterQuery = z.output<typeof rosterQuerySchema>;

export const facetCountsSchema = z.partialRecord(rosterFacetSchema, z.array(z.object({ value: z.string(), count: z.number().int() })));
export type FacetCounts = z.infer<typeof facetCountsSchema>;

export const rosterSearchResultSchema = z.object({
  total: z.number().int(),
  items: z.array(collaboratorSummarySchema),
  /**
   * For each facet, how many results each value would have with the other facets' filters applied. Tags count without
   * case and show their most used spelling ("CAO complaints"); a tag filter matches any case.
   */
  facets: facetCountsSchema,
});
export type RosterSearchResult = z.infer<typeof rosterSearchResultSchema>;

export const rosterContract = {
  search: method(
    z.object({
      query: rosterQuerySchema,
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }).strict(),
    rosterSearchResultSchema,
  ),
  get: method(idInput, collaboratorSchema),
  create: method(z.object({ collaborator: collaboratorInputSchema }).strict(), z.object({ id: z.uuid() })),
  /** `keepRiskNotes`: the page never revealed the risk notes, so the stored ones stay (and no reveal is needed to edit). */
  update: method(
    z.object({ id: z.uuid(), collaborator: collaboratorInputSchema, keepRiskNotes: z.boolean().default(false) }).strict(),
    done,
  ),
  /** Moves to the deleted view (a tombstone); restore undoes it. */
  delete: method(idInput, done),
  restore: method(idInput, done),
  listDeleted: method(
    z.object({ limit: z.number().int().min(1).max(500).default(100) }).strict(),
    z.array(z.object({ id: z.uuid(), name: z.string(), deletedAt: z.string() })),
  ),
  /** Shows one sensitive contact value; every reveal is written to the audit trail (without the value). */
  revealContact: method(z.object({ id: z.uuid(), contactId: z.uuid() }).strict(), z.object({ value: z.string() })),
  revealRiskNotes: method(idInput, z.object({ riskNotes: z.string() })),
  /** Entries that may be the same collaborator as the one being created or imported. */
  findDuplicates: method(
    z.object({
      name: z.string().trim().min(1).max(200),
      countries: z.array(z.string().length(2)).max(60).default([]),
      excludeId: z.uuid().nullable().default(null),
    }).strict(),
    z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        countries: z.array(z.string()),
        region: z.string(),
        reason: z.enum(['same_name_and_country', 'same_name', 'similar_name']),
        score: z.number(),
      }),
    ),
  ),
  /** Folds `mergeId` into `keepId` with the fields chosen on the merge screen; the merged entry keeps pointing at the kept one. */
  merge: method(z.object({ keepId: z.uuid(), mergeId: z.uuid(), collaborator: collaboratorInputSchema }).strict(), done),
  expertiseTags: method(
    z.object({ prefix: z.string().max(60).default(''), limit: z.number().int().min(1).max(50).default(10) }).strict(),
    z.array(z.object({ tag: z.string(), count: z.number().int() })),
  ),
} as const;
