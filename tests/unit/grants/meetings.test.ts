// Decision meetings over a real vault: the quorum counted after recusals, every decision checked before any is applied
// (one refused decision leaves nothing changed), approved amounts at most the ceiling, delete (back to review) and restore.
import { describe, expect, it } from 'vitest';
import { quorumOf } from '../../../main/core/grants/quorum.js';
import { applicationFor, failureOf, grantApplicationVault, WORKING_GROUP } from '../../helpers/grant-application-fixtures.js';

const [ANA, BEA, CAIO, DORA] = WORKING_GROUP.map((member) => member.vaultId) as [string, string, string, string];

async function meetingVault() {
  const vault = await grantApplicationVault();
  const { applications, addCall, setCallState, communityId, forceState, addReview } = vault;
  const callId = addCall('closed');
  const ids = ['Water kits', 'Radio programme', 'Legal workshop'].map((title) => {
    const { id } = applications.create(applicationFor(callId, communityId, { title, budget: [{ description: title, amount: 3000, currency: 'USD', rate: 1 }] }));
    forceState(id, 'in_review');
    return id;
  }) as [string, string, string];
  setCallState(callId, 'in_review');
  // Bea's sister works for the first applicant: she is recused from it.
  addReview(ids[0], BEA, 'conflict', 'My sister coordinates this project.');
  addReview(ids[0], ANA, 'none', '', [{ criterionId: 'impact', score: 4 }, { criterionId: 'feasibility', score: 3 }]);
  addReview(ids[1], BEA, 'none');
  const decide = (applicationId: string, decision: 'approved' | 'declined' | 'waitlisted', amount: number | null = null) => ({
    applicationId,
    decision,
    rationale: `${decision} after discussion`,
    amount,
  });
  return { ...vault, callId, ids, decide };
}

describe('quorum after recusals', () => {
  it('counts attendees of the working group who are not recused from the application', () => {
    const reviews = [
      { reviewerVaultId: BEA, reviewerName: 'Bea', declaration: 'conflict' as const, conflictReason: 'Family' },
      { reviewerVaultId: CAIO, reviewerName: 'Caio', declaration: 'none' as const, conflictReason: '' },
      { reviewerVaultId: DORA, reviewerName: 'Dora', declaration: 'conflict' as const, conflictReason: 'Former employer' },
    ];
    const counted = quorumOf({ applicationId: 'a', workingGroup: WORKING_GROUP, attendees: [ANA, BEA, CAIO, 'stranger'], required: 3, reviews });
    expect(counted).toEqual({
      applicationId: 'a',
      present: 2,
      required: 3,
      met: false,
      recusals: [{ applicationId: 'a', vaultId: BEA, name: 'Bea Example', reason: 'Family' }],
    });
    expect(quorumOf({ applicationId: 'a', workingGroup: WORKING_GROUP, attendees: [ANA, CAIO, DORA, ANA], required: 2, reviews }).present).toBe(2);
  });
});

describe('recording a decision meeting', () => {
  it('refuses a decision whose quorum falls short once the recused leave, and changes nothing', async () => {
    const { meetings, callId, ids, decide, stored, auditKinds } = await meetingVault();
    const before = auditKinds().length;
    const failure = failureOf(() =>
      meetings.create({ callId, date: '2026-04-20', attendees: [ANA, BEA, CAIO], decisions: [decide(ids[1], 'approved', 2500), decide(ids[0], 'approved', 3000)] }),
    );
    expect(failure).toEqual({ code: 'quorum_not_met', details: { applicationId: ids[0], present: 2, required: 3 } });
    expect(ids.map((id) => stored(id)?.state)).toEqual(['in_review', 'in_review', 'in_review']);
    expect(meetings.list(callId)).toEqual([]);
    expect(auditKinds()).toHaveLength(before);
  });

  it('applies every decision with the meeting in one transaction, listing recusals and quorum per decision', async () => {
    const { meetings, callId, ids, decide, applications, auditOf } = await meetingVault();
    const { id } = meetings.create({
      callId,
      date: '2026-04-20',
      attendees: [ANA, BEA, CAIO, DORA],
      decisions: [decide(ids[0], 'approved', 3000), decide(ids[1], 'declined', 1000), decide(ids[2], 'waitlisted')],
      notes: 'Held by video call.',
    });
    const meeting = meetings.get(id);
    expect(meeting.recusals).toEqual([{ applicationId: ids[0], vaultId: BEA, name: 'Bea Example', reason: 'My sister coordinates this project.' }]);
    expect(meeting.quorum).toEqual([
      { applicationId: ids[0], present: 3, required: 3, met: true },
      { applicationId: ids[1], present: 4, required: 3, met: true },
      { applicationId: ids[2], present: 4, required: 3, met: true },
    ]);
    // Only an approval keeps an amount.
    expect(meeting.decisions.map((d) => d.amount)).toEqual([3000, null, null]);

    const [approved, declined, waitlisted] = ids.map((appId) => applications.get(appId));
    expect(approved).toMatchObject({ state: 'approved', approvedAmount: 3000, decisionRationale: 'approved after discussion', meetingId: id });
    expect(declined).toMatchObject({ state: 'declined', approvedAmount: null, meetingId: id });
    expect(waitlisted?.state).toBe('waitlisted');
    expect(approved?.history.map((h) => h.state)).toEqual(['received', 'in_review', 'approved']);
    expect(auditOf('grant_meeting_recorded').map((e) => e.detail)).toEqual([{ meetingId: id, callId, decisions: 3, recusals: 1 }]);
  });

  it('leaves everything as it was when one decision is over the ceiling', async () => {
    const { meetings, callId, ids, decide, stored } = await meetingVault();
    const failure = failureOf(() =>
      meetings.create({ callId, date: '2026-04-20', attendees: [ANA, CAIO, DORA], decisions: [decide(ids[1], 'approved', 5000), decide(ids[2], 'approved', 5000.01)] }),
    );
    expect(failure).toEqual({ code: 'over_ceiling', details: { amount: '5000.01', ceiling: '5000.00', currency: 'USD' } });
    expect(stored(ids[1])).toMatchObject({ state: 'in_review', approvedAmount: null, meetingId: null });
    expect(meetings.list(callId)).toEqual([]);
    expect(failureOf(() => meetings.create({ callId, date: '2026-04-20', attendees: [ANA, CAIO, DORA], decisions: [decide(ids[1], 'approved')] })).details).toEqual({
      reason: 'amount_required',
      applicationId: ids[1],
    });
  });

  it('refuses attendees outside the working group, other calls’ applications and applications not in review', async () => {
    const { meetings, callId, ids, decide, applications, addCall, communityId, setCallState } = await meetingVault();
    const meeting = (extra: object) => ({ callId, date: '2026-04-20', attendees: [ANA, CAIO, DORA], decisions: [], ...extra });
    expect(failureOf(() => meetings.create(meeting({ attendees: [ANA, 'vault-stranger'] }))).details).toEqual({ reason: 'attendee_not_in_group' });
    const otherCall = addCall();
    const foreign = applications.create(applicationFor(otherCall, communityId)).id;
    expect(failureOf(() => meetings.create(meeting({ decisions: [decide(foreign, 'declined')] }))).details).toEqual({ reason: 'application_not_in_call', applicationId: foreign });
    const fresh = applications.create(applicationFor(otherCall, communityId)).id;
    expect(failureOf(() => meetings.create({ ...meeting({ decisions: [decide(fresh, 'declined')] }), callId: otherCall }))).toEqual({
      code: 'conflict',
      details: { reason: 'call_not_in_review', state: 'open' },
    });
    setCallState(otherCall, 'in_review');
    expect(failureOf(() => meetings.create({ ...meeting({ decisions: [decide(fresh, 'declined')] }), callId: otherCall }))).toEqual({
      code: 'illegal_transition',
      details: { applicationId: fresh, from: 'received', to: 'declined' },
    });
    expect(failureOf(() => meetings.create(meeting({ decisions: [decide(ids[1], 'declined'), decide(ids[1], 'approved', 10)] }))).details).toEqual({ reason: 'duplicate_decision' });
  });

  it('decides a waitlisted application at a second meeting once the call is decided', async () => {
    const { meetings, callId, ids, decide, setCallState, applications } = await meetingVault();
    meetings.create({ callId, date: '2026-04-20', attendees: [ANA, CAIO, DORA], decisions: [decide(ids[2], 'waitlisted')] });
    setCallState(callId, 'decided');
    const second = meetings.create({ callId, date: '2026-06-01', attendees: [ANA, CAIO, DORA], decisions: [decide(ids[2], 'approved', 1500)] }).id;
    expect(applications.get(ids[2])).toMatchObject({ state: 'approved', approvedAmount: 1500, meetingId: second });
    expect(meetings.list(callId).map((m) => m.date)).toEqual(['2026-04-20', '2026-06-01']);
  });
});

describe('deleting and restoring a meeting', () => {
  it('returns its applications to review, and restoring applies the decisions again', async () => {
    const { meetings, callId, ids, decide, applications, auditKinds } = await meetingVault();
    const { id } = meetings.create({ callId, date: '2026-04-20', attendees: [ANA, CAIO, DORA], decisions: [decide(ids[1], 'approved', 2500), decide(ids[2], 'declined')] });
    meetings.delete(id);
    expect(meetings.list(callId)).toEqual([]);
    expect(meetings.get(id).deletedAt).not.toBeNull();
    expect(applications.get(ids[1])).toMatchObject({ state: 'in_review', approvedAmount: null, decisionRationale: '', meetingId: null });
    expect(applications.get(ids[1]).history.map((h) => h.state)).toEqual(['received', 'in_review', 'approved', 'in_review']);

    meetings.restore(id);
    expect(meetings.list(callId).map((m) => m.id)).toEqual([id]);
    expect(applications.get(ids[1])).toMatchObject({ state: 'approved', approvedAmount: 2500, meetingId: id });
    expect(applications.get(ids[2]).state).toBe('declined');
    expect(auditKinds().filter((k) => k.startsWith('grant_meeting'))).toEqual(['grant_meeting_recorded', 'grant_meeting_deleted', 'grant_meeting_restored']);
  });

  it('refuses to delete a meeting whose decision led to an award, and to restore one decided again since', async () => {
    const { meetings, callId, ids, decide, forceState, stored } = await meetingVault();
    const first = meetings.create({ callId, date: '2026-04-20', attendees: [ANA, CAIO, DORA], decisions: [decide(ids[1], 'approved', 2500)] }).id;
    forceState(ids[1], 'awarded');
    expect(failureOf(() => meetings.delete(first))).toEqual({ code: 'conflict', details: { reason: 'decisions_in_use', applicationId: ids[1] } });
    expect(stored(ids[1])?.state).toBe('awarded');

    const second = meetings.create({ callId, date: '2026-04-21', attendees: [ANA, CAIO, DORA], decisions: [decide(ids[2], 'declined')] }).id;
    meetings.delete(second);
    meetings.create({ callId, date: '2026-04-22', attendees: [ANA, CAIO, DORA], decisions: [decide(ids[2], 'waitlisted')] });
    expect(failureOf(() => meetings.restore(second))).toEqual({ code: 'conflict', details: { reason: 'decided_since', applicationId: ids[2] } });
    expect(stored(ids[2])?.state).toBe('waitlisted');
  });
});
