// A vault that has been through a grant cycle by the core's router, as the screens run it: a call of three working-group
// members, two applications, reviews with a recusal and a disagreement, a decision meeting and an award; then locked.
import { callInput, grantsTestVault } from './grant-fixtures.js';
import { STRONG_PASSPHRASE } from './temp-vault.js';

export interface GrantCycle {
  vaultDir: string;
  /** The vault's passphrase. */
  passphrase: string;
  callId: string;
  approvedId: string;
  declinedId: string;
}

/** The grant cycle through the router, as the screens run it; the vault is locked afterwards for the CLI to open. */
export async function grantCycle(): Promise<GrantCycle> {
  const made = await grantsTestVault();
  const { call, me, members, communityId, platform } = made;
  const [bruno, carla] = members;
  if (!bruno || !carla) throw new Error('the fixture has two members');
  platform.setNow(Date.parse('2026-03-05T12:00:00Z'));

  const { id: callId } = await call<{ id: string }>('cre:grantCalls.create', { call: callInput([me, bruno, carla]) });
  await call('cre:grantCalls.move', { id: callId, to: 'open' });
  const application = (title: string, amount: number, letterLanguage: string) =>
    call<{ id: string }>('cre:grantApplications.create', {
      application: {
        callId,
        communityId,
        title,
        enteredBy: 'Ana Coordinator',
        receivedAt: '2026-03-10T15:00:00Z',
        channel: 'phone',
        originalLanguage: 'pt',
        originalText: 'Queremos saber quem financia a barragem.',
        translationLanguage: 'en',
        translation: 'We want to know who finances the dam.',
        budget: [{ description: 'Research and travel', amount, currency: 'USD', rate: 1 }],
        eligibility: [{ itemId: 'community-led', met: true }],
        contacts: [{ type: 'phone', value: '+55 91 5555 0142', note: '' }],
        letterLanguage,
      },
    });
  const { id: approvedId } = await application('Following the dam’s money', 3000, 'es');
  const { id: declinedId } = await application('A second radio programme', 2000, 'en');
  for (const id of [approvedId, declinedId]) {
    await call('cre:grantApplications.move', { id, to: 'eligible', note: '' });
    await call('cre:grantApplications.move', { id, to: 'in_review', note: '' });
  }
  for (const to of ['closed', 'in_review']) await call('cre:grantCalls.move', { id: callId, to });

  await call('cre:grantReviews.assign', { applicationId: approvedId, reviewerVaultIds: [me.vaultId, bruno.vaultId, carla.vaultId] });
  const reviews = await call<{ id: string; reviewerVaultId: string }[]>('cre:grantReviews.forApplication', { applicationId: approvedId });
  const reviewOf = (vaultId: string) => reviews.find((review) => review.reviewerVaultId === vaultId)?.id ?? '';
  const score = (id: string, values: [number, number, number]) =>
    call('cre:grantReviews.score', {
      id,
      scores: { scores: ['community-led', 'feasibility', 'budget'].map((criterionId, i) => ({ criterionId, score: values[i] })) },
    });
  await call('cre:grantReviews.declare', { id: reviewOf(me.vaultId), declaration: { declaration: 'none' } });
  await call('cre:grantReviews.declare', { id: reviewOf(bruno.vaultId), declaration: { declaration: 'none' } });
  await call('cre:grantReviews.declare', { id: reviewOf(carla.vaultId), declaration: { declaration: 'conflict', reason: 'Her cousin leads the community.' } });
  // Weighted 2, 1, 1: Ana 17/4 = 4.25, Bruno 11/4 = 2.75; they differ by 3 points on the first criterion.
  await score(reviewOf(me.vaultId), [5, 4, 3]);
  await score(reviewOf(bruno.vaultId), [2, 4, 3]);

  await call('cre:grantMeetings.create', {
    meeting: {
      callId,
      date: '2026-05-12',
      attendees: [me.vaultId, bruno.vaultId, carla.vaultId],
      decisions: [
        { applicationId: approvedId, decision: 'approved', rationale: 'Strong community lead.', amount: 3000 },
        { applicationId: declinedId, decision: 'declined', rationale: 'Outside the call’s focus.' },
      ],
    },
  });
  await call('cre:grantAwards.create', {
    award: {
      applicationId: approvedId,
      amount: 3000,
      awardedOn: '2026-05-20',
      tranches: [
        { id: 'first', amount: 1500, dueDate: '2026-06-01', condition: 'on_signature' },
        { id: 'second', amount: 1500, dueDate: '2026-10-01', condition: 'report_approved', reportNumber: 1 },
      ],
      reports: [{ number: 1, kind: 'narrative', dueDate: '2026-09-15' }],
    },
  });
  await call('cre:grantCalls.move', { id: callId, to: 'decided' });
  made.core.dispose();
  return { vaultDir: made.vaultDir, passphrase: STRONG_PASSPHRASE, callId, approvedId, declinedId };
}
