// Reviews over a real vault: assignment to the working group, the declaration before anything opens, recusal enforced on
// every path (open, score, declaring again, the reviews of the application, the ranked table) and each refusal audited,
// the coordinator acting on a reviewer's behalf, blind calls hiding who applied, scores checked against the rubric.
import { beforeEach, describe, expect, it } from 'vitest';
import { failureOf } from '../../helpers/failure-of.js';
import { applicationSchema } from '../../../common/grants/application.schema.js';
import { rankedRowSchema, reviewSchema } from '../../../common/grants/review.schema.js';
import { HIDDEN_ID } from '../../../main/core/grants/reviewer-view.js';
import { callInput, grantsTestVault, type GrantsTestVault } from '../../helpers/grant-fixtures.js';

const CRITERIA = ['community-led', 'feasibility', 'budget'];
const scores = (...values: number[]) => ({ scores: CRITERIA.map((criterionId, i) => ({ criterionId, score: values[i] ?? 0 })) });

describe('reviews and recusal', () => {
  let vault: GrantsTestVault;
  let callId: string;
  let applicationId: string;
  const reviewOf = (vaultId: string, application = applicationId) => {
    const found = vault.reviews.forApplication(application).find((r) => r.reviewerVaultId === vaultId);
    if (!found) throw new Error('no such review');
    return found.id;
  };
  const bruno = () => vault.members[0]!;
  const carla = () => vault.members[1]!;
  const dina = () => vault.members[2]!;
  const setRole = (role: string) => vault.call('cre:team.updateMe', { displayName: vault.me.name, role, region: 'latin_america' });

  beforeEach(async () => {
    vault = await grantsTestVault();
    callId = vault.calls.create(callInput([vault.me, ...vault.members])).id;
    applicationId = vault.addApplication(callId, { title: 'Community radio', amount: 4500 });
    vault.reviews.assign(applicationId, [vault.me.vaultId, bruno().vaultId, carla().vaultId]);
  });

  it('assigns members of the working group once each, pending, and audits the assignment', () => {
    vault.reviews.assign(applicationId, [bruno().vaultId, dina().vaultId, dina().vaultId]);
    const reviews = vault.reviews.forApplication(applicationId);
    expect(reviews.map((r) => [r.reviewerName, r.declaration, r.kind])).toEqual([
      ['Ana Coordinator', 'pending', 'working_group'],
      ['Bruno Reviewer', 'pending', 'working_group'],
      ['Carla Reviewer', 'pending', 'working_group'],
      ['Dina Reviewer', 'pending', 'working_group'],
    ]);
    for (const review of reviews) reviewSchema.parse(review);
    expect(vault.auditOf('grant_reviewers_assigned')).toEqual([
      { applicationId, callId, count: 3 },
      { applicationId, callId, count: 1 },
    ]);
    const outsider = vault.calls.create(callInput([vault.me])).id;
    const elsewhere = vault.addApplication(outsider);
    expect(failureOf(() => vault.reviews.assign(elsewhere, [bruno().vaultId]))).toEqual({ code: 'invalid_input', details: { reason: 'not_in_working_group' } });
  });

  it('answers declaration_required to open and score before the reviewer declares', () => {
    const mine = reviewOf(vault.me.vaultId);
    expect(failureOf(() => vault.reviews.open(mine)).code).toBe('declaration_required');
    expect(failureOf(() => vault.reviews.score(mine, scores(3, 3, 3))).code).toBe('declaration_required');
    expect(vault.auditOf('grant_recused_refused')).toEqual([]);
  });

  it('hides the others’ scores from a reviewer who has not declared yet', () => {
    vault.reviews.declare(reviewOf(bruno().vaultId), { declaration: 'none' });
    vault.reviews.score(reviewOf(bruno().vaultId), scores(4, 4, 4));
    const seen = vault.reviews.forApplication(applicationId);
    expect(seen.find((r) => r.reviewerVaultId === bruno().vaultId)?.scores).toEqual([]);
    vault.reviews.declare(reviewOf(vault.me.vaultId), { declaration: 'none' });
    expect(vault.reviews.forApplication(applicationId).find((r) => r.reviewerVaultId === bruno().vaultId)?.scores).toHaveLength(3);
  });

  it('answers recused on every path of a reviewer who declared a conflict, and audits each attempt', () => {
    const [mine, brunos, carlas] = [vault.me, bruno(), carla()].map((who) => reviewOf(who.vaultId));
    vault.reviews.declare(mine!, { declaration: 'conflict', reason: 'My cousin leads the community association.' });
    for (const other of [brunos!, carlas!]) vault.reviews.declare(other, { declaration: 'none' });
    vault.reviews.score(brunos!, scores(5, 4, 4));
    vault.reviews.score(carlas!, scores(2, 4, 3));

    expect(failureOf(() => vault.reviews.open(mine!)).code).toBe('recused');
    expect(failureOf(() => vault.reviews.score(mine!, scores(5, 5, 5))).code).toBe('recused');
    expect(failureOf(() => vault.reviews.declare(mine!, { declaration: 'none' })).code).toBe('recused');
    expect(failureOf(() => vault.reviews.forApplication(applicationId)).code).toBe('recused');

    const [row] = vault.calls.ranked(callId);
    expect(rankedRowSchema.parse(row)).toMatchObject({
      applicationId,
      recused: true,
      mean: null,
      spread: null,
      criteria: [],
      disagreement: false,
      communityName: null,
      rank: null,
      assigned: 3,
      recusals: 1,
    });

    expect(vault.auditOf('grant_recused_refused')).toEqual(
      ['open', 'score', 'declare', 'view'].map((action) => ({ reviewId: action === 'view' ? null : mine, applicationId, action, onBehalf: false })),
    );
    const audit = JSON.stringify(vault.core.vault.auditTrail(200));
    expect(audit).not.toContain('cousin');
    // The refusals changed nothing: the declaration stands and the scores were not written.
    const [stored] = vault.reviews.mine();
    expect([stored?.declaration, stored?.scores, stored?.submittedAt]).toEqual(['conflict', [], null]);
  });

  it('shows the ranked figures to a reviewer who is not recused: the mean, the spread and the disagreement flag', async () => {
    for (const who of [vault.me, bruno(), carla()]) vault.reviews.declare(reviewOf(who.vaultId), { declaration: who === carla() ? 'conflict' : 'none', reason: 'Worked for them' });
    vault.reviews.score(reviewOf(vault.me.vaultId), scores(5, 3, 4));
    vault.reviews.score(reviewOf(bruno().vaultId), scores(3, 3, 3));
    const second = vault.addApplication(callId, { title: 'Water tanks', amount: 3000 });
    const [first, next] = vault.calls.ranked(callId);
    expect(first).toMatchObject({ applicationId, mean: 3.625, spread: 1.25, disagreement: true, submitted: 2, assigned: 3, recusals: 1, recused: false, rank: 1 });
    expect(first?.criteria.map((c) => [c.criterionId, c.mean, c.disagreement])).toEqual([
      ['community-led', 4, true],
      ['feasibility', 3, false],
      ['budget', 3.5, false],
    ]);
    expect(first?.communityName).toBe('Comunidade Ficticia do Rio Verde');
    expect(next).toMatchObject({ applicationId: second, mean: null, rank: null, submitted: 0 });
    // Carla's conflict recuses Carla, not this vault's reviewer.
    await setRole('facilitator');
    expect(vault.calls.ranked(callId)[0]?.recused).toBe(false);
  });

  it('lets the coordinator declare and score on a reviewer’s behalf, audited so, and enforces the reviewer’s recusal', () => {
    const brunos = reviewOf(bruno().vaultId);
    const carlas = reviewOf(carla().vaultId);
    vault.reviews.declare(brunos, { declaration: 'none' });
    vault.reviews.score(brunos, scores(4, 4, 2));
    vault.reviews.declare(carlas, { declaration: 'conflict', reason: 'Family ties' });
    expect(vault.auditOf('grant_conflict_declared')).toEqual([
      { reviewId: brunos, applicationId, declaration: 'none', onBehalf: true },
      { reviewId: carlas, applicationId, declaration: 'conflict', onBehalf: true },
    ]);
    expect(vault.auditOf('grant_review_scored')).toEqual([{ reviewId: brunos, applicationId, submitted: true, onBehalf: true }]);
    expect(failureOf(() => vault.reviews.open(carlas)).code).toBe('recused');
    expect(failureOf(() => vault.reviews.score(carlas, scores(1, 1, 1))).code).toBe('recused');
    expect(vault.auditOf('grant_recused_refused')).toEqual([
      { reviewId: carlas, applicationId, action: 'open', onBehalf: true },
      { reviewId: carlas, applicationId, action: 'score', onBehalf: true },
    ]);
    // The coordinator is not recused: it still sees the application's reviews, Carla's reason included.
    expect(vault.reviews.forApplication(applicationId).find((r) => r.id === carlas)?.conflictReason).toBe('Family ties');
  });

  it('refuses a reviewer acting on another reviewer’s assignment, and hides others’ conflict reasons from them', async () => {
    vault.reviews.declare(reviewOf(carla().vaultId), { declaration: 'conflict', reason: 'Family ties' });
    await setRole('facilitator');
    expect(failureOf(() => vault.reviews.declare(reviewOf(bruno().vaultId), { declaration: 'none' }))).toEqual({
      code: 'conflict',
      details: { reason: 'not_your_review' },
    });
    vault.reviews.declare(reviewOf(vault.me.vaultId), { declaration: 'none' });
    expect(vault.reviews.forApplication(applicationId).find((r) => r.reviewerVaultId === carla().vaultId)?.conflictReason).toBe('');
  });

  it('opens the application for a reviewer who declared no conflict, hiding who applied in a blind call', async () => {
    const blindCall = vault.calls.create(callInput([vault.me, bruno()], { blind: true })).id;
    const blindApplication = vault.addApplication(blindCall, { title: 'Seed bank' });
    vault.reviews.assign(blindApplication, [vault.me.vaultId]);
    const mine = reviewOf(vault.me.vaultId, blindApplication);
    vault.reviews.declare(mine, { declaration: 'none' });

    // The coordinator sees who applied, even in a blind call.
    expect(vault.reviews.open(mine).application.communityName).toBe('Comunidade Ficticia do Rio Verde');

    await setRole('facilitator');
    const opened = vault.reviews.open(mine);
    const application = applicationSchema.parse(opened.application);
    expect(application).toMatchObject({
      title: 'Seed bank',
      communityId: HIDDEN_ID,
      communityName: '',
      contacts: [],
      struggleId: null,
      requestId: null,
      collaborationId: null,
      intermediaryName: '',
      originalText: 'Queremos saber quem financia a barragem.',
    });
    expect(JSON.stringify(opened)).not.toContain('Rio Verde');
    expect(JSON.stringify(opened)).not.toContain('5555');
    expect(JSON.stringify(opened)).not.toContain(vault.communityId);
    expect(reviewSchema.parse(opened.review).id).toBe(mine);
    expect(vault.calls.ranked(blindCall)[0]?.communityName).toBeNull();

    const open = reviewOf(vault.me.vaultId);
    vault.reviews.declare(open, { declaration: 'none' });
    expect(vault.reviews.open(open).application.communityName).toBe('Comunidade Ficticia do Rio Verde');
  });

  it('takes scores on the rubric’s criteria only; a submitted review scores them all, a draft does not count', () => {
    const mine = reviewOf(vault.me.vaultId);
    vault.reviews.declare(mine, { declaration: 'none' });
    expect(failureOf(() => vault.reviews.score(mine, { scores: [{ criterionId: 'elsewhere', score: 3 }], submit: false }))).toEqual({
      code: 'invalid_input',
      details: { reason: 'unknown_criterion' },
    });
    expect(failureOf(() => vault.reviews.score(mine, { scores: [{ criterionId: 'budget', score: 3 }, { criterionId: 'budget', score: 4 }], submit: false })).details).toEqual({
      reason: 'duplicate_criterion',
    });
    expect(failureOf(() => vault.reviews.score(mine, { scores: [{ criterionId: 'budget', score: 3 }] })).details).toEqual({ reason: 'incomplete_scores' });
    expect(() => vault.reviews.score(mine, { scores: [{ criterionId: 'budget', score: 6 }], submit: false })).toThrow();
    expect(() => vault.reviews.score(mine, { scores: [{ criterionId: 'budget', score: 2.5 }], submit: false })).toThrow();

    vault.reviews.score(mine, { scores: [{ criterionId: 'budget', score: 3, comment: 'Tight but honest' }], submit: false });
    expect(vault.reviews.mine()[0]).toMatchObject({ submittedAt: null, scores: [{ criterionId: 'budget', score: 3, comment: 'Tight but honest' }] });
    expect(vault.calls.ranked(callId)[0]).toMatchObject({ mean: null, submitted: 0 });
    vault.reviews.score(mine, scores(4, 4, 4));
    expect(vault.calls.ranked(callId)[0]).toMatchObject({ mean: 4, submitted: 1, rank: 1 });
  });

  it('clears the scores of a reviewer who declares a conflict after scoring; they no longer count', () => {
    const mine = reviewOf(vault.me.vaultId);
    vault.reviews.declare(mine, { declaration: 'none' });
    vault.reviews.score(mine, scores(5, 5, 5));
    vault.reviews.declare(mine, { declaration: 'conflict', reason: 'Found out I advised them last year' });
    expect(vault.reviews.mine()[0]).toMatchObject({ declaration: 'conflict', scores: [], submittedAt: null });
    expect(vault.calls.ranked(callId)[0]).toMatchObject({ recused: true, submitted: 0 });
  });

  it('keeps a recusal through unassigning and assigning the reviewer again', () => {
    const brunos = reviewOf(bruno().vaultId);
    vault.reviews.declare(brunos, { declaration: 'conflict', reason: 'My cousin leads this community' });
    vault.reviews.unassign(brunos);
    vault.reviews.assign(applicationId, [bruno().vaultId]);
    expect(reviewOf(bruno().vaultId)).toBe(brunos);
    expect(failureOf(() => vault.reviews.open(brunos)).code).toBe('recused');
    expect(vault.reviews.forApplication(applicationId).find((r) => r.id === brunos)).toMatchObject({ declaration: 'conflict' });
  });

  it('unassigns with a tombstone, audited, and freezes reviews once the call is decided', () => {
    const brunos = reviewOf(bruno().vaultId);
    vault.reviews.declare(brunos, { declaration: 'none' });
    vault.reviews.score(brunos, scores(3, 3, 3));
    vault.reviews.unassign(brunos);
    expect(vault.reviews.forApplication(applicationId).map((r) => r.reviewerVaultId)).not.toContain(bruno().vaultId);
    expect(vault.auditOf('grant_reviewer_unassigned')).toEqual([{ reviewId: brunos, applicationId, hadScores: true }]);
    expect(failureOf(() => vault.reviews.open(brunos)).code).toBe('not_found');

    const mine = reviewOf(vault.me.vaultId);
    vault.reviews.declare(mine, { declaration: 'none' });
    for (const to of ['open', 'closed', 'in_review', 'decided'] as const) vault.calls.move(callId, to);
    expect(failureOf(() => vault.reviews.score(mine, scores(1, 1, 1)))).toEqual({ code: 'conflict', details: { reason: 'call_locked', state: 'decided' } });
    expect(failureOf(() => vault.reviews.assign(applicationId, [dina().vaultId])).details).toMatchObject({ reason: 'call_locked' });
    expect(vault.reviews.open(mine).review.id).toBe(mine);
  });

  it('lists this vault’s own reviews across calls', () => {
    const other = vault.calls.create(callInput([vault.me])).id;
    const second = vault.addApplication(other);
    vault.reviews.assign(second, [vault.me.vaultId]);
    expect(vault.reviews.mine().map((r) => r.applicationId)).toEqual([second, applicationId]);
  });
  it('reaches the page through the router: typed refusals, outputs that pass the contract', async () => {
    const mine = reviewOf(vault.me.vaultId);
    const brunos = reviewOf(bruno().vaultId);
    expect(await vault.failure('cre:grantReviews.open', { id: mine })).toBe('declaration_required');
    await vault.call('cre:grantReviews.declare', { id: mine, declaration: { declaration: 'none' } });
    const opened = await vault.call<{ application: { title: string; contacts: unknown[] } }>('cre:grantReviews.open', { id: mine });
    expect(opened.application.title).toBe('Community radio');
    await vault.call('cre:grantReviews.score', { id: mine, scores: scores(4, 3, 2) });
    await vault.call('cre:grantReviews.declare', { id: brunos, declaration: { declaration: 'conflict', reason: 'Former employer' } });
    const refused = await vault.errorOf('cre:grantReviews.open', { id: brunos });
    expect(refused.code).toBe('recused');
    expect(await vault.failure('cre:grantReviews.score', { id: mine, scores: { scores: [{ criterionId: 'budget', score: 9 }] } })).toBe('invalid_input');
    const rows = await vault.call<{ mean: number | null; recusals: number }[]>('cre:grantCalls.ranked', { id: callId });
    expect(rows[0]).toMatchObject({ mean: 3.25, recusals: 1 });
    expect(await vault.call<unknown[]>('cre:grantReviews.mine', {})).toHaveLength(1);
    expect(vault.auditOf('grant_recused_refused')).toHaveLength(1);
  });
});
