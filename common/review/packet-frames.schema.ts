// The rows inside review packets and review returns (docs/bundle-format.md, "Review packets and returns"). Both are
// bundles of the usual container whose records frames name these tables; each row is checked against its schema here
// before anything of it is kept. A packet holds only what one member was assigned; a return only their answers.
import { z } from 'zod';
import { criterionSchema, currencySchema } from '../grants/call.schema.js';
import { languageCodeSchema } from '../roster/collaborator.schema.js';
import { criterionScoreSchema } from '../grants/review.schema.js';

const id = z.uuid();
const text = (max: number) => z.string().max(max);
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const PACKET_TABLES = ['packet_info', 'packet_calls', 'packet_applications', 'packet_report', 'packet_consultations', 'packet_questions', 'packet_files'] as const;
export type PacketTable = (typeof PACKET_TABLES)[number];
export const RETURN_TABLES = ['return_declarations', 'return_scores', 'return_answers', 'return_advice'] as const;
export type ReturnTable = (typeof RETURN_TABLES)[number];

/** The packet's cover: exactly one row. */
export const packetInfoRowSchema = z
  .object({
    packetId: id,
    title: text(300),
    /** The secretariat's note to the member. */
    message: text(10_000),
    /** The day answers are asked for; null when none was set. */
    respondBy: day.nullable(),
    /** After this instant the packet's content is purged from the member's vault. */
    expiresAt: z.iso.datetime(),
    blind: z.boolean(),
    /** The period of the monitoring report and consultations, when the packet carries them. */
    period: z.object({ from: day, to: day }).strict().nullable(),
    senderName: text(100),
  })
  .strict();
export type PacketInfoRow = z.infer<typeof packetInfoRowSchema>;

/** A call as the member needs it to score: its title and text in one language and the rubric. */
export const packetCallRowSchema = z
  .object({
    id,
    title: text(300),
    text: text(20_000),
    language: languageCodeSchema,
    currency: currencySchema,
    ceiling: z.number().min(0),
    criteria: z.array(criterionSchema).min(1).max(12),
  })
  .strict();
export type PacketCallRow = z.infer<typeof packetCallRowSchema>;

export const packetBudgetLineSchema = z
  .object({ description: text(500), amount: z.number(), currency: currencySchema, converted: z.number() })
  .strict();

/** An application, read-only, without contacts, late reason, intake details or anything sensitive. */
export const packetApplicationRowSchema = z
  .object({
    id,
    callId: id,
    title: text(300),
    /** Null in a blind packet. */
    communityName: text(200).nullable(),
    /** Null in a blind packet. */
    country: z.string().regex(/^[A-Z]{2}$/).nullable(),
    region: z.string().max(40),
    originalLanguage: languageCodeSchema,
    originalText: text(50_000),
    translationLanguage: languageCodeSchema.nullable(),
    translation: text(50_000),
    amountRequested: z.number().min(0),
    budget: z.array(packetBudgetLineSchema).max(100),
    /** The files of this application that travel with the packet (rows of packet_files). */
    fileIds: z.array(id).max(50),
  })
  .strict();
export type PacketApplicationRow = z.infer<typeof packetApplicationRowSchema>;

/** One collaboration in the monitoring report: its lifecycle and what was learned, nothing of its contacts or risks. */
export const packetCollaborationSchema = z
  .object({
    id,
    title: text(300),
    communityName: text(200).nullable(),
    region: z.string().max(40),
    stage: z.string().max(40),
    startedOn: day.nullable(),
    stages: z.array(z.object({ stage: z.string().max(40), on: day }).strict()).max(50),
    outcomes: z.array(text(2000)).max(50),
    learnings: z.array(text(5000)).max(50),
  })
  .strict();
export type PacketCollaboration = z.infer<typeof packetCollaborationSchema>;

/** The monitoring report for the period: at most one row. Figures are named counts, for the member's language to label. */
export const packetReportRowSchema = z
  .object({
    from: day,
    to: day,
    figures: z.array(z.object({ key: z.string().regex(/^[a-zA-Z_.]{1,60}$/), value: z.number() }).strict()).max(100),
    collaborations: z.array(packetCollaborationSchema).max(2000),
  })
  .strict();
export type PacketReportRow = z.infer<typeof packetReportRowSchema>;

/** A consultation round's summary: never a sensitive quote. */
export const packetConsultationRowSchema = z
  .object({
    id,
    topic: text(300),
    startsOn: day,
    endsOn: day.nullable(),
    channel: z.string().max(40),
    participants: z.array(text(200)).max(200),
    feedback: z.array(z.object({ theme: text(100), text: text(5000), quote: text(2000) }).strict()).max(200),
    actions: z.array(z.object({ text: text(1000), owner: text(100), dueOn: day.nullable(), doneOn: day.nullable() }).strict()).max(100),
  })
  .strict();
export type PacketConsultationRow = z.infer<typeof packetConsultationRowSchema>;

export const QUESTION_KINDS = ['text', 'rating'] as const;
export const questionKindSchema = z.enum(QUESTION_KINDS);

/** A question for the member: free text, or a 1–5 rating with labels for its two ends. */
export const packetQuestionSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]{1,40}$/),
    text: z.string().trim().min(1).max(2000),
    kind: questionKindSchema,
    /** For a rating: what 1 and 5 mean. Empty for text questions. */
    lowLabel: z.string().trim().max(100),
    highLabel: z.string().trim().max(100),
  })
  .strict();
export type PacketQuestion = z.infer<typeof packetQuestionSchema>;
export const packetQuestionRowSchema = packetQuestionSchema.extend({ position: z.number().int().min(0).max(100) }).strict();

/** An attachment explicitly added to the packet; its bytes follow in attachment frames under the same id. */
export const packetFileRowSchema = z
  .object({
    id,
    applicationId: id.nullable(),
    name: text(255),
    mediaType: text(255),
    size: z.number().int().min(0).max(2 ** 40),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();
export type PacketFileRow = z.infer<typeof packetFileRowSchema>;

export const PACKET_ROW_SCHEMAS: Readonly<Record<PacketTable, z.ZodType>> = {
  packet_info: packetInfoRowSchema,
  packet_calls: packetCallRowSchema,
  packet_applications: packetApplicationRowSchema,
  packet_report: packetReportRowSchema,
  packet_consultations: packetConsultationRowSchema,
  packet_questions: packetQuestionRowSchema,
  packet_files: packetFileRowSchema,
};

// Returns.
export const returnDeclarationRowSchema = z
  .object({ applicationId: id, declaration: z.enum(['none', 'conflict']), reason: text(2000), declaredAt: z.iso.datetime() })
  .strict();
export type ReturnDeclarationRow = z.infer<typeof returnDeclarationRowSchema>;

export const returnScoresRowSchema = z
  .object({ applicationId: id, scores: z.array(criterionScoreSchema).min(1).max(12), scoredAt: z.iso.datetime() })
  .strict();
export type ReturnScoresRow = z.infer<typeof returnScoresRowSchema>;

export const returnAnswerRowSchema = z
  .object({ questionId: z.string().regex(/^[a-z0-9-]{1,40}$/), text: text(10_000), rating: z.number().int().min(1).max(5).nullable() })
  .strict();
export type ReturnAnswerRow = z.infer<typeof returnAnswerRowSchema>;

/** Exactly one row: the free advice and when the member returned it. */
export const returnAdviceRowSchema = z.object({ advice: text(20_000), returnedAt: z.iso.datetime() }).strict();
export type ReturnAdviceRow = z.infer<typeof returnAdviceRowSchema>;

export const RETURN_ROW_SCHEMAS: Readonly<Record<ReturnTable, z.ZodType>> = {
  return_declarations: returnDeclarationRowSchema,
  return_scores: returnScoresRowSchema,
  return_answers: returnAnswerRowSchema,
  return_advice: returnAdviceRowSchema,
};
