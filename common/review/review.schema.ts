// The secretariat's side of review packets: composing one per member, the preview of what travels and what is
// withheld, the packets sent, and what a member's return brought back (docs/advisory-committee.md).
import { z } from 'zod';
import { criterionScoreSchema } from '../grants/review.schema.js';
import { bundleContentsSchema } from '../bundles/manifest.schema.js';
import { packetQuestionSchema } from './packet-frames.schema.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');

export const DEFAULT_PACKET_DAYS = 60;
export const MAX_PACKET_APPLICATIONS = 500;

export const packetPeriodSchema = z
  .object({ from: day, to: day })
  .strict()
  .refine((p) => p.from <= p.to, { message: 'period_order', path: ['to'] });

/** What the coordinator asks for; one packet per recipient is made from it. */
export const packetComposeSchema = z
  .object({
    title: z.string().trim().min(1).max(300),
    message: z.string().trim().max(10_000).default(''),
    /** Team members in reviewer mode (advisory_committee or working_group), verified. */
    recipientIds: z.array(z.uuid()).min(1).max(20),
    applicationIds: z.array(z.uuid()).max(MAX_PACKET_APPLICATIONS).default([]),
    /** Attachment ids of the selected applications' documents: only these files travel. */
    fileIds: z.array(z.uuid()).max(1000).default([]),
    /** The monitoring report and consultation summaries of this period travel when set. */
    period: packetPeriodSchema.nullable().default(null),
    includeReport: z.boolean().default(true),
    questions: z.array(packetQuestionSchema).max(30).default([]),
    /** Hides the applicant's name and community from the reviewer. */
    blind: z.boolean().default(false),
    respondBy: day.nullable().default(null),
    expiresInDays: z.number().int().min(1).max(365).default(DEFAULT_PACKET_DAYS),
  })
  .strict();
export type PacketComposeInput = z.input<typeof packetComposeSchema>;
export type PacketCompose = z.output<typeof packetComposeSchema>;

/** Why something selected, or part of a record, stays in this vault. */
export const WITHHELD_REASONS = [
  /** The member declared a conflict of interest on this application in an earlier packet. */
  'declared_conflict',
  /** The record's consent does not reach the committee (only 'network' does). */
  'consent',
  /** Contacts of anyone: applicants, communities, collaborators. */
  'contacts',
  /** Risk notes and other sensitive fields. */
  'sensitive',
  /** Attachments not explicitly added. */
  'not_added',
  /** Sensitive quotes of consultations. */
  'sensitive_quote',
  /** A selected record that is deleted or missing. */
  'unavailable',
] as const;
export const withheldReasonSchema = z.enum(WITHHELD_REASONS);
export type WithheldReason = z.infer<typeof withheldReasonSchema>;

export const withheldItemSchema = z.object({
  reason: withheldReasonSchema,
  /** What kind of thing: application, collaboration, consultation, file, field. */
  what: z.enum(['application', 'collaboration', 'consultation', 'file', 'field']),
  /** The record's title or the field's name, for the coordinator's eyes only. */
  label: z.string(),
  count: z.number().int().min(1),
});
export type WithheldItem = z.infer<typeof withheldItemSchema>;

/** For one recipient: exactly what their packet will carry, and what stays. */
export const packetPreviewSchema = z.object({
  memberId: z.uuid(),
  memberName: z.string(),
  applications: z.array(z.object({ id: z.uuid(), title: z.string(), communityName: z.string().nullable() })),
  collaborations: z.number().int(),
  consultations: z.number().int(),
  questions: z.number().int(),
  files: z.object({ count: z.number().int(), bytes: z.number().int() }),
  contents: bundleContentsSchema,
  withheld: z.array(withheldItemSchema),
  expiresAt: z.string(),
});
export type PacketPreview = z.infer<typeof packetPreviewSchema>;

export const PACKET_STATES = ['composed', 'sent', 'returned', 'expired'] as const;
export const packetStateSchema = z.enum(PACKET_STATES);
export type PacketState = z.infer<typeof packetStateSchema>;

export const packetSummarySchema = z.object({
  id: z.uuid(),
  title: z.string(),
  memberId: z.uuid(),
  memberName: z.string(),
  memberRole: z.string(),
  state: packetStateSchema,
  applications: z.number().int(),
  questions: z.number().int(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
  respondBy: z.string().nullable(),
  expiresAt: z.string(),
  returnedAt: z.string().nullable(),
});
export type PacketSummary = z.infer<typeof packetSummarySchema>;

/** What a return brought, each with who said it and when. */
export const returnViewSchema = z.object({
  memberName: z.string(),
  returnedAt: z.string(),
  receivedAt: z.string(),
  declarations: z.array(z.object({ applicationId: z.uuid(), title: z.string(), declaration: z.enum(['none', 'conflict']), reason: z.string(), declaredAt: z.string() })),
  scores: z.array(z.object({ applicationId: z.uuid(), title: z.string(), scores: z.array(criterionScoreSchema), weighted: z.number().nullable(), scoredAt: z.string() })),
  answers: z.array(z.object({ questionId: z.string(), question: z.string(), kind: z.enum(['text', 'rating']), text: z.string(), rating: z.number().int().nullable() })),
  advice: z.string(),
});
export type ReturnView = z.infer<typeof returnViewSchema>;

export const packetDetailSchema = packetSummarySchema.extend({
  message: z.string(),
  blind: z.boolean(),
  period: z.object({ from: z.string(), to: z.string() }).nullable(),
  includeReport: z.boolean(),
  applicationList: z.array(z.object({ id: z.uuid(), title: z.string() })),
  fileIds: z.array(z.uuid()),
  questionList: z.array(packetQuestionSchema),
  bundleId: z.uuid().nullable(),
  bytes: z.number().int().nullable(),
  returned: returnViewSchema.nullable(),
});
export type PacketDetail = z.infer<typeof packetDetailSchema>;

export const packetSavedSchema = z.object({ saved: z.boolean(), bundleId: z.uuid().nullable(), bytes: z.number().int() });
export type PacketSaved = z.infer<typeof packetSavedSchema>;

export const returnImportReportSchema = z.object({
  packetId: z.uuid(),
  title: z.string(),
  memberName: z.string(),
  declarations: z.number().int(),
  conflicts: z.number().int(),
  scores: z.number().int(),
  answers: z.number().int(),
  advice: z.boolean(),
});
export type ReturnImportReport = z.infer<typeof returnImportReportSchema>;
