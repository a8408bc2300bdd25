// The application's reviews split by who gave them: the working group's and the Advisory Committee's (returned in review
// packets), and a committee member's weighted score on the call's rubric.
import type { Review } from '../../../common/grants/review.schema.js';
import { weightedScore } from '../../../common/grants/weighted-score.js';

export function splitReviews<R extends Pick<Review, 'kind'>>(reviews: readonly R[]): { workingGroup: R[]; advisory: R[] } {
  return { workingGroup: reviews.filter((review) => review.kind !== 'advisory'), advisory: reviews.filter((review) => review.kind === 'advisory') };
}

/** A committee member's weighted score: the same formula as the ranked table's. */
export { weightedScore as weightedScoreOf };
