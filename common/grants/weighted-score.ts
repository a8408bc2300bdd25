// A review's weighted score on its call's rubric, the one formula the core's aggregates and the screens share.
import type { Criterion } from './call.schema.js';
import type { CriterionScore } from './review.schema.js';

/** Σ weight·score / Σ weight over the rubric's criteria that were scored; null when none of them was. */
export function weightedScore(rubric: readonly Pick<Criterion, 'id' | 'weight'>[], scores: readonly Pick<CriterionScore, 'criterionId' | 'score'>[]): number | null {
  const byCriterion = new Map(scores.map((entry) => [entry.criterionId, entry.score]));
  let weighted = 0;
  let weights = 0;
  for (const criterion of rubric) {
    const score = byCriterion.get(criterion.id);
    if (score === undefined) continue;
    weighted += criterion.weight * score;
    weights += criterion.weight;
  }
  return weights === 0 ? null : weighted / weights;
}
