// Pure aggregation of working-group scores: each reviewer's weighted score, per application the mean, the spread and
// the per-criterion disagreement flags, and the ranking of a call's applications. No database, no clock.
import type { Criterion } from '../../../common/grants/call.schema.js';
import type { CriterionScore, Declaration, ReviewKind } from '../../../common/grants/review.schema.js';
import { weightedScore } from '../../../common/grants/weighted-score.js';

/** Two reviewers whose scores on one criterion are this far apart (or more) disagree on it. */
export const DISAGREEMENT_GAP = 2;

export interface ScoredReview {
  kind: ReviewKind;
  declaration: Declaration;
  submittedAt: string | null;
  scores: readonly Pick<CriterionScore, 'criterionId' | 'score'>[];
}

export type RubricWeights = readonly Pick<Criterion, 'id' | 'weight'>[];

/** Only a submitted working-group review by a reviewer who declared no conflict counts in the table. */
export function countsInAggregate(review: ScoredReview): boolean {
  return review.submittedAt !== null && review.declaration === 'none' && review.kind === 'working_group';
}

export { weightedScore };

export interface CriterionAggregate {
  criterionId: string;
  mean: number | null;
  disagreement: boolean;
}

export interface ApplicationAggregate {
  /** The mean of the counted reviewers' weighted scores; null when none counts. */
  mean: number | null;
  /** Highest minus lowest counted reviewer's weighted score; null when none counts. */
  spread: number | null;
  criteria: CriterionAggregate[];
  /** Some criterion is flagged. */
  disagreement: boolean;
  /** How many reviews counted. */
  submitted: number;
}

/** One application's figures from its reviews (those that do not count are skipped), criteria in rubric order. */
export function aggregateApplication(rubric: RubricWeights, reviews: readonly ScoredReview[]): ApplicationAggregate {
  return aggregateCounted(
    rubric,
    reviews.filter(countsInAggregate).map((review) => review.scores),
  );
}

/** Each rubric's criterion positions, worked out once per rubric (a call's table aggregates thousands of applications). */
const positions = new WeakMap<RubricWeights, Map<string, number>>();

function positionsOf(rubric: RubricWeights): Map<string, number> {
  let found = positions.get(rubric);
  if (!found) positions.set(rubric, (found = new Map(rubric.map((criterion, index) => [criterion.id, index]))));
  return found;
}

/** Figures gathered one counted review at a time, so a table over thousands of reviews keeps no review once added. */
export interface Aggregator {
  /** Adds one counted review's scores. A criterion the rubric lacks is ignored; one scored twice counts once (the first). */
  add(scores: ScoredReview['scores']): void;
  result(): ApplicationAggregate;
}

export function createAggregator(rubric: RubricWeights): Aggregator {
  const at = positionsOf(rubric);
  const size = rubric.length;
  const sums = new Float64Array(size);
  const counts = new Int32Array(size);
  const lows = new Float64Array(size).fill(Infinity);
  const highs = new Float64Array(size).fill(-Infinity);
  let submitted = 0;
  let meanSum = 0;
  let scored = 0;
  let lowest = Infinity;
  let highest = -Infinity;
  return {
    add(scores) {
      submitted += 1;
      let seen = 0;
      let weighted = 0;
      let weights = 0;
      for (const { criterionId, score } of scores) {
        const index = at.get(criterionId);
        if (index === undefined || (seen & (1 << index)) !== 0) continue;
        seen |= 1 << index;
        const weight = rubric[index]!.weight;
        weighted += weight * score;
        weights += weight;
        sums[index]! += score;
        counts[index]! += 1;
        if (score < lows[index]!) lows[index] = score;
        if (score > highs[index]!) highs[index] = score;
      }
      if (weights === 0) return;
      const reviewerScore = weighted / weights;
      meanSum += reviewerScore;
      scored += 1;
      if (reviewerScore < lowest) lowest = reviewerScore;
      if (reviewerScore > highest) highest = reviewerScore;
    },
    result() {
      const criteria = rubric.map((criterion, index): CriterionAggregate => {
        const count = counts[index]!;
        if (count === 0) return { criterionId: criterion.id, mean: null, disagreement: false };
        return { criterionId: criterion.id, mean: sums[index]! / count, disagreement: highs[index]! - lows[index]! >= DISAGREEMENT_GAP };
      });
      return {
        mean: scored === 0 ? null : meanSum / scored,
        spread: scored === 0 ? null : highest - lowest,
        criteria,
        disagreement: criteria.some((c) => c.disagreement),
        submitted,
      };
    },
  };
}

/** The figures from the scores of reviews already known to count (one list of scores per review). */
export function aggregateCounted(rubric: RubricWeights, counted: readonly ScoredReview['scores'][]): ApplicationAggregate {
  const aggregator = createAggregator(rubric);
  for (const scores of counted) aggregator.add(scores);
  return aggregator.result();
}

export interface Rankable {
  id: string;
  mean: number | null;
  amountRequested: number;
  title: string;
}

/** Means closer than this are the same score (floating-point sums of the same scores in another order). */
const SAME_MEAN = 1e-9;

function compareRankable(a: Rankable, b: Rankable): number {
  if (a.mean === null || b.mean === null) {
    if (a.mean !== b.mean) return a.mean === null ? 1 : -1;
  } else if (Math.abs(a.mean - b.mean) > SAME_MEAN) {
    return b.mean - a.mean;
  }
  if (a.amountRequested !== b.amountRequested) return a.amountRequested - b.amountRequested;
  if (a.title !== b.title) return a.title < b.title ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The items in table order with their rank: highest mean first; equal means share a rank (1, 2, 2, 4) and stand in
 * order of amount requested (smallest first), then title. Items without a mean come last, unranked (null).
 */
export function rankByMean<T extends Rankable>(items: readonly T[]): { item: T; rank: number | null }[] {
  const sorted = [...items].sort(compareRankable);
  const ranked: { item: T; rank: number | null }[] = [];
  sorted.forEach((item, index) => {
    const previous = ranked[index - 1];
    if (item.mean === null) ranked.push({ item, rank: null });
    else if (previous && previous.item.mean !== null && Math.abs(previous.item.mean - item.mean) <= SAME_MEAN) ranked.push({ item, rank: previous.rank });
    else ranked.push({ item, rank: index + 1 });
  });
  return ranked;
}
