// The Advisory Committee's work (docs/advisory-committee.md). `reviewPackets`: the secretariat composes one sealed packet
// per member, previews it, saves it, and imports the signed returns. `reviewInbox`: a reviewer's vault opens packets,
// declares conflicts, scores, answers, and returns its review. Files go out and come in by main's own dialogs; `token`
// names the bundleProgress events of a long write or read.
import { z } from 'zod';
import {
  inboxAnswersSchema,
  inboxApplicationSchema,
  inboxDeclareSchema,
  inboxImportReportSchema,
  inboxItemSchema,
  inboxPacketSchema,
  inboxScoreSchema,
  returnSavedSchema,
} from '../review/inbox.schema.js';
import {
  packetComposeSchema,
  packetDetailSchema,
  packetPreviewSchema,
  packetSavedSchema,
  packetSummarySchema,
  returnImportReportSchema,
} from '../review/review.schema.js';
import { method } from './define.js';

const idInput = z.object({ id: z.uuid() }).strict();
const packetInput = z.object({ packetId: z.uuid() }).strict();
const done = z.null();

export const reviewPacketsContract = {
  /** Team members in reviewer mode this vault may send packets to, with whether they are verified. */
  members: method(z.object({}).strict(), z.array(z.object({ id: z.uuid(), displayName: z.string(), role: z.string(), verified: z.boolean() }))),
  /** One preview per recipient: exactly what travels and what is withheld, and why. Writes nothing. */
  preview: method(z.object({ packet: packetComposeSchema }).strict(), z.array(packetPreviewSchema)),
  /** Records one packet per recipient (not yet saved as a file); answers their ids in the recipients' order. */
  compose: method(z.object({ packet: packetComposeSchema }).strict(), z.object({ ids: z.array(z.uuid()) })),
  list: method(z.object({ limit: z.number().int().min(1).max(1000).default(200) }).strict(), z.array(packetSummarySchema)),
  get: method(idInput, packetDetailSchema),
  /** Asks where to save, then writes the packet sealed to its member alone (audited); `saved` false when cancelled. */
  save: method(z.object({ id: z.uuid(), token: z.uuid() }).strict(), packetSavedSchema),
  /** Removes a packet not yet saved as a file. */
  discard: method(idInput, done),
  /** Asks for a return file and imports it in one transaction, or refuses it with nothing written; null when cancelled. */
  importReturn: method(z.object({ token: z.uuid() }).strict(), returnImportReportSchema.nullable()),
} as const;

export const reviewInboxContract = {
  list: method(z.object({}).strict(), z.array(inboxItemSchema)),
  /** Asks for a packet file and opens it into the inbox; null when cancelled. */
  importPacket: method(z.object({ token: z.uuid() }).strict(), inboxImportReportSchema.nullable()),
  get: method(packetInput, inboxPacketSchema),
  /** `declaration_required` before a declaration, `recused` after a conflict, `packet_expired` once purged. */
  openApplication: method(z.object({ packetId: z.uuid(), applicationId: z.uuid() }).strict(), inboxApplicationSchema),
  declare: method(inboxDeclareSchema, done),
  /** Saves the scores as a draft, kept in the vault until returned. */
  score: method(inboxScoreSchema, done),
  /** Saves answers and advice as a draft. */
  answer: method(inboxAnswersSchema, done),
  /** Asks where to save, then writes the signed return for the secretariat; `saved` false when cancelled. */
  returnReview: method(z.object({ packetId: z.uuid(), token: z.uuid() }).strict(), returnSavedSchema),
  /** Asks where to save a file of the packet, then copies it out (audited); `saved` false when cancelled. */
  saveFile: method(z.object({ packetId: z.uuid(), fileId: z.uuid() }).strict(), z.object({ saved: z.boolean() })),
} as const;
