// The order of a reviewer's work: reviews grouped by call, and inside each call what waits on the reviewer first —
// a declaration to make, then scores to give or finish, then what is submitted, then the recusals.
import type { Review } from '../../../../common/grants/review.schema.js';

/** What the list knows of a review's application: enough to name it, nothing of its content. */
export interface ReviewedApplication {
  title: string;
  callId: string;
  callTitle: string;
}

export type ReviewStage = 'declare' | 'score' | 'submitted' | 'recused';

export function reviewStage(review: Pick<Review, 'declaration' | 'submittedAt'>): ReviewStage {
  if (review.declaration === 'pending') return 'declare';
  if (review.declaration === 'conflict') return 'recused';
  return review.submittedAt === null ? 'score' : 'submitted';
}

const STAGE_ORDER: Readonly<Record<ReviewStage, number>> = { declare: 0, score: 1, submitted: 2, recused: 3 };

export interface ReviewEntry {
  review: Review;
  /** The application's title, or null when it could not be read. */
  title: string | null;
  stage: ReviewStage;
}

export interface ReviewGroup {
  /** Null for reviews whose application could not be read. */
  callId: string | null;
  callTitle: string | null;
  entries: ReviewEntry[];
}

/**
 * The reviews by call: a call with a declaration waiting comes first, then by title; inside a call, by stage, then
 * by application title.
 */
export function groupReviews(reviews: readonly Review[], applications: ReadonlyMap<string, ReviewedApplication>): ReviewGroup[] {
  const groups = new Map<string, ReviewGroup>();
  for (const review of reviews) {
    const application = applications.get(review.applicationId);
    const key = application?.callId ?? '';
    const group = groups.get(key) ?? { callId: application?.callId ?? null, callTitle: application?.callTitle ?? null, entries: [] };
    group.entries.push({ review, title: application?.title ?? null, stage: reviewStage(review) });
    groups.set(key, group);
  }
  const byTitle = (a: string | null, b: string | null) => (a ?? '').localeCompare(b ?? '');
  for (const group of groups.values()) {
    group.entries.sort((a, b) => STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || byTitle(a.title, b.title));
  }
  const firstStage = (group: ReviewGroup) => STAGE_ORDER[group.entries[0]?.stage ?? 'recused'];
  return [...groups.values()].sort((a, b) => firstStage(a) - firstStage(b) || byTitle(a.callTitle, b.callTitle));
}
