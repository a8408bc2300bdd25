// An award's schedule checked against itself and against what already happened: tranches add up to the award, each
// "report N approved" names a report of the schedule, and an edit never drops a paid tranche or a received report.
import { v7 as uuidv7 } from 'uuid';
import { CreFailure } from '../../../common/contract/errors.js';
import type { AwardFields } from '../../../common/grants/award.schema.js';
import type { SyncStamp } from '../../../db/collaborators.repo.js';
import { insertReport, setReportDeleted, updateReport } from '../../../db/grant-awards.repo.js';
import type { StoredPayment, StoredReport } from '../../../db/grant-records.js';
import type { WritableDB } from '../../../db/handles.js';
import { paidCentsByTranche, toCents } from './tranche-conditions.js';

function firstDuplicate<T>(items: readonly T[]): T | undefined {
  const seen = new Set<T>();
  for (const item of items) {
    if (seen.has(item)) return item;
    seen.add(item);
  }
  return undefined;
}

/** The schedule on its own: unique tranche ids and report numbers, tranches summing to the amount, known report numbers. */
export function checkSchedule(fields: AwardFields): void {
  const trancheId = firstDuplicate(fields.tranches.map((t) => t.id));
  if (trancheId !== undefined) throw new CreFailure('invalid_input', 'Two tranches share an id.', { reason: 'duplicate_tranche', trancheId });
  const number = firstDuplicate(fields.reports.map((r) => r.number));
  if (number !== undefined) throw new CreFailure('invalid_input', 'Two reports share a number.', { reason: 'duplicate_report', number });
  const sum = fields.tranches.reduce((total, t) => total + toCents(t.amount), 0);
  if (sum !== toCents(fields.amount)) {
    throw new CreFailure('invalid_input', 'The tranches do not add up to the award.', { reason: 'tranches_sum', sum: sum / 100, amount: fields.amount });
  }
  const numbers = new Set(fields.reports.map((r) => r.number));
  for (const tranche of fields.tranches) {
    if (tranche.reportNumber !== null && !numbers.has(tranche.reportNumber)) {
      throw new CreFailure('invalid_input', 'A tranche waits for a report the schedule does not have.', {
        reason: 'unknown_report',
        trancheId: tranche.id,
        number: tranche.reportNumber,
      });
    }
  }
}

/** A new schedule against the payments made: every tranche paid on stays, for at least what was paid on it. */
export function checkPaidTranches(fields: AwardFields, payments: readonly StoredPayment[]): void {
  const paid = paidCentsByTranche(payments.map((p) => p.fields));
  for (const [trancheId, cents] of paid) {
    const tranche = fields.tranches.find((t) => t.id === trancheId);
    if (!tranche || toCents(tranche.amount) < cents) {
      throw new CreFailure('conflict', 'A tranche already paid cannot be removed or made smaller than what was paid.', { reason: 'tranche_paid', trancheId });
    }
  }
}

/** One report row per scheduled report, all due: a new award's. */
export function insertScheduledReports(db: WritableDB, awardId: string, fields: AwardFields, stamp: SyncStamp): void {
  for (const due of fields.reports) {
    insertReport(
      db,
      uuidv7(),
      { awardId, number: due.number, kind: due.kind, dueDate: due.dueDate, state: 'due', receivedOn: null, text: '', attachmentId: null, reviewNote: '', reviewedOn: null },
      stamp,
    );
  }
}

/**
 * Brings the report rows in line with an edited schedule: a kept number takes the new kind and due date, a new one is
 * added as due, a dropped one goes (tombstone) while still due; a dropped report already received is refused.
 */
export function reconcileReports(db: WritableDB, awardId: string, fields: AwardFields, existing: readonly StoredReport[], stamp: SyncStamp): void {
  const wanted = new Map(fields.reports.map((due) => [due.number, due]));
  for (const report of existing) {
    const due = wanted.get(report.number);
    if (due === undefined && report.state !== 'due') {
      throw new CreFailure('conflict', 'A report already received cannot be taken off the schedule.', { reason: 'report_received', number: report.number });
    }
  }
  for (const report of existing) {
    const due = wanted.get(report.number);
    if (due === undefined) {
      setReportDeleted(db, report.id, true, stamp);
    } else if (due.kind !== report.kind || due.dueDate !== report.dueDate) {
      const { awardId: award, number, state, receivedOn, text, attachmentId, reviewNote, reviewedOn } = report;
      updateReport(db, report.id, { awardId: award, number, kind: due.kind, dueDate: due.dueDate, state, receivedOn, text, attachmentId, reviewNote, reviewedOn }, stamp);
    }
  }
  const kept = new Set(existing.map((r) => r.number));
  insertScheduledReports(db, awardId, { ...fields, reports: fields.reports.filter((due) => !kept.has(due.number)) }, stamp);
}
