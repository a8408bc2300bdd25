// Aggregation of working-group scores on hand-built fixtures: weighted scores, mean, spread, disagreement flags, which
// reviews count, and the ranking with its ties; plus properties: the mean stays on the scale and ignores review order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  aggregateApplication,
  countsInAggregate,
  rankByMean,
  weightedScore,
  type ScoredReview,
} from '../../../main/core/grants/review-aggregate.js';

const RUBRIC = [
  { id: 'community-led', weight: 2 },
  { id: 'feasibility', weight: 1 },
  { id: 'budget', weight: 1 },
];

function review(scores: [number, number, number], extra: Partial<ScoredReview> = {}): ScoredReview {
  return {
    kind: 'working_group',
    declaration: 'none',
    submittedAt: '2026-05-02T10:00:00.000Z',
    scores: RUBRIC.map((criterion, index) => ({ criterionId: criterion.id, score: scores[index] ?? 0 })),
    ...extra,
  };
}

describe('a reviewer’s weighted score', () => {
  it('is Σ weight·score / Σ weight over the rubric', () => {
    expect(weightedScore(RUBRIC, review([5, 3, 4]).scores)).toBe(4.25);
    expect(weightedScore(RUBRIC, review([3, 3, 3]).scores)).toBe(3);
    expect(weightedScore(RUBRIC, review([0, 0, 0]).scores)).toBe(0);
  });

  it('divides by the weights of the criteria scored only, and ignores criteria the rubric does not have', () => {
    expect(weightedScore(RUBRIC, [{ criterionId: 'community-led', score: 4 }, { criterionId: 'budget', score: 1 }])).toBe(3);
    expect(weightedScore(RUBRIC, [{ criterionId: 'elsewhere', score: 5 }, { criterionId: 'budget', score: 2 }])).toBe(2);
    expect(weightedScore(RUBRIC, [])).toBeNull();
  });
});

describe('an application’s figures', () => {
  it('gives the mean of the reviewers’ weighted scores, the spread and the per-criterion means', () => {
    const figures = aggregateApplication(RUBRIC, [review([5, 3, 4]), review([3, 3, 3])]);
    expect(figures.mean).toBe(3.625);
    expect(figures.spread).toBe(1.25);
    expect(figures.submitted).toBe(2);
    expect(figures.criteria).toEqual([
      { criterionId: 'community-led', mean: 4, disagreement: true },
      { criterionId: 'feasibility', mean: 3, disagreement: false },
      { criterionId: 'budget', mean: 3.5, disagreement: false },
    ]);
    expect(figures.disagreement).toBe(true);
  });

  it('flags a criterion when two reviewers differ by 2 or more, not by 1', () => {
    const close = aggregateApplication(RUBRIC, [review([4, 2, 3]), review([3, 3, 4]), review([4, 3, 3])]);
    expect(close.criteria.map((c) => c.disagreement)).toEqual([false, false, false]);
    expect(close.disagreement).toBe(false);
    const apart = aggregateApplication(RUBRIC, [review([4, 1, 3]), review([3, 3, 4]), review([4, 2, 3])]);
    expect(apart.criteria.map((c) => c.disagreement)).toEqual([false, true, false]);
    expect(apart.disagreement).toBe(true);
  });

  it('with one reviewer: their score, no spread, no disagreement', () => {
    const single = aggregateApplication(RUBRIC, [review([5, 0, 1])]);
    expect(single.mean).toBe(2.75);
    expect(single.spread).toBe(0);
    expect(single.disagreement).toBe(false);
  });

  it('counts only submitted working-group reviews of reviewers who declared no conflict', () => {
    const notCounted: ScoredReview[] = [
      review([0, 0, 0], { submittedAt: null }),
      review([0, 0, 0], { declaration: 'conflict' }),
      review([0, 0, 0], { declaration: 'pending' }),
      review([0, 0, 0], { kind: 'advisory' }),
    ];
    expect(notCounted.map(countsInAggregate)).toEqual([false, false, false, false]);
    const figures = aggregateApplication(RUBRIC, [...notCounted, review([4, 4, 4])]);
    expect(figures).toMatchObject({ mean: 4, spread: 0, submitted: 1, disagreement: false });
  });

  it('has no figures before a review counts', () => {
    const none = aggregateApplication(RUBRIC, [review([5, 5, 5], { submittedAt: null })]);
    expect(none).toEqual({
      mean: null,
      spread: null,
      submitted: 0,
      disagreement: false,
      criteria: RUBRIC.map((c) => ({ criterionId: c.id, mean: null, disagreement: false })),
    });
  });
});

describe('the ranking', () => {
  const item = (id: string, mean: number | null, amountRequested: number, title: string) => ({ id, mean, amountRequested, title });

  it('orders by mean, highest first; equal means share a rank and stand by amount then title; unscored last, unranked', () => {
    const ranked = rankByMean([
      item('a', 3.5, 4000, 'Water tanks'),
      item('b', null, 1000, 'Seed bank'),
      item('c', 4.25, 4500, 'Community radio'),
      item('d', 3.5, 2500, 'Legal workshop'),
      item('e', 3.5, 2500, 'Archive of maps'),
      item('f', 2, 100, 'Boat repair'),
      item('g', null, 500, 'Fishing nets'),
    ]);
    expect(ranked.map(({ item: i, rank }) => [i.id, rank])).toEqual([
      ['c', 1],
      ['e', 2],
      ['d', 2],
      ['a', 2],
      ['f', 5],
      ['g', null],
      ['b', null],
    ]);
  });

  it('treats means equal up to rounding as a tie', () => {
    const ranked = rankByMean([item('x', 0.1 + 0.2, 2000, 'X'), item('y', 0.3, 1000, 'Y')]);
    expect(ranked.map(({ item: i, rank }) => [i.id, rank])).toEqual([
      ['y', 1],
      ['x', 1],
    ]);
  });
});

describe('properties', () => {
  const rubricArb = fc.uniqueArray(fc.record({ id: fc.stringMatching(/^[a-z]{1,6}$/), weight: fc.integer({ min: 1, max: 20 }) }), {
    minLength: 1,
    maxLength: 6,
    selector: (c) => c.id,
  });
  const scenario = rubricArb.chain((rubric) =>
    fc.record({
      rubric: fc.constant(rubric),
      reviews: fc.array(
        fc.record({
          kind: fc.constantFrom('working_group' as const, 'advisory' as const),
          declaration: fc.constantFrom('none' as const, 'conflict' as const, 'pending' as const),
          submittedAt: fc.option(fc.constant('2026-05-02T10:00:00.000Z'), { nil: null }),
          scores: fc.tuple(...rubric.map((c) => fc.integer({ min: 0, max: 5 }).map((score) => ({ criterionId: c.id, score })))),
        }),
        { maxLength: 8 },
      ),
    }),
  );

  it('keeps the mean, the reviewers’ scores and the spread on the 0–5 scale', () => {
    fc.assert(
      fc.property(scenario, ({ rubric, reviews }) => {
        const figures = aggregateApplication(rubric, reviews);
        if (figures.mean === null) return figures.submitted === 0;
        return figures.mean >= 0 && figures.mean <= 5 && figures.spread !== null && figures.spread >= 0 && figures.spread <= 5;
      }),
    );
  });

  it('does not depend on the order of the reviews or of the scores inside them', () => {
    fc.assert(
      fc.property(scenario, fc.nat(), ({ rubric, reviews }, seed) => {
        const rotate = <T>(items: readonly T[]): T[] => (items.length === 0 ? [] : [...items.slice(seed % items.length), ...items.slice(0, seed % items.length)]);
        const shuffled = rotate(reviews).reverse().map((r) => ({ ...r, scores: [...r.scores].reverse() }));
        const a = aggregateApplication(rubric, reviews);
        const b = aggregateApplication(rubric, shuffled);
        expect(b.submitted).toBe(a.submitted);
        expect(b.disagreement).toBe(a.disagreement);
        expect(b.criteria.map((c) => c.disagreement)).toEqual(a.criteria.map((c) => c.disagreement));
        if (a.mean === null) expect(b.mean).toBeNull();
        else expect(b.mean).toBeCloseTo(a.mean, 9);
        if (a.spread === null) expect(b.spread).toBeNull();
        else expect(b.spread).toBeCloseTo(a.spread, 9);
      }),
    );
  });

  it('ranks the same whatever order the applications come in', () => {
    const items = fc.uniqueArray(
      fc.record({
        id: fc.uuid(),
        mean: fc.option(fc.integer({ min: 0, max: 20 }).map((n) => n / 4), { nil: null }),
        amountRequested: fc.integer({ min: 1, max: 5 }).map((n) => n * 1000),
        title: fc.constantFrom('A', 'B', 'C'),
      }),
      { maxLength: 12, selector: (i) => i.id },
    );
    fc.assert(
      fc.property(items, (list) => {
        const forward = rankByMean(list).map(({ item, rank }) => [item.id, rank]);
        const backward = rankByMean([...list].reverse()).map(({ item, rank }) => [item.id, rank]);
        expect(backward).toEqual(forward);
      }),
    );
  });
});
