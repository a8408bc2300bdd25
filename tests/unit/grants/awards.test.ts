// Awards over a real vault: tranche conditions and the audited override, tranches adding up to the award, the
// application moving awarded → reporting → closed, the report steps, overdue reports, schedule edits and payments removed.
import { describe, expect, it } from 'vitest';
import { failureOf } from '../../helpers/failure-of.js';
import { REPORT_STATES, REPORT_STEPS, type Payment } from '../../../common/grants/award.schema.js';
import { getApplication } from '../../../db/grant-applications.repo.js';
import { trancheConditionMet, trancheStatuses } from '../../../main/core/grants/tranche-conditions.js';
import { awardInput, awardsTestVault } from '../../helpers/grant-award-fixtures.js';

const SEPT_16 = Date.UTC(2026, 8, 16, 12);

describe('tranche conditions (pure)', () => {
  const reports = [
    { number: 1, state: 'approved' },
    { number: 2, state: 'received' },
  ];

  it('on signature waits for the signature, report N for that report’s approval, none for nothing', () => {
    expect(trancheConditionMet({ condition: 'on_signature', reportNumber: null }, { signedOn: null, reports })).toBe(false);
    expect(trancheConditionMet({ condition: 'on_signature', reportNumber: null }, { signedOn: '2026-06-02', reports })).toBe(true);
    expect(trancheConditionMet({ condition: 'report_approved', reportNumber: 1 }, { signedOn: null, reports })).toBe(true);
    expect(trancheConditionMet({ condition: 'report_approved', reportNumber: 2 }, { signedOn: null, reports })).toBe(false);
    expect(trancheConditionMet({ condition: 'report_approved', reportNumber: 3 }, { signedOn: null, reports })).toBe(false);
    expect(trancheConditionMet({ condition: 'none', reportNumber: null }, { signedOn: null, reports: [] })).toBe(true);
  });

  it('sums what was paid per tranche in cents and says which are due', () => {
    const award = awardInput('0190a5c8-0000-7000-8000-000000000001', 1000) as Parameters<typeof trancheStatuses>[0];
    const paid = (trancheId: string, amount: number) => ({ trancheId, amount }) as Payment;
    const statuses = trancheStatuses(award, [], [paid('first', 300.1), paid('first', 299.9)], '2026-07-01');
    expect(statuses.map((s) => [s.tranche.id, s.paid, s.payments.length, s.conditionMet, s.due])).toEqual([
      ['first', 600, 2, false, false],
      ['second', 0, 0, false, false],
    ]);
    expect(trancheStatuses(award, [{ number: 1, state: 'approved' }], [], '2026-10-01')[1]).toMatchObject({ conditionMet: true, due: true });
  });
});

describe('creating an award', () => {
  it('refuses an application not approved, an amount over the approval, tranches that do not add up and unknown reports', async () => {
    const { awards, approvedApplication, addApplication, callId } = await awardsTestVault();
    const inReview = addApplication(callId, { state: 'in_review' });
    expect(failureOf(() => awards.create(awardInput(inReview)))).toMatchObject({ code: 'illegal_transition', details: { from: 'in_review', to: 'awarded' } });

    const { applicationId } = approvedApplication({ approved: 4000 });
    expect(failureOf(() => awards.create(awardInput(applicationId, 4500)))).toMatchObject({ code: 'invalid_input', details: { reason: 'over_approved' } });
    const uneven = awardInput(applicationId, 4000);
    uneven.tranches[1]!.amount = 1000;
    expect(failureOf(() => awards.create(uneven))).toMatchObject({ code: 'invalid_input', details: { reason: 'tranches_sum', sum: 3400, amount: 4000 } });
    const unknownReport = awardInput(applicationId, 4000, { reports: [{ number: 2, kind: 'financial', dueDate: '2026-12-01' }] });
    expect(failureOf(() => awards.create(unknownReport))).toMatchObject({ code: 'invalid_input', details: { reason: 'unknown_report', number: 1 } });
    expect(awards.forApplication(applicationId)).toBeNull();
  });

  it('awards in one step: the schedule, one due report per scheduled report, the application awarded, audited', async () => {
    const { awards, approvedApplication, stateOf, auditOf } = await awardsTestVault();
    const { applicationId } = approvedApplication();
    const { id } = awards.create(awardInput(applicationId, 3999.99));
    expect(stateOf(applicationId)).toBe('awarded');
    const view = awards.forApplication(applicationId)!;
    expect(view.award).toMatchObject({ id, amount: 3999.99, currency: 'USD', signedOn: null });
    expect(view.tranches.map((t) => [t.tranche.id, t.tranche.amount, t.paid, t.conditionMet])).toEqual([
      ['first', 2399.99, 0, false],
      ['second', 1600, 0, false],
    ]);
    expect(view.reports.map((r) => [r.number, r.kind, r.state, r.overdue])).toEqual([
      [1, 'narrative', 'due', false],
      [2, 'financial', 'due', false],
    ]);
    expect(auditOf('grant_awarded')).toEqual([{ awardId: id, applicationId, tranches: 2, reports: 2 }]);
    expect(failureOf(() => awards.create(awardInput(applicationId, 4000)))).toMatchObject({ code: 'illegal_transition', details: { from: 'awarded' } });
  });
});

describe('paying tranches', () => {
  it('refuses a tranche whose condition is not met, and pays it with an override reason, audited', async () => {
    const { awards, approvedApplication, payment, auditOf, stateOf } = await awardsTestVault();
    const { applicationId } = approvedApplication();
    const { id: awardId } = awards.create(awardInput(applicationId));
    expect(failureOf(() => awards.pay(payment(awardId, 'first', 2400)))).toEqual({
      code: 'condition_not_met',
      details: { condition: 'on_signature', trancheId: 'first' },
    });
    expect(failureOf(() => awards.pay(payment(awardId, 'second', 1600)))).toMatchObject({ details: { condition: 'report_approved', trancheId: 'second' } });
    expect(auditOf('grant_payment_recorded')).toEqual([]);
    expect(stateOf(applicationId)).toBe('awarded');

    const { id: paymentId } = awards.pay(payment(awardId, 'first', 2400, { overrideReason: 'Signed copy is on its way by post; seeds must be bought now.' }));
    expect(auditOf('grant_payment_recorded')).toEqual([{ paymentId, awardId, trancheId: 'first' }]);
    expect(auditOf('grant_payment_override')).toEqual([{ paymentId, awardId, trancheId: 'first', condition: 'on_signature' }]);
    expect(JSON.stringify(auditOf('grant_payment_override'))).not.toContain('seeds');
    expect(stateOf(applicationId)).toBe('reporting');
    const first = awards.forApplication(applicationId)!.tranches[0]!;
    expect(first.paid).toBe(2400);
    expect(first.payments[0]).toMatchObject({ id: paymentId, overrideReason: 'Signed copy is on its way by post; seeds must be bought now.' });
  });

  it('pays a met condition without an override, checks what remains, the currency, the tranche and the receipt', async () => {
    const { awards, approvedApplication, payment, auditOf } = await awardsTestVault();
    const { applicationId, receiptId } = approvedApplication();
    const other = approvedApplication({ title: 'Another project' });
    const { id: awardId } = awards.create(awardInput(applicationId, 4000, { signedOn: '2026-06-02' }));

    expect(failureOf(() => awards.pay(payment(awardId, 'first', 2400.01)))).toMatchObject({ code: 'invalid_input', details: { reason: 'over_tranche', remaining: 2400 } });
    expect(failureOf(() => awards.pay(payment(awardId, 'first', 100, { currency: 'EUR' })))).toMatchObject({ details: { reason: 'currency', currency: 'USD' } });
    expect(failureOf(() => awards.pay(payment(awardId, 'third', 100)))).toMatchObject({ details: { reason: 'unknown_tranche' } });
    expect(failureOf(() => awards.pay(payment(awardId, 'first', 100, { receiptAttachmentId: other.receiptId })))).toMatchObject({
      details: { reason: 'not_application_document' },
    });

    awards.pay(payment(awardId, 'first', 1000, { receiptAttachmentId: receiptId }));
    awards.pay(payment(awardId, 'first', 1400));
    expect(failureOf(() => awards.pay(payment(awardId, 'first', 0.01)))).toMatchObject({ details: { reason: 'over_tranche', remaining: 0 } });
    expect(auditOf('grant_payment_recorded')).toHaveLength(2);
    expect(auditOf('grant_payment_override')).toEqual([]);
    expect(awards.forApplication(applicationId)!.tranches[0]).toMatchObject({ paid: 2400, conditionMet: true });
  });

  it('removes a payment as a tombstone, audited, and the tranche is open again', async () => {
    const { awards, approvedApplication, payment, auditOf } = await awardsTestVault();
    const { applicationId } = approvedApplication();
    const { id: awardId } = awards.create(awardInput(applicationId, 4000, { signedOn: '2026-06-02' }));
    const { id } = awards.pay(payment(awardId, 'first', 2400));
    awards.removePayment(id);
    expect(awards.forApplication(applicationId)!.tranches[0]!.paid).toBe(0);
    expect(auditOf('grant_payment_removed')).toEqual([{ paymentId: id, awardId, trancheId: 'first' }]);
    expect(failureOf(() => awards.removePayment(id)).code).toBe('not_found');
  });
});

describe('reports and the grant’s close', () => {
  it('has exactly the steps due → received → approved | changes needed → received', () => {
    const allowed = REPORT_STATES.flatMap((from) => REPORT_STEPS[from].map((to) => `${from}→${to}`));
    expect(allowed.sort()).toEqual(['changes_needed→received', 'due→received', 'received→approved', 'received→changes_needed'].sort());
  });

  it('refuses illegal report steps and walks awarded → reporting → closed with every report approved and every tranche paid', async () => {
    const { awards, approvedApplication, payment, stateOf, auditOf, openVault } = await awardsTestVault();
    const { applicationId, receiptId } = approvedApplication();
    const { id: awardId } = awards.create(awardInput(applicationId, 4000, { signedOn: '2026-06-02' }));
    const reportId = (n: number) => awards.forApplication(applicationId)!.reports.find((r) => r.number === n)!.id;
    const review = (outcome: 'approved' | 'changes_needed') => ({ outcome, note: outcome === 'approved' ? 'Thank you.' : 'Please add the receipts.', reviewedOn: '2026-09-20' });

    expect(failureOf(() => awards.reviewReport(reportId(1), review('approved')))).toMatchObject({ code: 'illegal_transition', details: { from: 'due', to: 'approved' } });
    awards.pay(payment(awardId, 'first', 2400));
    expect(stateOf(applicationId)).toBe('reporting');

    awards.receiveReport(reportId(1), { receivedOn: '2026-09-10', text: 'Radio is on air; voice note attached.', attachmentId: receiptId });
    expect(failureOf(() => awards.receiveReport(reportId(1), { receivedOn: '2026-09-11', text: '', attachmentId: null })).code).toBe('illegal_transition');
    awards.reviewReport(reportId(1), review('changes_needed'));
    awards.receiveReport(reportId(1), { receivedOn: '2026-09-18', text: 'With the receipts.', attachmentId: null });
    awards.reviewReport(reportId(1), review('approved'));
    expect(failureOf(() => awards.receiveReport(reportId(1), { receivedOn: '2026-09-19', text: '', attachmentId: null }))).toMatchObject({
      code: 'illegal_transition',
      details: { from: 'approved', to: 'received' },
    });
    expect(awards.forApplication(applicationId)!.reports[0]).toMatchObject({ state: 'approved', receivedOn: '2026-09-18', reviewNote: 'Thank you.', reviewedOn: '2026-09-20' });

    // Report 1 approved: the second tranche's condition is met.
    awards.pay(payment(awardId, 'second', 1600));
    expect(stateOf(applicationId)).toBe('reporting');
    awards.receiveReport(reportId(2), { receivedOn: '2026-12-01', text: 'Accounts.', attachmentId: null });
    awards.reviewReport(reportId(2), review('approved'));
    expect(stateOf(applicationId)).toBe('closed');
    const history = getApplication(openVault().db, applicationId)!.history.map((h) => h.state);
    expect(history).toEqual(['in_review', 'approved', 'awarded', 'reporting', 'closed']);
    expect(auditOf('grant_report_received')).toHaveLength(3);
    expect(auditOf('grant_report_reviewed').map((d) => d['outcome'])).toEqual(['changes_needed', 'approved', 'approved']);
    expect(auditOf('grant_application_moved')).toEqual([
      { applicationId, from: 'awarded', to: 'reporting', by: 'payment' },
      { applicationId, from: 'reporting', to: 'closed', by: 'report' },
    ]);
    expect(failureOf(() => awards.pay(payment(awardId, 'second', 1))).code).toBe('illegal_transition');
  });

  it('closes at the last payment when the reports were approved first, and a grant without reports closes when paid', async () => {
    const { awards, approvedApplication, payment, stateOf } = await awardsTestVault();
    const { applicationId } = approvedApplication();
    const { id: awardId } = awards.create(
      awardInput(applicationId, 1000, {
        signedOn: '2026-06-02',
        reports: [],
        tranches: [{ id: 'only', amount: 1000, dueDate: '2026-06-15', condition: 'on_signature', reportNumber: null }],
      }),
    );
    awards.pay(payment(awardId, 'only', 400));
    expect(stateOf(applicationId)).toBe('reporting');
    awards.pay(payment(awardId, 'only', 600));
    expect(stateOf(applicationId)).toBe('closed');
  });
});

describe('overdue reports', () => {
  it('lists reports past due and not received, soonest first, with their application; changes needed past due counts', async () => {
    const { awards, approvedApplication, platform, payment } = await awardsTestVault();
    const a = approvedApplication({ title: 'Community radio' });
    const b = approvedApplication({ title: 'Seed bank' });
    const { id: awardA } = awards.create(awardInput(a.applicationId, 4000, { signedOn: '2026-06-02' }));
    awards.create(awardInput(b.applicationId, 4000, { reports: [{ number: 1, kind: 'narrative', dueDate: '2026-08-01' }] }));
    expect(awards.overdueReports()).toEqual([]);

    platform.setNow(SEPT_16);
    const overdue = awards.overdueReports();
    expect(overdue.map((r) => [r.applicationTitle, r.number, r.dueDate, r.overdue])).toEqual([
      ['Seed bank', 1, '2026-08-01', true],
      ['Community radio', 1, '2026-09-15', true],
    ]);
    expect(overdue[0]).toMatchObject({ applicationId: b.applicationId, communityName: 'Comunidade Ficticia do Rio Verde' });
    expect(awards.forApplication(a.applicationId)!.reports.map((r) => r.overdue)).toEqual([true, false]);

    awards.pay(payment(awardA, 'first', 2400));
    const reportA = overdue[1]!.id;
    awards.receiveReport(reportA, { receivedOn: '2026-09-16', text: 'Late but here.', attachmentId: null });
    expect(awards.overdueReports().map((r) => r.applicationTitle)).toEqual(['Seed bank']);
    awards.reviewReport(reportA, { outcome: 'changes_needed', note: 'Missing figures.', reviewedOn: '2026-09-16' });
    expect(awards.overdueReports().map((r) => r.applicationTitle)).toEqual(['Seed bank', 'Community radio']);
  });
});

describe('editing an award', () => {
  it('keeps payments and reports consistent: a paid tranche stays, a received report stays, new reports are added', async () => {
    const { awards, approvedApplication, payment, auditOf } = await awardsTestVault();
    const { applicationId } = approvedApplication();
    const input = awardInput(applicationId, 4000, { signedOn: '2026-06-02' });
    const { id: awardId } = awards.create(input);
    awards.pay(payment(awardId, 'first', 2000));

    const withoutFirst = { ...input, tranches: [{ id: 'second', amount: 4000, dueDate: '2026-10-01', condition: 'none' as const, reportNumber: null }] };
    expect(failureOf(() => awards.update(awardId, withoutFirst))).toMatchObject({ code: 'conflict', details: { reason: 'tranche_paid', trancheId: 'first' } });
    const shrunk = awardInput(applicationId, 4000, { signedOn: '2026-06-02' });
    shrunk.tranches[0]!.amount = 1500;
    shrunk.tranches[1]!.amount = 2500;
    expect(failureOf(() => awards.update(awardId, shrunk))).toMatchObject({ code: 'conflict', details: { reason: 'tranche_paid' } });

    const reportOne = awards.forApplication(applicationId)!.reports[0]!.id;
    awards.receiveReport(reportOne, { receivedOn: '2026-09-01', text: 'On time.', attachmentId: null });
    const withoutReportOne = { ...input, tranches: input.tranches.map((t) => ({ ...t, condition: 'none' as const, reportNumber: null })), reports: [input.reports![1]!] };
    expect(failureOf(() => awards.update(awardId, withoutReportOne))).toMatchObject({ code: 'conflict', details: { reason: 'report_received', number: 1 } });

    const edited = { ...input, reports: [{ number: 1, kind: 'narrative' as const, dueDate: '2026-09-30' }, { number: 3, kind: 'financial' as const, dueDate: '2027-01-15' }] };
    awards.update(awardId, edited);
    const reports = awards.forApplication(applicationId)!.reports;
    expect(reports.map((r) => [r.number, r.dueDate, r.state])).toEqual([
      [1, '2026-09-30', 'received'],
      [3, '2027-01-15', 'due'],
    ]);
    expect(reports[0]!.id).toBe(reportOne);
    expect(auditOf('grant_award_updated')).toEqual([{ awardId, applicationId }]);
  });
});

describe('through the router', () => {
  it('answers views that pass the contract, and typed errors with their details', async () => {
    const { call, errorOf, approvedApplication, platform, payment } = await awardsTestVault();
    const { applicationId } = approvedApplication();
    const { id: awardId } = await call<{ id: string }>('cre:grantAwards.create', { award: awardInput(applicationId) });
    const error = await errorOf('cre:grantAwards.pay', { payment: payment(awardId, 'first', 100) });
    expect(error).toMatchObject({ code: 'condition_not_met', details: { condition: 'on_signature', trancheId: 'first' } });
    await call('cre:grantAwards.pay', { payment: payment(awardId, 'first', 100, { overrideReason: 'Urgent.' }) });
    const view = await call<{ award: { currency: string }; tranches: { paid: number }[] }>('cre:grantAwards.forApplication', { applicationId });
    expect(view.award.currency).toBe('USD');
    expect(view.tranches[0]!.paid).toBe(100);
    platform.setNow(SEPT_16);
    expect(await call<{ applicationId: string }[]>('cre:grantAwards.overdueReports', {})).toEqual([expect.objectContaining({ applicationId, number: 1 })]);
    const dashboard = await call<{ totals: { figures: { disbursed: number } }[] }>('cre:grantDashboard.get', {});
    expect(dashboard.totals[0]!.figures.disbursed).toBe(100);
  });
});
