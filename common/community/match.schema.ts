// What matching answers: ranked collaborators for a request, each with the reasons behind its score.
import { z } from 'zod';
import { availabilityStatusSchema, collaboratorKindSchema, levelSchema, regionSchema, strategyAreaSchema, vettingStatusSchema } from '../roster/taxonomy.js';

export const matchReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('strategy'), areas: z.array(strategyAreaSchema) }),
  z.object({ kind: z.literal('country'), country: z.string() }),
  z.object({ kind: z.literal('region'), region: regionSchema }),
  z.object({ kind: z.literal('global') }),
  z.object({ kind: z.literal('language'), languages: z.array(z.string()) }),
  z.object({ kind: z.literal('level'), level: levelSchema }),
  z.object({ kind: z.literal('availability'), status: availabilityStatusSchema }),
  z.object({ kind: z.literal('vetting'), status: vettingStatusSchema }),
  z.object({ kind: z.literal('past'), concluded: z.number().int(), declined: z.number().int() }),
]);
export type MatchReason = z.infer<typeof matchReasonSchema>;

export const matchSchema = z.object({
  collaborator: z.object({
    id: z.uuid(),
    name: z.string(),
    kind: collaboratorKindSchema,
    region: regionSchema,
    countries: z.array(z.string()),
  }),
  score: z.number(),
  reasons: z.array(matchReasonSchema),
});
export type Match = z.infer<typeof matchSchema>;
