// After review: the decision meeting of a call, the award of an approved application with its payment schedule in
// tranches, the payments made, and the narrative and financial reports the award asks for.
import { z } from 'zod';
import { syncMetadataSchema } from '../roster/collaborator.schema.js';
import { decisionSchema } from './application.schema.js';
import { currencySchema, moneySchema } from './call.schema.js';

const isoDate = z.iso.date();

export const meetingDecisionSchema = z.object({
  applicationId: z.uuid(),
  decision: decisionSchema,
  rationale: z.string().trim().min(1).max(5000),
  /** Required when approved: at most the call's ceiling, in the call's currency. */
  amount: moneySchema.nullable().default(null),
});
export type MeetingDecision = z.output<typeof meetingDecisionSchema>;

export const meetingInputSchema = z.object({
  callId: z.uuid(),
  date: isoDate,
  /** Working-group members present, by vault id. */
  attendees: z.array(z.string().min(1).max(100)).min(1).max(30),
  decisions: z.array(meetingDecisionSchema).max(500),
  notes: z.string().trim().max(20_000).default(''),
});
export type MeetingInput = z.input<typeof meetingInputSchema>;
export type MeetingFields = z.output<typeof meetingInputSchema>;

/** Who was recused from what, as the meeting recorded it. */
export const meetingRecusalSchema = z.object({ applicationId: z.uuid(), vaultId: z.string(), name: z.string(), reason: z.string() });

export const meetingSchema = meetingInputSchema
  .extend({
    recusals: z.array(meetingRecusalSchema),
    /** Per decision: attendees not recused from it, and whether they met the call's quorum. */
    quorum: z.array(z.object({ applicationId: z.uuid(), present: z.number().int(), required: z.number().int(), met: z.boolean() })),
  })
  .extend(syncMetadataSchema.shape);
export type Meeting = z.infer<typeof meetingSchema>;

export const TRANCHE_CONDITIONS = ['on_signature', 'report_approved', 'none'] as const;
export const trancheConditionSchema = z.enum(TRANCHE_CONDITIONS);
export type TrancheCondition = z.infer<typeof trancheConditionSchema>;

export const trancheSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    amount: moneySchema.refine((n) => n > 0, 'positive'),
    dueDate: isoDate,
    condition: trancheConditionSchema,
    /** With `report_approved`: which report (its number in the award's schedule) must be approved first. */
    reportNumber: z.number().int().min(1).max(50).nullable().default(null),
  })
  .refine((t) => (t.condition === 'report_approved') === (t.reportNumber !== null), { message: 'report_number', path: ['reportNumber'] });
export type Tranche = z.output<typeof trancheSchema>;

export const REPORT_KINDS = ['narrative', 'financial'] as const;
export const reportKindSchema = z.enum(REPORT_KINDS);
export type ReportKind = z.infer<typeof reportKindSchema>;

export const reportDueSchema = z.object({ number: z.number().int().min(1).max(50), kind: reportKindSchema, dueDate: isoDate });
export type ReportDue = z.infer<typeof reportDueSchema>;

export const awardInputSchema = z.object({
  applicationId: z.uuid(),
  amount: moneySchema.refine((n) => n > 0, 'positive'),
  awardedOn: isoDate,
  tranches: z.array(trancheSchema).min(1).max(12),
  reports: z.array(reportDueSchema).max(24).default([]),
  /** The date the grantee signed the agreement; "on signature" tranches wait for it. */
  signedOn: isoDate.nullable().default(null),
});
export type AwardInput = z.input<typeof awardInputSchema>;
export type AwardFields = z.output<typeof awardInputSchema>;

export const awardSchema = awardInputSchema.extend({ currency: z.string() }).extend(syncMetadataSchema.shape);
export type Award = z.infer<typeof awardSchema>;

export const PAYMENT_METHODS = ['bank_transfer', 'mobile_money', 'cash', 'cheque', 'money_transfer', 'other'] as const;
export const paymentMethodSchema = z.enum(PAYMENT_METHODS);

export const paymentInputSchema = z.object({
  awardId: z.uuid(),
  trancheId: z.string().min(1).max(40),
  date: isoDate,
  amount: moneySchema.refine((n) => n > 0, 'positive'),
  currency: currencySchema,
  method: paymentMethodSchema,
  reference: z.string().trim().max(200).default(''),
  /** The receipt: an attachment of the application's documents folder. */
  receiptAttachmentId: z.uuid().nullable().default(null),
  /** Paying a tranche whose condition is not met needs a reason; it is audited. */
  overrideReason: z.string().trim().max(2000).default(''),
});
export type PaymentInput = z.input<typeof paymentInputSchema>;
export type PaymentFields = z.output<typeof paymentInputSchema>;
export const paymentSchema = paymentInputSchema.extend(syncMetadataSchema.shape);
export type Payment = z.infer<typeof paymentSchema>;

export const REPORT_STATES = ['due', 'received', 'approved', 'changes_needed'] as const;
export const reportStateSchema = z.enum(REPORT_STATES);
export type ReportState = z.infer<typeof reportStateSchema>;

/** due → received → approved | changes needed; changes needed → received again. */
export const REPORT_STEPS: Readonly<Record<ReportState, readonly ReportState[]>> = {
  due: ['received'],
  received: ['approved', 'changes_needed'],
  changes_needed: ['received'],
  approved: [],
};

export const reportSchema = z
  .object({
    awardId: z.uuid(),
    number: z.number().int(),
    kind: reportKindSchema,
    dueDate: isoDate,
    state: reportStateSchema,
    receivedOn: isoDate.nullable(),
    /** The report's text as received (or a summary of a paper/voice report). */
    text: z.string(),
    attachmentId: z.uuid().nullable(),
    reviewNote: z.string(),
    reviewedOn: isoDate.nullable(),
    /** Due date passed and not yet received or approved. */
    overdue: z.boolean(),
  })
  .extend(syncMetadataSchema.shape);
export type Report = z.infer<typeof reportSchema>;

export const reportReceiveSchema = z.object({
  receivedOn: isoDate,
  text: z.string().trim().max(50_000).default(''),
  attachmentId: z.uuid().nullable().default(null),
});
export const reportReviewSchema = z.object({
  outcome: z.enum(['approved', 'changes_needed']),
  note: z.string().trim().max(5000).default(''),
  reviewedOn: isoDate,
});

/** A tranche as the award page shows it: paid, or what still holds it. */
export const trancheStatusSchema = z.object({
  tranche: trancheSchema,
  paid: z.number(),
  payments: z.array(paymentSchema),
  conditionMet: z.boolean(),
  due: z.boolean(),
});
export type TrancheStatus = z.infer<typeof trancheStatusSchema>;
