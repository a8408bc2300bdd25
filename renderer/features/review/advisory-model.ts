// The application's reviews split by who gave them: the working group's and the Advisory Committee's (returned in review
// packets), and a committee member's weighted score on the call's rubric.
import type { Criterion } from '../../../common/grants/call.schema.js';
import type { CriterionScore, Review } from '../../../common/grants/review.schema.js';

export function splitReviews<R extends Pick<Review, 'kind'>>(reviews: readonly R[]): { workingGroup: R[]; advisory: R[] } {
  return { workingGroup: reviews.filter((review) => review.kind !== 'advisory'), advisory: reviews.filter((review) => review.kind === 'advisory') };
}

/** Σ weight·score / Σ weight over the rubric's criteria that were scored; null when none was. */
export function weightedScoreOf(rubric: readonly Pick<Criterion, 'id' | 'weight'>[], scores: readonly Pick<CriterionScore, 'criterionId' | 'score'>[]): number | null {
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
