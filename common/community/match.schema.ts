// What matching answers: ranked collaborators for a request, each with its score as a share of the best possible and the reasons behind it.
import { z } from 'zod';
import { availabilityStatusSchema, collaboratorKindSchema, levelSchema, regionSchema, strategyAreaSchema, vettingStatusSchema } from '../roster/taxonomy.js';

/** The raw points a reason gave (negative when it counts against): the weights are in matching-weights.ts. */
const points = z.number();

/** A tag whose every word the request's text has, with those words as the request writes them. */
export const expertiseMatchSchema = z.object({ tag: z.string(), words: z.array(z.string()) });

/** A tag naming a financier, directly or through the financier's family (a tag "CAO complaints" for the IFC). */
export const financierMatchSchema = z.object({
  tag: z.string(),
  financier: z.string(),
  /** The family that links tag and financier, when the tag does not name the financier itself. */
  family: z.string().nullable(),
  /** On one of the request's projects, or named in the request's text. */
  named: z.enum(['project', 'request']),
});
export type FinancierMatch = z.infer<typeof financierMatchSchema>;

export const companyMatchSchema = z.object({ tag: z.string(), company: z.string() });

export const matchReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('strategy'), points, areas: z.array(strategyAreaSchema) }),
  z.object({ kind: z.literal('expertise'), points, matches: z.array(expertiseMatchSchema) }),
  z.object({ kind: z.literal('financier'), points, matches: z.array(financierMatchSchema) }),
  z.object({ kind: z.literal('company'), points, matches: z.array(companyMatchSchema) }),
  z.object({ kind: z.literal('country'), points, country: z.string() }),
  z.object({ kind: z.literal('region'), points, region: regionSchema }),
  z.object({ kind: z.literal('global'), points }),
  z.object({ kind: z.literal('language'), points, languages: z.array(z.string()) }),
  z.object({ kind: z.literal('communityLanguage'), points, languages: z.array(z.string()) }),
  z.object({ kind: z.literal('level'), points, level: levelSchema }),
  z.object({ kind: z.literal('availability'), points, status: availabilityStatusSchema }),
  z.object({ kind: z.literal('vetting'), points, status: vettingStatusSchema }),
  z.object({ kind: z.literal('past'), points, concluded: z.number().int(), declined: z.number().int() }),
]);
export type MatchReason = z.infer<typeof matchReasonSchema>;

export const matchSchema = z.object({
  collaborator: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: collaboratorKindSchema,
    region: regionSchema,
    countries: z.array(z.string()),
    languages: z.array(z.string()),
    availability: availabilityStatusSchema,
    vetting: vettingStatusSchema,
  }),
  /** Whole percent of the best possible score for this request, 0 to 100. */
  score: z.number().int().min(0).max(100),
  /** The raw points (the sum of the reasons' points) and the best possible for this request. */
  points: z.number(),
  bestPoints: z.number().positive(),
  reasons: z.array(matchReasonSchema),
});
export type Match = z.infer<typeof matchSchema>;
