// A reviewer's side (reviewer mode): the Review inbox, a packet opened read-only, the declaration that must come before
// an application opens, the member's scores, answers and advice (drafts until returned), and the return itself.
import { z } from 'zod';
import { criterionScoreSchema } from '../grants/review.schema.js';
import {
  packetApplicationRowSchema,
  packetCallRowSchema,
  packetConsultationRowSchema,
  packetInfoRowSchema,
  packetQuestionSchema,
  packetReportRowSchema,
} from './packet-frames.schema.js';

export const INBOX_STATES = ['open', 'returned', 'expired'] as const;
export const inboxStateSchema = z.enum(INBOX_STATES);
export type InboxState = z.infer<typeof inboxStateSchema>;

export const inboxItemSchema = z.object({
  packetId: z.uuid(),
  title: z.string(),
  senderName: z.string(),
  receivedAt: z.string(),
  respondBy: z.string().nullable(),
  expiresAt: z.string(),
  state: inboxStateSchema,
  /** Zero once purged. */
  applications: z.number().int(),
  questions: z.number().int(),
  declared: z.number().int(),
  scored: z.number().int(),
  returnedAt: z.string().nullable(),
});
export type InboxItem = z.infer<typeof inboxItemSchema>;

export const inboxDeclarationSchema = z.enum(['pending', 'none', 'conflict']);

/** An application in the packet's list: its title (and community unless blind), and where the member stands on it. */
export const inboxApplicationSummarySchema = z.object({
  id: z.uuid(),
  callId: z.uuid(),
  title: z.string(),
  communityName: z.string().nullable(),
  declaration: inboxDeclarationSchema,
  /** 'draft' once scores were saved, 'none' before. */
  scores: z.enum(['none', 'draft']),
});

export const fileSummarySchema = z.object({ id: z.uuid(), applicationId: z.uuid().nullable(), name: z.string(), mediaType: z.string(), size: z.number().int() });

export const inboxAnswerSchema = z
  .object({ questionId: z.string().regex(/^[a-z0-9-]{1,40}$/), text: z.string().trim().max(10_000).default(''), rating: z.number().int().min(1).max(5).nullable().default(null) })
  .strict();
export type InboxAnswerInput = z.input<typeof inboxAnswerSchema>;

/** A packet opened: empty lists once purged (`state` says expired); the member's own answers stay. */
export const inboxPacketSchema = z.object({
  packetId: z.uuid(),
  state: inboxStateSchema,
  info: packetInfoRowSchema.nullable(),
  title: z.string(),
  senderName: z.string(),
  receivedAt: z.string(),
  expiresAt: z.string(),
  calls: z.array(packetCallRowSchema),
  applications: z.array(inboxApplicationSummarySchema),
  report: packetReportRowSchema.nullable(),
  consultations: z.array(packetConsultationRowSchema),
  questions: z.array(packetQuestionSchema),
  files: z.array(fileSummarySchema),
  answers: z.array(z.object({ questionId: z.string(), text: z.string(), rating: z.number().int().nullable() })),
  advice: z.string(),
  returnedAt: z.string().nullable(),
});
export type InboxPacket = z.infer<typeof inboxPacketSchema>;

/** One application opened after a declaration of no conflict, with its call's rubric and the member's draft scores. */
export const inboxApplicationSchema = z.object({
  application: packetApplicationRowSchema,
  call: packetCallRowSchema,
  files: z.array(fileSummarySchema),
  scores: z.array(criterionScoreSchema),
});
export type InboxApplication = z.infer<typeof inboxApplicationSchema>;

export const inboxDeclareSchema = z
  .object({
    packetId: z.uuid(),
    applicationId: z.uuid(),
    declaration: z.enum(['none', 'conflict']),
    reason: z.string().trim().max(2000).default(''),
  })
  .strict()
  .refine((d) => d.declaration === 'none' || d.reason.length > 0, { message: 'reason_required', path: ['reason'] });

export const inboxScoreSchema = z
  .object({ packetId: z.uuid(), applicationId: z.uuid(), scores: z.array(criterionScoreSchema).min(1).max(12) })
  .strict();

export const inboxAnswersSchema = z
  .object({ packetId: z.uuid(), answers: z.array(inboxAnswerSchema).max(30), advice: z.string().trim().max(20_000).default('') })
  .strict();

export const inboxImportReportSchema = z.object({
  packetId: z.uuid(),
  title: z.string(),
  senderName: z.string(),
  applications: z.number().int(),
  questions: z.number().int(),
  files: z.number().int(),
  expiresAt: z.string(),
});
export type InboxImportReport = z.infer<typeof inboxImportReportSchema>;

export const returnSavedSchema = z.object({ saved: z.boolean(), bundleId: z.uuid().nullable(), bytes: z.number().int() });
