// What each column of a consultation row from a bundle may hold (schema 12), from the consultation's own schema in
// common/consultations, in the form db/consultations.repo.ts stores it: lists as JSON text, feedback without quotes
// that identify someone (those stay in `sensitive_quotes`, which never travels and so has no rule).
import { z } from 'zod';
import { consultationInputSchema, feedbackItemSchema, followUpActionSchema } from '../../../common/consultations/consultation.schema.js';
import type { ColumnRule } from './column-rules.js';

const value = (schema: z.ZodType): ColumnRule => ({ schema, list: false });
const list = (schema: z.ZodType): ColumnRule => ({ schema, list: true });

/** Each item once: a sensitive quote left in the vault names its feedback item by id. */
const uniqueIds = <T extends { id: string }>(items: T[]) => new Set(items.map((item) => item.id)).size === items.length;

const consultation = consultationInputSchema.shape;
/** A feedback item as stored: no sensitive flag, and its quote only when it identifies nobody. */
const storedFeedbackItem = feedbackItemSchema.omit({ quoteSensitive: true }).strict();

/** The consultations table's own columns; the sync columns every table has are added by column-rules.ts. */
export const CONSULTATION_COLUMN_RULES = {
  consultations: {
    topic: value(consultation.topic),
    starts_on: value(consultation.startsOn),
    ends_on: value(consultation.endsOn),
    channel: value(consultation.channel),
    region: value(consultation.region),
    sharing: value(consultation.sharing),
    community_ids: list(consultation.communityIds),
    collaborator_ids: list(consultation.collaboratorIds),
    other_participants: value(consultation.otherParticipants),
    feedback: list(z.array(storedFeedbackItem).max(200).refine(uniqueIds)),
    actions: list(z.array(followUpActionSchema.strict()).max(100).refine(uniqueIds)),
    notes: value(consultation.notes),
  },
} as const satisfies Record<string, Readonly<Record<string, ColumnRule>>>;

/** What a whole consultation row must satisfy beyond its columns: a round does not end before it starts. */
export function consultationRowIsValid(row: Readonly<Record<string, unknown>>): boolean {
  const { starts_on: startsOn, ends_on: endsOn } = row;
  return endsOn === null || (typeof endsOn === 'string' && typeof startsOn === 'string' && endsOn >= startsOn);
}
