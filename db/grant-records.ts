// The grants' rows as their repositories read and write them: the record's fields (as the schemas in common/grants
// parse them) plus what only the vault sets. Shared by the repositories so each service can read the others' records.
import type { ApplicationFields, ApplicationState, ApplicationStateChange } from '../common/grants/application.schema.js';
import type { AwardFields, MeetingFields, PaymentFields, ReportKind, ReportState } from '../common/grants/award.schema.js';
import type { CallFields, CallState, CallStateChange } from '../common/grants/call.schema.js';
import type { CriterionScore, Declaration, ReviewKind } from '../common/grants/review.schema.js';

export interface StoredSync {
  seq: number;
  id: string;
  createdAt: string;
  updatedAt: string;
  hlc: string;
  changedBy: string;
  deletedAt: string | null;
}

export interface StoredCall extends StoredSync {
  fields: CallFields;
  state: CallState;
  history: CallStateChange[];
}

export interface StoredApplication extends StoredSync {
  fields: ApplicationFields;
  state: ApplicationState;
  history: ApplicationStateChange[];
  amountRequested: number;
  approvedAmount: number | null;
  decisionRationale: string;
  meetingId: string | null;
  documentsResourceId: string | null;
}

export interface StoredReview extends StoredSync {
  applicationId: string;
  kind: ReviewKind;
  reviewerVaultId: string;
  reviewerName: string;
  declaration: Declaration;
  conflictReason: string;
  declaredAt: string | null;
  scores: CriterionScore[];
  advice: string;
  submittedAt: string | null;
}

export interface StoredMeeting extends StoredSync {
  fields: MeetingFields;
  recusals: { applicationId: string; vaultId: string; name: string; reason: string }[];
  quorum: { applicationId: string; present: number; required: number; met: boolean }[];
}

/** The award row; its report schedule is kept (`fields.reports`) and each report is also its own row. */
export interface StoredAward extends StoredSync {
  fields: AwardFields;
}

export interface StoredReport extends StoredSync {
  awardId: string;
  number: number;
  kind: ReportKind;
  dueDate: string;
  state: ReportState;
  receivedOn: string | null;
  text: string;
  attachmentId: string | null;
  reviewNote: string;
  reviewedOn: string | null;
}

export interface StoredPayment extends StoredSync {
  fields: PaymentFields;
}
