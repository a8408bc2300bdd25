// What each column of a grants row from a bundle may hold (schema 11), from the grants records' own schemas in
// common/grants, in the form the grants repositories store them: lists as JSON text, the blind flag as 0 or 1.
import { z } from 'zod';
import { applicationInputSchema, applicationStateChangeSchema, applicationStateSchema } from '../../../common/grants/application.schema.js';
import {
  awardInputSchema,
  meetingDecisionSchema,
  meetingSchema,
  paymentInputSchema,
  reportDueSchema,
  reportKindSchema,
  reportReceiveSchema,
  reportReviewSchema,
  reportStateSchema,
} from '../../../common/grants/award.schema.js';
import { callInputSchema, callStateChangeSchema, callStateSchema, groupMemberSchema, moneySchema } from '../../../common/grants/call.schema.js';
import { declarationInputSchema, declarationSchema, reviewKindSchema, scoresInputSchema } from '../../../common/grants/review.schema.js';
import type { ColumnRule } from './column-rules.js';

const value = (schema: z.ZodType): ColumnRule => ({ schema, list: false });
const list = (schema: z.ZodType): ColumnRule => ({ schema, list: true });

const isoTime = z.iso.datetime();
const isoDate = z.iso.date();
const uuid = z.uuid();
/** A yes/no column: the integer 0 or 1, never a JSON boolean. */
const flag = z.union([z.literal(0), z.literal(1)]);

const call = callInputSchema.shape;
const application = applicationInputSchema.shape;
const scores = scoresInputSchema.shape;
const meeting = meetingSchema.shape;
const award = awardInputSchema.shape;
const payment = paymentInputSchema.shape;

/** The grants tables' own columns; the sync columns every table has are added by column-rules.ts. */
export const GRANT_COLUMN_RULES = {
  grant_calls: {
    kind: value(call.kind),
    targets: list(call.targets),
    regions: list(call.regions),
    strategy_areas: list(call.strategyAreas),
    texts: list(call.texts),
    eligibility: list(call.eligibility),
    opens_at: value(call.opensAt),
    closes_at: value(call.closesAt),
    time_zone: value(call.timeZone),
    currency: value(call.currency),
    ceiling: value(call.ceiling),
    envelope: value(call.envelope),
    required_documents: list(call.requiredDocuments),
    rubric: list(call.rubric),
    working_group: list(call.workingGroup),
    quorum: value(call.quorum),
    blind: value(flag),
    state: value(callStateSchema),
    // Every state it entered, stamped with the time of the change that moved it there; it starts as a draft.
    history: list(z.array(callStateChangeSchema.extend({ at: isoTime })).min(1)),
  },
  grant_applications: {
    call_id: value(application.callId),
    community_id: value(application.communityId),
    struggle_id: value(application.struggleId),
    request_id: value(application.requestId),
    collaboration_id: value(application.collaborationId),
    title: value(application.title),
    entered_by: value(application.enteredBy),
    received_at: value(application.receivedAt),
    channel: value(application.channel),
    original_language: value(application.originalLanguage),
    original_text: value(application.originalText),
    translation_language: value(application.translationLanguage),
    translation: value(application.translation),
    budget: list(application.budget),
    eligibility: list(application.eligibility),
    documents: list(application.documents),
    late_reason: value(application.lateReason),
    recipient: value(application.recipient),
    intermediary_name: value(application.intermediaryName),
    letter_language: value(application.letterLanguage),
    amount_requested: value(moneySchema),
    approved_amount: value(moneySchema.nullable()),
    // Empty until a decision meeting gives the decision's rationale.
    decision_rationale: value(z.union([z.literal(''), meetingDecisionSchema.shape.rationale])),
    meeting_id: value(uuid.nullable()),
    documents_resource_id: value(uuid.nullable()),
    state: value(applicationStateSchema),
    history: list(z.array(applicationStateChangeSchema.extend({ at: isoTime })).min(1)),
  },
  grant_reviews: {
    application_id: value(uuid),
    kind: value(reviewKindSchema),
    reviewer_vault_id: value(groupMemberSchema.shape.vaultId),
    reviewer_name: value(groupMemberSchema.shape.name),
    declaration: value(declarationSchema),
    conflict_reason: value(declarationInputSchema.shape.reason),
    declared_at: value(isoTime.nullable()),
    scores: list(scores.scores),
    advice: value(scores.advice),
    submitted_at: value(isoTime.nullable()),
  },
  grant_meetings: {
    call_id: value(meeting.callId),
    date: value(meeting.date),
    attendees: list(meeting.attendees),
    decisions: list(meeting.decisions),
    notes: value(meeting.notes),
    recusals: list(meeting.recusals),
    quorum: list(meeting.quorum),
  },
  grant_awards: {
    application_id: value(award.applicationId),
    amount: value(award.amount),
    awarded_on: value(award.awardedOn),
    tranches: list(award.tranches),
    reports: list(award.reports),
    signed_on: value(award.signedOn),
  },
  grant_reports: {
    award_id: value(uuid),
    number: value(reportDueSchema.shape.number),
    kind: value(reportKindSchema),
    due_date: value(isoDate),
    state: value(reportStateSchema),
    received_on: value(isoDate.nullable()),
    text: value(reportReceiveSchema.shape.text),
    attachment_id: value(uuid.nullable()),
    review_note: value(reportReviewSchema.shape.note),
    reviewed_on: value(isoDate.nullable()),
  },
  grant_payments: {
    award_id: value(payment.awardId),
    tranche_id: value(payment.trancheId),
    date: value(payment.date),
    amount: value(payment.amount),
    currency: value(payment.currency),
    method: value(payment.method),
    reference: value(payment.reference),
    receipt_attachment_id: value(payment.receiptAttachmentId),
    override_reason: value(payment.overrideReason),
  },
} as const satisfies Record<string, Readonly<Record<string, ColumnRule>>>;
