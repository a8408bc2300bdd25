// The scoring form's values: per criterion of the rubric a score (or none yet) and a comment; a draft keeps what is
// scored so far, a submission needs every criterion scored.
import type { Criterion } from '../../../../common/grants/call.schema.js';
import type { CriterionScore, ScoresInput } from '../../../../common/grants/review.schema.js';

export interface CriterionScoreValue {
  score: number | null;
  comment: string;
}

export type ScoringValues = Record<string, CriterionScoreValue>;

/** The form's values from what the review holds: its saved scores, none for a criterion not scored yet. */
export function initialScoring(rubric: readonly Pick<Criterion, 'id'>[], saved: readonly CriterionScore[]): ScoringValues {
  return Object.fromEntries(
    rubric.map((criterion) => {
      const found = saved.find((entry) => entry.criterionId === criterion.id);
      return [criterion.id, { score: found?.score ?? null, comment: found?.comment ?? '' }];
    }),
  );
}

/** The criteria still without a score, in the rubric's order. */
export function unscored(rubric: readonly Pick<Criterion, 'id'>[], values: ScoringValues): string[] {
  return rubric.filter((criterion) => (values[criterion.id]?.score ?? null) === null).map((criterion) => criterion.id);
}

/**
 * What `score` receives: the criteria scored so far, in the rubric's order. A draft may leave criteria out (a comment
 * alone is kept only with a score); a submission is refused by the caller while `unscored` is not empty.
 */
export function toScoresInput(rubric: readonly Pick<Criterion, 'id'>[], values: ScoringValues, submit: boolean): ScoresInput {
  const scores = rubric.flatMap((criterion) => {
    const value = values[criterion.id];
    if (!value || value.score === null) return [];
    return [{ criterionId: criterion.id, score: value.score, comment: value.comment.trim() }];
  });
  return { scores, advice: '', submit };
}

/** The weighted mean of the scores given, on the 0–5 scale, or null before any; what the reviewer's own scores add up to. */
export function weightedMean(rubric: readonly Pick<Criterion, 'id' | 'weight'>[], values: ScoringValues): number | null {
  let sum = 0;
  let weights = 0;
  for (const criterion of rubric) {
    const score = values[criterion.id]?.score ?? null;
    if (score === null) continue;
    sum += score * criterion.weight;
    weights += criterion.weight;
  }
  return weights === 0 ? null : sum / weights;
}
