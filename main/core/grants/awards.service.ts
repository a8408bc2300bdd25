// Awards of approved applications: the payment schedule in tranches (each held by its condition unless overridden with
// a reason, audited), the payments with their receipts, and the reports received and reviewed. The application follows:
// approved → awarded at the award, → reporting at the first payment, → closed once every report is approved and every
// tranche is paid.
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import {
  REPORT_STEPS,
  awardInputSchema,
  paymentInputSchema,
  reportReceiveSchema,
  reportReviewSchema,
  type Award,
  type Payment,
  type Report,
  type ReportState,
  type TrancheStatus,
} from '../../../common/grants/award.schema.js';
import type { ApplicationState } from '../../../common/grants/application.schema.js';
import { appendAuditEvent } from '../../../db/audit.repo.js';
import { getAttachment } from '../../../db/attachments.repo.js';
import type { SyncStamp } from '../../../db/collaborators.repo.js';
import { getCommunity } from '../../../db/communities.repo.js';
import { getApplication, updateApplicationStatus } from '../../../db/grant-applications.repo.js';
import {
  getAward,
  getAwardOfApplication,
  getPayment,
  getReport,
  insertAward,
  insertPayment,
  listOverdueReports,
  listPaymentsOfAward,
  listReportsOfAward,
  setPaymentDeleted,
  updateAward,
  updateReport,
  type ReportRecord,
} from '../../../db/grant-awards.repo.js';
import { getCall } from '../../../db/grant-calls.repo.js';
import type { StoredApplication, StoredAward, StoredPayment, StoredReport } from '../../../db/grant-records.js';
import type { ReadableDB, WritableDB } from '../../../db/handles.js';
import type { Platform } from '../platform.js';
import { transactionWriter } from '../records/write.js';
import type { VaultClock } from '../sync/vault-clock.js';
import { checkPaidTranches, checkSchedule, insertScheduledReports, reconcileReports } from './award-schedule.js';
import type { GrantAwardsService } from './grants-services.js';
import { allTranchesPaid, paidCentsByTranche, toCents, trancheConditionMet, trancheStatuses } from './tranche-conditions.js';

export interface GrantAwardsServiceDeps {
  openVault: () => { db: WritableDB; vaultId: string };
  clock: VaultClock;
  platform: Pick<Platform, 'now'>;
}

type OverdueReport = Report & { applicationId: string; applicationTitle: string; communityName: string };

/** The UTC day of a moment, as YYYY-MM-DD: what "today" means for due dates, as on the Today screen. */
export function dayOf(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Not received (due, or sent back) and its due date has passed. */
export function isOverdue(report: Pick<StoredReport, 'state' | 'dueDate'>, today: string): boolean {
  return (report.state === 'due' || report.state === 'changes_needed') && report.dueDate < today;
}

function requireApplication(db: ReadableDB, id: string): StoredApplication {
  const stored = getApplication(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no application with this id.');
  if (stored.deletedAt) throw new CreFailure('conflict', 'This application was deleted; restore it first.', { reason: 'deleted' });
  return stored;
}

function requireAward(db: ReadableDB, id: string): StoredAward {
  const stored = getAward(db, id);
  if (!stored) throw new CreFailure('not_found', 'There is no award with this id.');
  if (stored.deletedAt) throw new CreFailure('conflict', 'This award was deleted.', { reason: 'deleted' });
  return stored;
}

function currencyOf(db: ReadableDB, application: StoredApplication): string {
  return getCall(db, application.fields.callId)?.fields.currency ?? '';
}

/** A receipt or a report's file must be one of the application's documents (an attachment of its documents folder). */
function checkDocument(db: ReadableDB, application: StoredApplication, attachmentId: string | null): void {
  if (attachmentId === null) return;
  const attachment = getAttachment(db, attachmentId);
  if (!attachment || attachment.deletedAt || application.documentsResourceId === null || attachment.resourceId !== application.documentsResourceId) {
    throw new CreFailure('invalid_input', 'The file is not one of this application’s documents.', { reason: 'not_application_document' });
  }
}

function sync(stored: { id: string; createdAt: string; updatedAt: string; hlc: string; changedBy: string; deletedAt: string | null }) {
  const { id, createdAt, updatedAt, hlc, changedBy, deletedAt } = stored;
  return { id, createdAt, updatedAt, hlc, changedBy, deletedAt };
}

export function paymentView(stored: StoredPayment): Payment {
  return { ...stored.fields, ...sync(stored) };
}

export function reportView(stored: StoredReport, today: string): Report {
  const { awardId, number, kind, dueDate, state, receivedOn, text, attachmentId, reviewNote, reviewedOn } = stored;
  return { awardId, number, kind, dueDate, state, receivedOn, text, attachmentId, reviewNote, reviewedOn, overdue: isOverdue(stored, today), ...sync(stored) };
}

function reportRecord(stored: StoredReport): ReportRecord {
  const { awardId, number, kind, dueDate, state, receivedOn, text, attachmentId, reviewNote, reviewedOn } = stored;
  return { awardId, number, kind, dueDate, state, receivedOn, text, attachmentId, reviewNote, reviewedOn };
}

/** The award of an application with its tranches' status and its reports, as the award page shows it. */
export function awardOfApplication(db: ReadableDB, applicationId: string, today: string): { award: Award; tranches: TrancheStatus[]; reports: Report[] } | null {
  const application = getApplication(db, applicationId);
  if (!application) throw new CreFailure('not_found', 'There is no application with this id.');
  const stored = getAwardOfApplication(db, applicationId);
  if (!stored) return null;
  const reports = listReportsOfAward(db, stored.id);
  const payments = listPaymentsOfAward(db, stored.id).map(paymentView);
  return {
    award: { ...stored.fields, currency: currencyOf(db, application), ...sync(stored) },
    tranches: trancheStatuses(stored.fields, reports, payments, today),
    reports: reports.map((report) => reportView(report, today)),
  };
}

export function createGrantAwardsService(deps: GrantAwardsServiceDeps): GrantAwardsService {
  const write = transactionWriter(deps);
  const today = () => dayOf(deps.platform.now());

  /** Moves the application one step, with its audit entry; `because` says which write of the award moved it. */
  function moveApplication(db: WritableDB, application: StoredApplication, to: ApplicationState, because: string, stamp: SyncStamp): void {
    updateApplicationStatus(db, application.id, { state: to }, stamp);
    appendAuditEvent(db, 'grant_application_moved', stamp.at, { applicationId: application.id, from: application.state, to, by: because });
  }

  /** Reporting → closed once every report is approved and every tranche is paid in full. */
  function closeWhenComplete(db: WritableDB, award: StoredAward, because: string, stamp: SyncStamp): void {
    const application = requireApplication(db, award.fields.applicationId);
    if (application.state !== 'reporting') return;
    const reportsDone = listReportsOfAward(db, award.id).every((report) => report.state === 'approved');
    if (reportsDone && allTranchesPaid(award.fields, listPaymentsOfAward(db, award.id).map((p) => p.fields))) {
      moveApplication(db, application, 'closed', because, stamp);
    }
  }

  function checkAmount(application: StoredApplication, amount: number, currency: string): void {
    if (application.approvedAmount === null || toCents(amount) > toCents(application.approvedAmount)) {
      throw new CreFailure('invalid_input', 'The award is more than the amount the decision approved.', {
        reason: 'over_approved',
        amount,
        approved: application.approvedAmount ?? 0,
        currency,
      });
    }
  }

  function requireLiveReport(db: ReadableDB, id: string): { report: StoredReport; award: StoredAward; application: StoredApplication } {
    const report = getReport(db, id);
    if (!report) throw new CreFailure('not_found', 'There is no report with this id.');
    if (report.deletedAt) throw new CreFailure('conflict', 'This report was taken off the schedule.', { reason: 'deleted' });
    const award = requireAward(db, report.awardId);
    return { report, award, application: requireApplication(db, award.fields.applicationId) };
  }

  function stepReport(report: StoredReport, to: ReportState): void {
    if (!REPORT_STEPS[report.state].includes(to)) {
      throw new CreFailure('illegal_transition', `A report cannot go from ${report.state} to ${to}.`, { from: report.state, to });
    }
  }

  return {
    forApplication(applicationId) {
      const { db } = deps.openVault();
      return awardOfApplication(db, applicationId, today());
    },

    /** An approved application's award: its schedule, one due report row per scheduled report, the application awarded. */
    create(input) {
      const fields = awardInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        const application = requireApplication(db, fields.applicationId);
        if (application.state !== 'approved') {
          throw new CreFailure('illegal_transition', `An application ${application.state} cannot be awarded.`, { from: application.state, to: 'awarded' });
        }
        if (getAwardOfApplication(db, application.id)) throw new CreFailure('conflict', 'This application already has an award.', { reason: 'already_awarded' });
        checkAmount(application, fields.amount, currencyOf(db, application));
        checkSchedule(fields);
        insertAward(db, id, fields, stamp);
        insertScheduledReports(db, id, fields, stamp);
        updateApplicationStatus(db, application.id, { state: 'awarded' }, stamp);
        appendAuditEvent(db, 'grant_awarded', stamp.at, { awardId: id, applicationId: application.id, tranches: fields.tranches.length, reports: fields.reports.length });
        return { id };
      });
    },

    /** A new schedule or signature date; what was paid and received stays consistent with it. */
    update(id, input) {
      const fields = awardInputSchema.parse(input);
      write((db, stamp) => {
        const stored = requireAward(db, id);
        if (fields.applicationId !== stored.fields.applicationId) {
          throw new CreFailure('invalid_input', 'An award stays with its application.', { reason: 'application_changed' });
        }
        const application = requireApplication(db, stored.fields.applicationId);
        if (application.state === 'closed') throw new CreFailure('conflict', 'This grant is closed.', { reason: 'closed' });
        checkAmount(application, fields.amount, currencyOf(db, application));
        checkSchedule(fields);
        checkPaidTranches(fields, listPaymentsOfAward(db, id));
        reconcileReports(db, id, fields, listReportsOfAward(db, id), stamp);
        updateAward(db, id, fields, stamp);
        appendAuditEvent(db, 'grant_award_updated', stamp.at, { awardId: id, applicationId: application.id });
        closeWhenComplete(db, { ...stored, fields }, 'award', stamp);
      });
    },

    /** A payment on a tranche; a condition not met needs an override reason (audited); the first payment starts reporting. */
    pay(input) {
      const fields = paymentInputSchema.parse(input);
      const id = uuidv7();
      return write((db, stamp) => {
        const award = requireAward(db, fields.awardId);
        const application = requireApplication(db, award.fields.applicationId);
        if (application.state !== 'awarded' && application.state !== 'reporting') {
          throw new CreFailure('illegal_transition', `An application ${application.state} takes no payment.`, { from: application.state, to: 'reporting' });
        }
        const tranche = award.fields.tranches.find((t) => t.id === fields.trancheId);
        if (!tranche) throw new CreFailure('invalid_input', 'The award has no such tranche.', { reason: 'unknown_tranche', trancheId: fields.trancheId });
        const currency = currencyOf(db, application);
        if (fields.currency !== currency) {
          throw new CreFailure('invalid_input', `Payments are in the call's currency, ${currency}.`, { reason: 'currency', currency });
        }
        const paid = paidCentsByTranche(listPaymentsOfAward(db, award.id).map((p) => p.fields)).get(tranche.id) ?? 0;
        const remaining = toCents(tranche.amount) - paid;
        if (toCents(fields.amount) > remaining) {
          throw new CreFailure('invalid_input', 'The payment is more than what remains on the tranche.', {
            reason: 'over_tranche',
            remaining: remaining / 100,
            currency,
            trancheId: tranche.id,
          });
        }
        const met = trancheConditionMet(tranche, { signedOn: award.fields.signedOn, reports: listReportsOfAward(db, award.id) });
        if (!met && fields.overrideReason === '') {
          throw new CreFailure('condition_not_met', 'This tranche’s condition is not met yet.', { condition: tranche.condition, trancheId: tranche.id });
        }
        checkDocument(db, application, fields.receiptAttachmentId);
        insertPayment(db, id, fields, stamp);
        const detail = { paymentId: id, awardId: award.id, trancheId: tranche.id };
        appendAuditEvent(db, 'grant_payment_recorded', stamp.at, detail);
        if (!met) appendAuditEvent(db, 'grant_payment_override', stamp.at, { ...detail, condition: tranche.condition });
        if (application.state === 'awarded') moveApplication(db, application, 'reporting', 'payment', stamp);
        closeWhenComplete(db, award, 'payment', stamp);
        return { id };
      });
    },

    /** Tombstones a payment recorded by mistake; a closed grant keeps its payments. */
    removePayment(id) {
      write((db, stamp) => {
        const payment = getPayment(db, id);
        if (!payment || payment.deletedAt) throw new CreFailure('not_found', 'There is no such payment.');
        const award = requireAward(db, payment.fields.awardId);
        if (requireApplication(db, award.fields.applicationId).state === 'closed') {
          throw new CreFailure('conflict', 'This grant is closed; its payments stay.', { reason: 'closed' });
        }
        if (setPaymentDeleted(db, id, true, stamp)) {
          appendAuditEvent(db, 'grant_payment_removed', stamp.at, { paymentId: id, awardId: award.id, trancheId: payment.fields.trancheId });
        }
      });
    },

    receiveReport(id, input) {
      const received = reportReceiveSchema.parse(input);
      write((db, stamp) => {
        const { report, award, application } = requireLiveReport(db, id);
        stepReport(report, 'received');
        checkDocument(db, application, received.attachmentId);
        updateReport(db, id, { ...reportRecord(report), state: 'received', receivedOn: received.receivedOn, text: received.text, attachmentId: received.attachmentId }, stamp);
        appendAuditEvent(db, 'grant_report_received', stamp.at, { reportId: id, awardId: award.id, number: report.number });
      });
    },

    reviewReport(id, input) {
      const review = reportReviewSchema.parse(input);
      write((db, stamp) => {
        const { report, award } = requireLiveReport(db, id);
        stepReport(report, review.outcome);
        updateReport(db, id, { ...reportRecord(report), state: review.outcome, reviewNote: review.note, reviewedOn: review.reviewedOn }, stamp);
        appendAuditEvent(db, 'grant_report_reviewed', stamp.at, { reportId: id, awardId: award.id, number: report.number, outcome: review.outcome });
        closeWhenComplete(db, award, 'report', stamp);
      });
    },

    overdueReports() {
      const { db } = deps.openVault();
      const day = today();
      const names = new Map<string, string>();
      const communityName = (communityId: string) => {
        let name = names.get(communityId);
        if (name === undefined) names.set(communityId, (name = getCommunity(db, communityId)?.fields.name ?? ''));
        return name;
      };
      return listOverdueReports(db, day).map((report): OverdueReport => {
        const application = getApplication(db, report.applicationId);
        return {
          ...reportView(report, day),
          applicationId: report.applicationId,
          applicationTitle: application?.fields.title ?? '',
          communityName: application ? communityName(application.fields.communityId) : '',
        };
      });
    },
  };
}
