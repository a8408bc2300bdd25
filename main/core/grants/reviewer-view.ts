// What a reviewer is shown: reviews as records, and an application with its identity fields hidden in a blind call.
import type { Application } from '../../../common/grants/application.schema.js';
import type { Review } from '../../../common/grants/review.schema.js';
import type { StoredReview } from '../../../db/grant-records.js';

/** Stands for the community in a blind review: a valid id that names no record. */
export const HIDDEN_ID = '00000000-0000-0000-0000-000000000000';

export function toReviewView(stored: StoredReview): Review {
  const { seq: _seq, ...review } = stored;
  return review;
}

/** Another reviewer's conflict reason is theirs and the coordinator's to read. */
export function withoutOthersReasons(review: Review, viewerVaultId: string, isCoordinator: boolean): Review {
  return isCoordinator || review.reviewerVaultId === viewerVaultId ? review : { ...review, conflictReason: '' };
}

/** A review with its scores and advice left out: for a viewer who has not declared on the application yet. */
export function withoutScores(review: Review): Review {
  return { ...review, scores: [], advice: '' };
}

/** The application with who applied hidden: community, struggle, request, collaboration, contacts, intermediary. */
export function blindApplication(view: Application): Application {
  return {
    ...view,
    communityId: HIDDEN_ID,
    communityName: '',
    contacts: [],
    struggleId: null,
    requestId: null,
    collaborationId: null,
    intermediaryName: '',
  };
}
