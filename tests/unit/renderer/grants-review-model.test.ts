// A reviewer's work in order (by call, declarations first, recusals last) and the scoring form's model: saved scores
// back into the form, a draft keeping what is scored, a submission needing every criterion, the weighted mean.
import { describe, expect, it } from 'vitest';
import type { Review } from '../../../common/grants/review.schema.js';
import { groupReviews, reviewStage, type ReviewedApplication } from '../../../renderer/features/grants/reviews/review-groups.js';
import { initialScoring, toScoresInput, unscored, weightedMean } from '../../../renderer/features/grants/reviews/scoring-model.js';

function review(id: string, applicationId: string, declaration: Review['declaration'], submittedAt: string | null = null): Review {
  return {
    id,
    applicationId,
    kind: 'working_group',
    reviewerVaultId: 'me',
    reviewerName: 'Ana',
    declaration,
    conflictReason: '',
    declaredAt: null,
    scores: [],
    advice: '',
    submittedAt,
    createdAt: '',
    updatedAt: '',
    hlc: '',
    changedBy: '',
    deletedAt: null,
  };
}

const RUBRIC = [
  { id: 'need', weight: 1 },
  { id: 'feasibility', weight: 2 },
];

describe('a reviewer’s reviews in order', () => {
  it('names each stage from the declaration and the submission', () => {
    expect(reviewStage({ declaration: 'pending', submittedAt: null })).toBe('declare');
    expect(reviewStage({ declaration: 'none', submittedAt: null })).toBe('score');
    expect(reviewStage({ declaration: 'none', submittedAt: '2027-01-01' })).toBe('submitted');
    expect(reviewStage({ declaration: 'conflict', submittedAt: null })).toBe('recused');
  });

  it('groups by call, a call with a declaration waiting first, and inside a call by stage then title', () => {
    const applications = new Map<string, ReviewedApplication>([
      ['a1', { title: 'Radio', callId: 'c1', callTitle: 'Archive fund' }],
      ['a2', { title: 'Boats', callId: 'c1', callTitle: 'Archive fund' }],
      ['a3', { title: 'Seeds', callId: 'c2', callTitle: 'Seed fund' }],
      ['a4', { title: 'Wells', callId: 'c2', callTitle: 'Seed fund' }],
    ]);
    const groups = groupReviews(
      [review('r1', 'a1', 'none', '2027-01-01'), review('r2', 'a2', 'conflict'), review('r3', 'a3', 'none'), review('r4', 'a4', 'pending'), review('r5', 'gone', 'pending')],
      applications,
    );
    expect(groups.map((group) => group.callTitle)).toEqual([null, 'Seed fund', 'Archive fund']);
    expect(groups[1]?.entries.map((entry) => [entry.title, entry.stage])).toEqual([
      ['Wells', 'declare'],
      ['Seeds', 'score'],
    ]);
    expect(groups[2]?.entries.map((entry) => entry.stage)).toEqual(['submitted', 'recused']);
    expect(groups[0]?.entries[0]?.title).toBeNull();
  });
});

describe('the scoring form', () => {
  it('starts from the saved scores, none for a criterion not scored yet', () => {
    const values = initialScoring(RUBRIC, [{ criterionId: 'need', score: 4, comment: 'Clear' }]);
    expect(values).toEqual({ need: { score: 4, comment: 'Clear' }, feasibility: { score: null, comment: '' } });
    expect(unscored(RUBRIC, values)).toEqual(['feasibility']);
  });

  it('sends the criteria scored so far, in the rubric’s order, with trimmed comments', () => {
    const values = { feasibility: { score: 0, comment: ' thin plan ' }, need: { score: null, comment: 'not yet' } };
    expect(toScoresInput(RUBRIC, values, false)).toEqual({ scores: [{ criterionId: 'feasibility', score: 0, comment: 'thin plan' }], advice: '', submit: false });
  });

  it('works out the weighted mean of the scores given', () => {
    expect(weightedMean(RUBRIC, { need: { score: 5, comment: '' }, feasibility: { score: 4, comment: '' } })).toBeCloseTo(13 / 3);
    expect(weightedMean(RUBRIC, { need: { score: 2, comment: '' }, feasibility: { score: null, comment: '' } })).toBe(2);
    expect(weightedMean(RUBRIC, {})).toBeNull();
  });
});
