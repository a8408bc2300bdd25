// What "similar struggles" answers: other communities ranked by the traits they share, with their recorded learnings.
import { z } from 'zod';
import { strategyAreaSchema } from '../roster/taxonomy.js';
import { collaborationStateSchema, learningSchema } from './collaboration.schema.js';
import { communitySummarySchema } from './community.schema.js';
import { projectSectorSchema } from './taxonomy.js';

const projectRefSchema = z.object({ id: z.uuid(), name: z.string() });

/** One kind of trait shared with the other community, with the values shared (in the subject's spelling and order). */
export const similarTraitSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('project'), projects: z.array(projectRefSchema) }),
  z.object({ kind: z.literal('financier'), names: z.array(z.string()) }),
  z.object({ kind: z.literal('company'), names: z.array(z.string()) }),
  z.object({ kind: z.literal('country'), country: z.string() }),
  z.object({ kind: z.literal('sector'), sectors: z.array(projectSectorSchema) }),
  z.object({ kind: z.literal('strategy'), areas: z.array(strategyAreaSchema) }),
]);
export type SimilarTrait = z.infer<typeof similarTraitSchema>;
export type SimilarTraitKind = SimilarTrait['kind'];

/** A learning of the other community's collaborations, with the collaboration it comes from. */
export const similarLearningSchema = learningSchema.extend({ collaborationId: z.uuid(), state: collaborationStateSchema });
export type SimilarLearning = z.infer<typeof similarLearningSchema>;

export const similarCommunitySchema = z.object({
  community: communitySummarySchema,
  score: z.number(),
  traits: z.array(similarTraitSchema),
  /** The harmful projects the other community faces, in name order. */
  projects: z.array(projectRefSchema),
  learnings: z.array(similarLearningSchema),
  /** Every learning recorded in its live collaborations, shown or not. */
  learningCount: z.number().int().min(0),
});
export type SimilarCommunity = z.infer<typeof similarCommunitySchema>;

/**
 * The form in which financier and company names are compared: accents, case, punctuation and spacing do not count, so
 * "Banco Nacional de Desenvolvimento" matches "banco nacional de  desenvolvimento." and "World Bank (IFC)" "World Bank IFC".
 */
export function normalizeOrganizationName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
