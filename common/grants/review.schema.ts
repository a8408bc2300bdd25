// Reviews: one per reviewer and application. The assignment, the conflict-of-interest declaration that must come before
// anything of the application is shown, the per-criterion scores and comments. `kind` and `advice` let the Advisory
// Committee's reviews live in the same records (its packets build on this schema, without a new one).
import { z } from 'zod';
import { syncMetadataSchema } from '../roster/collaborator.schema.js';
import { MAX_SCORE } from './call.schema.js';

export const REVIEW_KINDS = ['working_group', 'advisory'] as const;
export const reviewKindSchema = z.enum(REVIEW_KINDS);
export type ReviewKind = z.infer<typeof reviewKindSchema>;

/** pending: assigned, nothing declared yet; none: no conflict, the application opens; conflict: recused. */
export const DECLARATIONS = ['pending', 'none', 'conflict'] as const;
export const declarationSchema = z.enum(DECLARATIONS);
export type Declaration = z.infer<typeof declarationSchema>;

export const criterionScoreSchema = z.object({
  criterionId: z.string().min(1).max(40),
  score: z.number().int().min(0).max(MAX_SCORE),
  comment: z.string().trim().max(5000).default(''),
});
export type CriterionScore = z.output<typeof criterionScoreSchema>;

export const declarationInputSchema = z
  .object({
    declaration: z.enum(['none', 'conflict']),
    /** Required with a conflict: what ties the reviewer to the applicant. */
    reason: z.string().trim().max(2000).default(''),
  })
  .refine((d) => d.declaration === 'none' || d.reason.length > 0, { message: 'reason_required', path: ['reason'] });
export type DeclarationInput = z.input<typeof declarationInputSchema>;

export const scoresInputSchema = z.object({
  scores: z.array(criterionScoreSchema).max(12),
  /** The advisory committee's advice; empty for working-group reviews. */
  advice: z.string().trim().max(10_000).default(''),
  /** Submitted scores count in the ranked table; a draft does not. */
  submit: z.boolean().default(true),
});
export type ScoresInput = z.input<typeof scoresInputSchema>;

export const reviewSchema = z
  .object({
    applicationId: z.uuid(),
    kind: reviewKindSchema,
    reviewerVaultId: z.string(),
    reviewerName: z.string(),
    declaration: declarationSchema,
    conflictReason: z.string(),
    declaredAt: z.string().nullable(),
    scores: z.array(criterionScoreSchema),
    advice: z.string(),
    submittedAt: z.string().nullable(),
  })
  .extend(syncMetadataSchema.shape);
export type Review = z.infer<typeof reviewSchema>;

/** One application's row in the ranked table of its call. */
export const rankedRowSchema = z.object({
  applicationId: z.uuid(),
  title: z.string(),
  /** Null in a blind call, and for a viewer recused from the application. */
  communityName: z.string().nullable(),
  region: z.string(),
  state: z.string(),
  amountRequested: z.number(),
  /** The weighted mean of the submitted reviews on the 0–5 scale; null before any was submitted, or for a recused viewer. */
  mean: z.number().nullable(),
  /** Highest minus lowest reviewer's weighted score. */
  spread: z.number().nullable(),
  /** Per criterion: the mean, and whether two reviewers differ by 2 points or more on it. */
  criteria: z.array(z.object({ criterionId: z.string(), mean: z.number().nullable(), disagreement: z.boolean() })),
  disagreement: z.boolean(),
  submitted: z.number().int(),
  assigned: z.number().int(),
  recusals: z.number().int(),
  /** True when the viewing reviewer is recused from this application: nothing of its scores is shown. */
  recused: z.boolean(),
  rank: z.number().int().nullable(),
  /** The weighted mean of the submitted advisory reviews (committee members' returns), apart from `mean`; null before any. */
  advisoryMean: z.number().nullable(),
  /** How many advisory reviews were submitted. */
  advisorySubmitted: z.number().int(),
});
export type RankedRow = z.infer<typeof rankedRowSchema>;
