// Award rows (the tranches and the report schedule as JSON inside the record), their report rows and their payment rows.
import type { AwardFields, PaymentFields, ReportKind, ReportState } from '../common/grants/award.schema.js';
import type { SyncStamp } from './collaborators.repo.js';
import type { StoredAward, StoredPayment, StoredReport } from './grant-records.js';
import type { ReadableDB, WritableDB } from './handles.js';
import { setTombstone } from './tombstones.js';
import { syncMetadataOf, type SyncColumns } from './syncable.js';

interface AwardRow extends SyncColumns {
  seq: number;
  id: string;
  application_id: string;
  amount: number;
  awarded_on: string;
  tranches: string;
  reports: string;
  signed_on: string | null;
}

interface ReportRow extends SyncColumns {
  seq: number;
  id: string;
  award_id: string;
  number: number;
  kind: string;
  due_date: string;
  state: string;
  received_on: string | null;
  text: string;
  attachment_id: string | null;
  review_note: string;
  reviewed_on: string | null;
}

interface PaymentRow extends SyncColumns {
  seq: number;
  id: string;
  award_id: string;
  tranche_id: string;
  date: string;
  amount: number;
  currency: string;
  method: string;
  reference: string;
  receipt_attachment_id: string | null;
  override_reason: string;
}

// ---- awards

function rowToAward(row: AwardRow): StoredAward {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      applicationId: row.application_id,
      amount: row.amount,
      awardedOn: row.awarded_on,
      tranches: JSON.parse(row.tranches) as AwardFields['tranches'],
      reports: JSON.parse(row.reports) as AwardFields['reports'],
      signedOn: row.signed_on,
    },
    ...syncMetadataOf(row),
  };
}

function awardParams(id: string, fields: AwardFields, stamp: SyncStamp) {
  return {
    id,
    applicationId: fields.applicationId,
    amount: fields.amount,
    awardedOn: fields.awardedOn,
    tranches: JSON.stringify(fields.tranches),
    reports: JSON.stringify(fields.reports),
    signedOn: fields.signedOn,
    at: stamp.at,
    hlc: stamp.hlc,
    changedBy: stamp.changedBy,
  };
}

export function insertAward(db: WritableDB, id: string, fields: AwardFields, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO grant_awards (id, application_id, amount, awarded_on, tranches, reports, signed_on, created_at, updated_at, hlc, changed_by)
     VALUES (@id, @applicationId, @amount, @awardedOn, @tranches, @reports, @signedOn, @at, @at, @hlc, @changedBy)`,
  ).run(awardParams(id, fields, stamp));
}

/** Rewrites the award's fields; its application stays the one it was made for. */
export function updateAward(db: WritableDB, id: string, fields: AwardFields, stamp: SyncStamp): void {
  db.prepare(
    `UPDATE grant_awards SET amount = @amount, awarded_on = @awardedOn, tranches = @tranches, reports = @reports, signed_on = @signedOn,
       updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id`,
  ).run(awardParams(id, fields, stamp));
}

export function setAwardDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'grant_awards', id, deleted, stamp);
}

export function getAward(db: ReadableDB, id: string): StoredAward | undefined {
  const row = db.prepare('SELECT * FROM grant_awards WHERE id = ?').get(id) as AwardRow | undefined;
  return row ? rowToAward(row) : undefined;
}

/** The live award of an application (the newest, should two have crossed in sync), or undefined. */
export function getAwardOfApplication(db: ReadableDB, applicationId: string): StoredAward | undefined {
  const row = db
    .prepare('SELECT * FROM grant_awards WHERE application_id = ? AND deleted_at IS NULL ORDER BY seq DESC LIMIT 1')
    .get(applicationId) as AwardRow | undefined;
  return row ? rowToAward(row) : undefined;
}

// ---- reports

function rowToReport(row: ReportRow): StoredReport {
  return {
    seq: row.seq,
    id: row.id,
    awardId: row.award_id,
    number: row.number,
    kind: row.kind as ReportKind,
    dueDate: row.due_date,
    state: row.state as ReportState,
    receivedOn: row.received_on,
    text: row.text,
    attachmentId: row.attachment_id,
    reviewNote: row.review_note,
    reviewedOn: row.reviewed_on,
    ...syncMetadataOf(row),
  };
}

/** What a report row holds besides its id and sync columns. */
export type ReportRecord = Pick<
  StoredReport,
  'awardId' | 'number' | 'kind' | 'dueDate' | 'state' | 'receivedOn' | 'text' | 'attachmentId' | 'reviewNote' | 'reviewedOn'
>;

function reportParams(id: string, report: ReportRecord, stamp: SyncStamp) {
  return { id, ...report, at: stamp.at, hlc: stamp.hlc, changedBy: stamp.changedBy };
}

export function insertReport(db: WritableDB, id: string, report: ReportRecord, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO grant_reports (id, award_id, number, kind, due_date, state, received_on, text, attachment_id, review_note, reviewed_on,
       created_at, updated_at, hlc, changed_by)
     VALUES (@id, @awardId, @number, @kind, @dueDate, @state, @receivedOn, @text, @attachmentId, @reviewNote, @reviewedOn,
       @at, @at, @hlc, @changedBy)`,
  ).run(reportParams(id, report, stamp));
}

export function updateReport(db: WritableDB, id: string, report: ReportRecord, stamp: SyncStamp): void {
  db.prepare(
    `UPDATE grant_reports SET number = @number, kind = @kind, due_date = @dueDate, state = @state, received_on = @receivedOn,
       text = @text, attachment_id = @attachmentId, review_note = @reviewNote, reviewed_on = @reviewedOn,
       updated_at = @at, hlc = @hlc, changed_by = @changedBy WHERE id = @id AND award_id = @awardId`,
  ).run(reportParams(id, report, stamp));
}

export function setReportDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'grant_reports', id, deleted, stamp);
}

export function getReport(db: ReadableDB, id: string): StoredReport | undefined {
  const row = db.prepare('SELECT * FROM grant_reports WHERE id = ?').get(id) as ReportRow | undefined;
  return row ? rowToReport(row) : undefined;
}

/** The live reports of an award, by number. */
export function listReportsOfAward(db: ReadableDB, awardId: string): StoredReport[] {
  const rows = db
    .prepare('SELECT * FROM grant_reports WHERE award_id = ? AND deleted_at IS NULL ORDER BY number, seq')
    .all(awardId) as ReportRow[];
  return rows.map(rowToReport);
}

/**
 * Live reports of live awards of live applications whose due date is before `today` (YYYY-MM-DD) and that were not
 * received (due, or sent back with changes needed), soonest due first, each with its application.
 */
export function listOverdueReports(db: ReadableDB, today: string): (StoredReport & { applicationId: string })[] {
  const rows = db
    .prepare(
      `SELECT r.*, w.application_id AS application_id FROM grant_reports r
         JOIN grant_awards w ON w.id = r.award_id
         JOIN grant_applications a ON a.id = w.application_id
       WHERE r.deleted_at IS NULL AND w.deleted_at IS NULL AND a.deleted_at IS NULL
         AND r.state IN ('due', 'changes_needed') AND r.due_date < @today
       ORDER BY r.due_date, r.seq`,
    )
    .all({ today }) as (ReportRow & { application_id: string })[];
  return rows.map((row) => ({ ...rowToReport(row), applicationId: row.application_id }));
}

// ---- payments

function rowToPayment(row: PaymentRow): StoredPayment {
  return {
    seq: row.seq,
    id: row.id,
    fields: {
      awardId: row.award_id,
      trancheId: row.tranche_id,
      date: row.date,
      amount: row.amount,
      currency: row.currency,
      method: row.method as PaymentFields['method'],
      reference: row.reference,
      receiptAttachmentId: row.receipt_attachment_id,
      overrideReason: row.override_reason,
    },
    ...syncMetadataOf(row),
  };
}

export function insertPayment(db: WritableDB, id: string, fields: PaymentFields, stamp: SyncStamp): void {
  db.prepare(
    `INSERT INTO grant_payments (id, award_id, tranche_id, date, amount, currency, method, reference, receipt_attachment_id, override_reason,
       created_at, updated_at, hlc, changed_by)
     VALUES (@id, @awardId, @trancheId, @date, @amount, @currency, @method, @reference, @receiptAttachmentId, @overrideReason,
       @at, @at, @hlc, @changedBy)`,
  ).run({ id, ...fields, at: stamp.at, hlc: stamp.hlc, changedBy: stamp.changedBy });
}

export function setPaymentDeleted(db: WritableDB, id: string, deleted: boolean, stamp: SyncStamp): boolean {
  return setTombstone(db, 'grant_payments', id, deleted, stamp);
}

export function getPayment(db: ReadableDB, id: string): StoredPayment | undefined {
  const row = db.prepare('SELECT * FROM grant_payments WHERE id = ?').get(id) as PaymentRow | undefined;
  return row ? rowToPayment(row) : undefined;
}

/** The live payments of an award, by date then entry order. */
export function listPaymentsOfAward(db: ReadableDB, awardId: string): StoredPayment[] {
  const rows = db
    .prepare('SELECT * FROM grant_payments WHERE award_id = ? AND deleted_at IS NULL ORDER BY date, seq')
    .all(awardId) as PaymentRow[];
  return rows.map(rowToPayment);
}
