// Applications to a call: entered for a community (often by its region's facilitator, from a phone call, paper or a
// voice note), the original text beside its translation, budget lines in any currency converted at a recorded rate,
// the documents, the eligibility checks and the lifecycle, whose allowed steps are data.
import { z } from 'zod';
import { syncMetadataSchema, languageCodeSchema } from '../roster/collaborator.schema.js';
import { contactTypeSchema, regionSchema } from '../roster/taxonomy.js';
import { currencySchema, moneySchema } from './call.schema.js';

export const APPLICATION_STATES = [
  'received',
  'eligible',
  'ineligible',
  'in_review',
  'approved',
  'declined',
  'waitlisted',
  'awarded',
  'reporting',
  'closed',
] as const;
export const applicationStateSchema = z.enum(APPLICATION_STATES);
export type ApplicationState = z.infer<typeof applicationStateSchema>;

/**
 * received → eligible | ineligible → in review → approved | declined | waitlisted → awarded → reporting → closed.
 * An ineligible one may be found eligible after all (a missing document arrived); a waitlisted one may still be
 * approved or declined. Decisions (approved, declined, waitlisted) are recorded by a decision meeting, awards by an award.
 */
export const APPLICATION_STEPS: Readonly<Record<ApplicationState, readonly ApplicationState[]>> = {
  received: ['eligible', 'ineligible'],
  eligible: ['in_review', 'ineligible'],
  ineligible: ['eligible'],
  in_review: ['approved', 'declined', 'waitlisted'],
  approved: ['awarded', 'declined'],
  declined: [],
  waitlisted: ['approved', 'declined'],
  awarded: ['reporting'],
  reporting: ['closed'],
  closed: [],
};

export function canMoveApplication(from: ApplicationState, to: ApplicationState): boolean {
  return APPLICATION_STEPS[from].includes(to);
}

/** The states a decision meeting may give. */
export const DECISIONS = ['approved', 'declined', 'waitlisted'] as const;
export const decisionSchema = z.enum(DECISIONS);
export type Decision = z.infer<typeof decisionSchema>;

/** How the application reached the network. */
export const INTAKE_CHANNELS = ['form', 'email', 'phone', 'paper', 'voice_note', 'messaging', 'in_person', 'other'] as const;
export const intakeChannelSchema = z.enum(INTAKE_CHANNELS);
export type IntakeChannel = z.infer<typeof intakeChannelSchema>;

/** A rate has at most 8 significant decimals; amount × rate is the amount in the call's currency. */
export const rateSchema = z.number().positive().max(1e9);

export const budgetLineSchema = z.object({
  description: z.string().trim().min(1).max(500),
  amount: moneySchema,
  currency: currencySchema,
  /** Units of the call's currency for one unit of `currency`, as recorded when the line was entered (1 when the same). */
  rate: rateSchema,
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/** One answer of the call's eligibility checklist. */
export const eligibilityAnswerSchema = z.object({ itemId: z.string().min(1).max(40), met: z.boolean() });
export type EligibilityAnswer = z.infer<typeof eligibilityAnswerSchema>;

/** A document of the application: an attachment of its documents folder, and which required document it is. */
export const applicationDocumentSchema = z.object({
  attachmentId: z.uuid(),
  /** The call's required document it answers, or empty for another document. */
  requirement: z.string().trim().max(200).default(''),
});

/** Where the applicant can be reached: sensitive, never leaves the vault it was written in. */
export const applicantContactSchema = z.object({
  type: contactTypeSchema,
  value: z.string().trim().min(1).max(500),
  note: z.string().trim().max(500).default(''),
});
export type ApplicantContact = z.infer<typeof applicantContactSchema>;

export const applicationInputSchema = z.object({
  callId: z.uuid(),
  communityId: z.uuid(),
  struggleId: z.uuid().nullable().default(null),
  requestId: z.uuid().nullable().default(null),
  collaborationId: z.uuid().nullable().default(null),
  /** A short name for the project the grant would support. */
  title: z.string().trim().min(1).max(300),
  /** The team member who entered it, when and how it came in. */
  enteredBy: z.string().trim().min(1).max(100),
  receivedAt: z.iso.datetime({ offset: true }),
  channel: intakeChannelSchema,
  /** The applicant's own words, in their language; kept as given. */
  originalLanguage: languageCodeSchema,
  originalText: z.string().trim().min(1).max(50_000),
  /** A translation beside it (kept too); empty when the original is already in a working language. */
  translationLanguage: languageCodeSchema.nullable().default(null),
  translation: z.string().trim().max(50_000).default(''),
  budget: z.array(budgetLineSchema).min(1).max(100),
  eligibility: z.array(eligibilityAnswerSchema).max(30).default([]),
  documents: z.array(applicationDocumentSchema).max(50).default([]),
  /** Why an application received after the deadline was accepted; required then, empty otherwise. */
  lateReason: z.string().trim().max(2000).default(''),
  contacts: z.array(applicantContactSchema).max(10).default([]),
  /** Who receives the money: the community itself, or an ally organisation on its behalf (named). */
  recipient: z.enum(['community', 'intermediary']).default('community'),
  intermediaryName: z.string().trim().max(200).default(''),
  /** The language the award letter is written in: the applicant's, among the four the app writes. */
  letterLanguage: z.enum(['en', 'es', 'fr', 'pt']),
});
export type ApplicationInput = z.input<typeof applicationInputSchema>;
export type ApplicationFields = z.output<typeof applicationInputSchema>;

export const applicationStateChangeSchema = z.object({ state: applicationStateSchema, at: z.string(), note: z.string().max(2000).default('') });
export type ApplicationStateChange = z.output<typeof applicationStateChangeSchema>;

/** An application as every screen reads it; identity fields are null in a blind review view. */
export const applicationSchema = applicationInputSchema
  .extend({
    state: applicationStateSchema,
    history: z.array(applicationStateChangeSchema),
    /** The sum of the budget in the call's currency, each line at its recorded rate, rounded to cents. */
    amountRequested: z.number(),
    /** Set by the decision meeting when approved (≤ the call's ceiling). */
    approvedAmount: z.number().nullable(),
    decisionRationale: z.string(),
    meetingId: z.uuid().nullable(),
    /** The folder (a resource of the vault) whose attachments are the documents. */
    documentsResourceId: z.uuid().nullable(),
    late: z.boolean(),
    communityName: z.string(),
    region: regionSchema,
    callTitle: z.string(),
    currency: z.string(),
  })
  .extend(syncMetadataSchema.shape);
export type Application = z.infer<typeof applicationSchema>;
