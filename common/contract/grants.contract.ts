// Small grants: calls, applications, working-group reviews with recusal, decision meetings, awards with tranches and
// payments, reports, and the grants dashboard. Files (letters, minutes, CSV) go out by paths main chose in its dialogs.
import { z } from 'zod';
import {
  applicationInputSchema,
  applicationSchema,
  applicationStateSchema,
} from '../grants/application.schema.js';
import {
  awardInputSchema,
  awardSchema,
  meetingInputSchema,
  meetingSchema,
  paymentInputSchema,
  reportReceiveSchema,
  reportReviewSchema,
  reportSchema,
  trancheStatusSchema,
} from '../grants/award.schema.js';
import { callInputSchema, callSchema, callStateSchema } from '../grants/call.schema.js';
import { grantsDashboardSchema } from '../grants/grants-dashboard.schema.js';
import { declarationInputSchema, rankedRowSchema, reviewSchema, scoresInputSchema } from '../grants/review.schema.js';
import { regionSchema } from '../roster/taxonomy.js';
import { method } from './define.js';

const idInput = z.object({ id: z.uuid() }).strict();
const created = z.object({ id: z.uuid() });
const done = z.null();
const saved = z.object({ saved: z.boolean() });
const page = { offset: z.number().int().min(0).default(0), limit: z.number().int().min(1).max(500).default(100) };

export const grantCallsContract = {
  /** Newest first; `deleted` lists the tombstones instead. */
  list: method(
    z.object({ states: z.array(callStateSchema).max(6).default([]), region: regionSchema.nullable().default(null), deleted: z.boolean().default(false), ...page }).strict(),
    z.array(callSchema),
  ),
  get: method(idInput, callSchema),
  create: method(z.object({ call: callInputSchema }).strict(), created),
  update: method(z.object({ id: z.uuid(), call: callInputSchema }).strict(), done),
  /** One lifecycle step; a step the lifecycle does not allow answers `illegal_transition`. */
  move: method(z.object({ id: z.uuid(), to: callStateSchema }).strict(), done),
  delete: method(idInput, done),
  restore: method(idInput, done),
  /** The call's applications ranked by weighted mean, with spread and disagreement flags; recused rows stay sealed. */
  ranked: method(idInput, z.array(rankedRowSchema)),
  /** Asks where to save, then writes the applications with aggregated scores and decisions as CSV (audited). */
  exportCsv: method(idInput, saved),
} as const;

export const grantApplicationsContract = {
  list: method(
    z.object({ callId: z.uuid().nullable().default(null), communityId: z.uuid().nullable().default(null), states: z.array(applicationStateSchema).max(10).default([]), deleted: z.boolean().default(false), ...page }).strict(),
    z.array(applicationSchema),
  ),
  get: method(idInput, applicationSchema),
  /**
   * Checks the ceiling, the deadline (late ones need `lateReason`) and eligibility; answers `over_ceiling`,
   * `after_deadline` or `ineligible` (with the checklist item) otherwise.
   */
  create: method(z.object({ application: applicationInputSchema }).strict(), created),
  update: method(z.object({ id: z.uuid(), application: applicationInputSchema }).strict(), done),
  /** One lifecycle step, with a note; decisions and awards have their own methods. */
  move: method(z.object({ id: z.uuid(), to: applicationStateSchema, note: z.string().trim().max(2000).default('') }).strict(), done),
  delete: method(idInput, done),
  restore: method(idInput, done),
  /** Asks where to save, then writes the award letter as PDF in the application's letter language (audited). */
  saveLetter: method(idInput, saved),
} as const;

export const grantReviewsContract = {
  /** The reviews of an application (the coordinator's view); a recused viewer gets `recused`. */
  forApplication: method(z.object({ applicationId: z.uuid() }).strict(), z.array(reviewSchema)),
  /** Reviews assigned to this vault's own reviewer, across calls. */
  mine: method(z.object({}).strict(), z.array(reviewSchema)),
  /** Assigns working-group members (by vault id) to an application. */
  assign: method(z.object({ applicationId: z.uuid(), reviewerVaultIds: z.array(z.string().min(1).max(100)).min(1).max(15) }).strict(), done),
  unassign: method(idInput, done),
  /** The reviewer's declaration; nothing of the application is shown before it. */
  declare: method(z.object({ id: z.uuid(), declaration: declarationInputSchema }).strict(), done),
  /** The application as this reviewer may see it (identity hidden in a blind call); `recused` or `declaration_required` otherwise. */
  open: method(idInput, z.object({ review: reviewSchema, application: applicationSchema })),
  score: method(z.object({ id: z.uuid(), scores: scoresInputSchema }).strict(), done),
} as const;

export const grantMeetingsContract = {
  list: method(z.object({ callId: z.uuid() }).strict(), z.array(meetingSchema)),
  get: method(idInput, meetingSchema),
  /** Checks the quorum after recusals per decision and the approved amounts; applies the decisions in one transaction. */
  create: method(z.object({ meeting: meetingInputSchema }).strict(), created),
  delete: method(idInput, done),
  restore: method(idInput, done),
  /** Asks where to save, then writes the minutes as PDF (audited). */
  saveMinutes: method(idInput, saved),
} as const;

export const grantAwardsContract = {
  forApplication: method(z.object({ applicationId: z.uuid() }).strict(), z.object({ award: awardSchema, tranches: z.array(trancheStatusSchema), reports: z.array(reportSchema) }).nullable()),
  create: method(z.object({ award: awardInputSchema }).strict(), created),
  update: method(z.object({ id: z.uuid(), award: awardInputSchema }).strict(), done),
  /** A tranche whose condition is not met answers `condition_not_met` unless the payment carries an override reason. */
  pay: method(z.object({ payment: paymentInputSchema }).strict(), created),
  removePayment: method(idInput, done),
  receiveReport: method(z.object({ id: z.uuid(), report: reportReceiveSchema }).strict(), done),
  reviewReport: method(z.object({ id: z.uuid(), review: reportReviewSchema }).strict(), done),
  /** Reports past due and not received or approved, soonest due first. */
  overdueReports: method(z.object({}).strict(), z.array(reportSchema.extend({ applicationId: z.uuid(), applicationTitle: z.string(), communityName: z.string() }))),
} as const;

export const grantDashboardContract = {
  get: method(z.object({}).strict(), grantsDashboardSchema),
  exportCsv: method(z.object({}).strict(), saved),
  printReport: method(z.object({}).strict(), saved),
} as const;
