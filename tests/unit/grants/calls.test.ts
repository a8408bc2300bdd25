// Grant calls over a real vault: every lifecycle step dated and audited, every illegal step refused with a typed error,
// validation of the call (dates, ceiling, targets, working group), edits locked once closed, delete / restore, lists.
import { readFileSync } from 'node:fs';
import { failureOf } from '../../helpers/failure-of.js';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CALL_STATES, CALL_STEPS, callSchema, canMoveCall, type CallState } from '../../../common/grants/call.schema.js';
import { rankedRowSchema } from '../../../common/grants/review.schema.js';
import { setApplicationDeleted } from '../../../db/grant-applications.repo.js';
import { insertReview, listReviewsOfCall } from '../../../db/grant-reviews.repo.js';
import { aggregateApplication } from '../../../main/core/grants/review-aggregate.js';
import { callInput, grantsTestVault, type GrantsTestVault } from '../../helpers/grant-fixtures.js';
import { makeTempDir } from '../../helpers/temp-vault.js';

/** The failure `work` throws, as the router would answer it. */
/** The way from draft to each state, along the lifecycle. */
const ROUTE: Record<CallState, CallState[]> = {
  draft: [],
  open: ['open'],
  closed: ['open', 'closed'],
  in_review: ['open', 'closed', 'in_review'],
  decided: ['open', 'closed', 'in_review', 'decided'],
  archived: ['archived'],
};

describe('the call lifecycle as data', () => {
  it('allows exactly draft → open → closed → in review → decided → archived, and archiving a draft', () => {
    const allowed = CALL_STATES.flatMap((from) => CALL_STATES.filter((to) => canMoveCall(from, to)).map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(['draft→open', 'draft→archived', 'open→closed', 'closed→in_review', 'in_review→decided', 'decided→archived'].sort());
    expect(CALL_STEPS.archived).toEqual([]);
  });
});

describe('grant calls', () => {
  let vault: GrantsTestVault;
  beforeAll(async () => {
    vault = await grantsTestVault();
  });

  const group = () => [vault.me, ...vault.members.slice(0, 2)];

  it('starts as a dated draft, with its deadline as an instant in the call’s time zone, and is audited', () => {
    const { id } = vault.calls.create(callInput(group()));
    const call = callSchema.parse(vault.calls.get(id));
    expect(call.state).toBe('draft');
    expect(call.history.map((h) => h.state)).toEqual(['draft']);
    expect(call.closesAtInstant).toBe('2026-04-30T22:00:00.000Z');
    expect(call.opensAtInstant).toBe('2026-03-01T14:00:00.000Z');
    expect(call.workingGroup.map((m) => m.name)).toEqual(['Ana Coordinator', 'Bruno Reviewer', 'Carla Reviewer']);
    expect(call.rubric.map((c) => c.weight)).toEqual([2, 1, 1]);
    expect(call.blind).toBe(false);
    expect(vault.auditOf('grant_call_created').at(-1)).toEqual({ callId: id, kind: 'open' });
  });

  it('dates and audits every step through to archived', () => {
    const { id } = vault.calls.create(callInput(group()));
    const path: CallState[] = ['open', 'closed', 'in_review', 'decided', 'archived'];
    for (const to of path) {
      vault.platform.advance(86_400_000);
      vault.calls.move(id, to);
    }
    const call = vault.calls.get(id);
    expect(call.state).toBe('archived');
    expect(call.history.map((h) => h.state)).toEqual(['draft', ...path]);
    const times = call.history.map((h) => Date.parse(h.at));
    expect([...times].sort((a, b) => a - b)).toEqual(times);
    expect(new Set(times).size).toBe(times.length);
    const moves = vault.auditOf('grant_call_moved').filter((d) => d['callId'] === id);
    expect(moves.map((d) => `${String(d['from'])}→${String(d['to'])}`)).toEqual([
      'draft→open',
      'open→closed',
      'closed→in_review',
      'in_review→decided',
      'decided→archived',
    ]);
  });

  it('archives a draft that never opened', () => {
    const { id } = vault.calls.create(callInput(group()));
    vault.calls.move(id, 'archived');
    expect(vault.calls.get(id).state).toBe('archived');
  });

  it.each(CALL_STATES)('refuses every step the lifecycle does not allow from %s, and changes nothing', (from) => {
    const { id } = vault.calls.create(callInput(group()));
    for (const step of ROUTE[from]) vault.calls.move(id, step);
    const before = vault.calls.get(id);
    const illegal = CALL_STATES.filter((to) => !canMoveCall(from, to));
    expect(illegal.length).toBeGreaterThan(0);
    for (const to of illegal) {
      expect(failureOf(() => vault.calls.move(id, to))).toEqual({ code: 'illegal_transition', details: { from, to } });
    }
    expect(vault.calls.get(id)).toEqual(before);
  });

  it('refuses calls whose rules do not hold together', () => {
    const members = group();
    const refusals = (overrides: Parameters<typeof callInput>[1]) => {
      try {
        vault.calls.create(callInput(members, overrides));
      } catch (error) {
        return (error as { issues?: { message: string }[] }).issues?.map((i) => i.message) ?? [];
      }
      return [];
    };
    expect(refusals({ closesAt: '2026-02-01T09:00' })).toContain('closes_before_opens');
    expect(refusals({ ceiling: 50_000, envelope: 40_000 })).toContain('ceiling_over_envelope');
    expect(refusals({ kind: 'targeted', targets: [] })).toContain('targets_required');
    expect(refusals({ quorum: 4 })).toContain('quorum_over_group');
    expect(refusals({ timeZone: 'Mars/Olympus_Mons' })).toContain('time_zone');
    expect(refusals({ rubric: [] }).length).toBeGreaterThan(0);
    expect(refusals({ currency: 'usd' })).toContain('currency');
    expect(refusals({ ceiling: 100.005 })).toContain('cents');
  });

  it('takes the default ceiling and currency: US$5,000', () => {
    const input = callInput(group());
    delete input.ceiling;
    delete input.currency;
    const call = vault.calls.get(vault.calls.create(input).id);
    expect([call.ceiling, call.currency]).toEqual([5000, 'USD']);
  });

  it('targets only communities and support requests this vault holds', async () => {
    const unknown = failureOf(() =>
      vault.calls.create(callInput(group(), { kind: 'targeted', targets: [{ kind: 'community', id: '0197a000-0000-7000-8000-000000000001' }] })),
    );
    expect(unknown).toEqual({ code: 'invalid_input', details: { reason: 'unknown_target' } });
    const request = await vault.call<{ id: string }>('cre:requests.create', {
      request: { communityId: vault.communityId, strategyAreas: ['financial_research'], level: 'international', languages: ['pt'], urgency: 'high', description: 'Who finances the dam?' },
    });
    const targets = [{ kind: 'community' as const, id: vault.communityId }, { kind: 'request' as const, id: request.id }];
    const { id } = vault.calls.create(callInput(group(), { kind: 'targeted', targets }));
    expect(vault.calls.get(id).targets).toEqual(targets);
    const wrongKind = failureOf(() => vault.calls.create(callInput(group(), { kind: 'targeted', targets: [{ kind: 'request', id: vault.communityId }] })));
    expect(wrongKind.details).toEqual({ reason: 'unknown_target' });
  });

  it('composes the working group of this vault’s reviewer and team members only', () => {
    const stranger = { vaultId: 'a7f1c2d4-0000-4000-8000-00000000beef', name: 'Someone unknown' };
    expect(failureOf(() => vault.calls.create(callInput([vault.me, stranger])))).toEqual({ code: 'invalid_input', details: { reason: 'unknown_member' } });
    expect(() => vault.calls.create(callInput(vault.members))).not.toThrow();
  });

  it('may be edited while draft or open, and no longer once closed', () => {
    const { id } = vault.calls.create(callInput(group()));
    vault.calls.update(id, callInput(group(), { envelope: 30_000 }));
    vault.calls.move(id, 'open');
    vault.calls.update(id, callInput(group(), { envelope: 30_000, closesAt: '2026-05-15T17:00' }));
    const open = vault.calls.get(id);
    expect([open.envelope, open.closesAt, open.state, open.history.length]).toEqual([30_000, '2026-05-15T17:00', 'open', 2]);
    expect(vault.auditOf('grant_call_updated').filter((d) => d['callId'] === id)).toHaveLength(2);
    vault.calls.move(id, 'closed');
    expect(failureOf(() => vault.calls.update(id, callInput(group(), { ceiling: 4000 })))).toEqual({
      code: 'conflict',
      details: { reason: 'call_locked', state: 'closed' },
    });
    expect(vault.calls.get(id).ceiling).toBe(5000);
  });

  it('deletes to the deleted list and restores, audited once each; a deleted call does not move or change', () => {
    const { id } = vault.calls.create(callInput(group()));
    vault.calls.delete(id);
    vault.calls.delete(id);
    const live = vault.calls.list({ states: [], region: null, deleted: false, limit: 500, offset: 0 }).map((c) => c.id);
    const deleted = vault.calls.list({ states: [], region: null, deleted: true, limit: 500, offset: 0 });
    expect(live).not.toContain(id);
    expect(deleted.map((c) => c.id)).toContain(id);
    expect(deleted.find((c) => c.id === id)?.deletedAt).not.toBeNull();
    expect(failureOf(() => vault.calls.move(id, 'open')).code).toBe('conflict');
    expect(failureOf(() => vault.calls.update(id, callInput(group()))).code).toBe('conflict');
    vault.calls.restore(id);
    expect(vault.calls.get(id).deletedAt).toBeNull();
    expect(vault.auditOf('grant_call_deleted').filter((d) => d['callId'] === id)).toHaveLength(1);
    expect(vault.auditOf('grant_call_restored').filter((d) => d['callId'] === id)).toHaveLength(1);
    expect(failureOf(() => vault.calls.get('0197a000-0000-7000-8000-0000000000ff')).code).toBe('not_found');
  });

  it('lists newest first, by state and by region, in pages', () => {
    const africa = vault.calls.create(callInput(vault.members, { regions: ['africa', 'asia'] })).id;
    const asia = vault.calls.create(callInput(vault.members, { regions: ['asia'] })).id;
    vault.calls.move(asia, 'open');
    const all = vault.calls.list({ states: [], region: null, deleted: false, limit: 500, offset: 0 });
    expect(all.slice(0, 2).map((c) => c.id)).toEqual([asia, africa]);
    expect(vault.calls.list({ states: [], region: 'asia', deleted: false, limit: 10, offset: 0 }).map((c) => c.id)).toEqual([asia, africa]);
    expect(vault.calls.list({ states: [], region: 'africa', deleted: false, limit: 10, offset: 0 }).map((c) => c.id)).toEqual([africa]);
    expect(vault.calls.list({ states: ['open'], region: 'asia', deleted: false, limit: 10, offset: 0 }).map((c) => c.id)).toEqual([asia]);
    expect(vault.calls.list({ states: [], region: null, deleted: false, limit: 1, offset: 1 }).map((c) => c.id)).toEqual([africa]);
    for (const call of all) callSchema.parse(call);
  });
});

describe('the call’s CSV', () => {
  it('writes one row per application with its figures and decision, asks where first, and is audited', async () => {
    const vault = await grantsTestVault();
    const [bruno, carla] = vault.members;
    const { id } = vault.calls.create(callInput([vault.me, bruno!, carla!]));
    const radio = vault.addApplication(id, { title: 'Community radio', amount: 4500 });
    const nets = vault.addApplication(id, { title: '=Fishing nets', amount: 1200, state: 'approved' });
    vault.reviews.assign(radio, [vault.me.vaultId, bruno!.vaultId]);
    for (const review of vault.reviews.forApplication(radio)) {
      vault.reviews.declare(review.id, { declaration: 'none' });
      const score = review.reviewerVaultId === vault.me.vaultId ? 5 : 2;
      vault.reviews.score(review.id, { scores: ['community-led', 'feasibility', 'budget'].map((criterionId) => ({ criterionId, score })) });
    }
    expect(await vault.calls.exportCsv(id)).toEqual({ saved: false });
    expect(vault.auditOf('grant_call_exported')).toHaveLength(0);

    const file = join(makeTempDir(), 'call.csv');
    vault.platform.setNextSaveFile(file);
    expect(await vault.calls.exportCsv(id)).toEqual({ saved: true });
    const text = readFileSync(file, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'Application id,Title,Community,Region,State,Amount requested,Currency,Weighted mean (0–5),Spread,Reviewers disagree,Submitted reviews,Recusals,Advisory mean (0–5),Decision,Approved amount,Rationale',
    );
    expect(lines[1]).toBe(`${radio},Community radio,Comunidade Ficticia do Rio Verde,Latin America,In review,4500.00,USD,3.50,3.00,yes,2,0,,,,`);
    expect(lines[2]).toBe(`${nets},'=Fishing nets,Comunidade Ficticia do Rio Verde,Latin America,Approved,1200.00,USD,,,no,0,0,,Approved,,`);
    expect(vault.auditOf('grant_call_exported')).toEqual([{ callId: id, rows: 2 }]);
  });
});

describe('the ranked table', () => {
  it('counts exactly the reviews the aggregation rules count, over every kind of review, and skips deleted applications', async () => {
    const vault = await grantsTestVault();
    const group = [vault.me, ...vault.members];
    const { id } = vault.calls.create(callInput(group));
    const applications = [1, 2, 3, 4, 5].map((n) => vault.addApplication(id, { title: `Application ${n}`, amount: 1000 * n }));
    const [first, second, third, fourth, fifth] = applications as [string, string, string, string, string];
    for (const application of [first, second, third, fourth]) vault.reviews.assign(application, group.map((m) => m.vaultId));
    const reviewsOf = (application: string) => vault.reviews.forApplication(application);
    // The coordinator declares for everyone (on their behalf), scores some, leaves drafts, conflicts and pending ones.
    const plan: Record<string, ('none' | 'conflict' | 'draft' | 'pending' | 'removed')[]> = {
      [first]: ['none', 'none', 'none', 'conflict'],
      [second]: ['none', 'draft', 'pending', 'removed'],
      [third]: ['conflict', 'none', 'none', 'none'],
      [fourth]: ['pending', 'pending', 'draft', 'conflict'],
    };
    let seed = 1;
    for (const [application, steps] of Object.entries(plan)) {
      const reviews = reviewsOf(application);
      steps.forEach((step, index) => {
        const review = reviews[index]!;
        if (step === 'pending') return;
        if (step === 'removed') return vault.reviews.unassign(review.id);
        vault.reviews.declare(review.id, step === 'conflict' ? { declaration: 'conflict', reason: 'Tied to them' } : { declaration: 'none' });
        if (step === 'conflict') return;
        seed = (seed * 7 + 3) % 11;
        const scores = ['community-led', 'feasibility', 'budget'].map((criterionId, k) => ({ criterionId, score: (seed + k * 2) % 6 }));
        vault.reviews.score(review.id, { scores, submit: step === 'none' });
      });
    }
    // An advisory committee's review, submitted: it does not count in the working group's table.
    vault.write((db, stamp) =>
      insertReview(
        db,
        {
          id: '0197a000-0000-7000-8000-00000000a001',
          applicationId: second,
          kind: 'advisory',
          reviewerVaultId: vault.members[0]!.vaultId,
          reviewerName: 'Bruno Reviewer',
          declaration: 'none',
          conflictReason: '',
          declaredAt: stamp.at,
          scores: [{ criterionId: 'budget', score: 0, comment: '' }],
          advice: 'Fund it.',
          submittedAt: stamp.at,
        },
        stamp,
      ),
    );
    vault.write((db, stamp) => setApplicationDeleted(db, fifth, true, stamp));

    const rows = vault.calls.ranked(id).map((row) => rankedRowSchema.parse(row));
    expect(rows.map((r) => r.applicationId).sort()).toEqual([first, second, third, fourth].sort());
    const call = vault.calls.get(id);
    const stored = listReviewsOfCall(vault.openVault().db, id);
    for (const row of rows) {
      const mine = stored.filter((r) => r.applicationId === row.applicationId);
      const reference = aggregateApplication(call.rubric, mine);
      expect(row.recused).toBe(row.applicationId === third);
      if (row.recused) {
        expect([row.mean, row.spread, row.criteria]).toEqual([null, null, []]);
      } else {
        expect([row.mean, row.spread, row.criteria, row.disagreement]).toEqual([reference.mean, reference.spread, reference.criteria, reference.disagreement]);
      }
      expect(row.submitted).toBe(reference.submitted);
      expect(row.assigned).toBe(mine.filter((r) => r.kind === 'working_group').length);
      expect(row.recusals).toBe(mine.filter((r) => r.kind === 'working_group' && r.declaration === 'conflict').length);
    }
    expect(rows.find((r) => r.applicationId === second)).toMatchObject({ submitted: 1, assigned: 3, recusals: 0 });
    expect(rows.find((r) => r.applicationId === fourth)).toMatchObject({ submitted: 0, mean: null, rank: null, recusals: 1 });
    // Ranked by mean; the unscored and the sealed ones last.
    const ranked = rows.filter((r) => r.rank !== null);
    expect(ranked.map((r) => r.mean)).toEqual([...ranked.map((r) => r.mean)].sort((a, b) => (b ?? 0) - (a ?? 0)));
    expect(rows.slice(ranked.length).every((r) => r.rank === null)).toBe(true);
  });
});
