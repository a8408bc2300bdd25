// Consultation rounds: how the committee hears collaborators, especially communities. A round has a topic, dates, a
// channel and participants from the records; what was heard, tagged by theme (a quote that identifies someone is
// sensitive: it never leaves this vault, in a sync bundle or a review packet); and follow-up actions with an owner.
import { z } from 'zod';
import { syncMetadataSchema } from '../roster/collaborator.schema.js';
import { regionSchema, sharingLevelSchema } from '../roster/taxonomy.js';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date');
const itemId = z.string().regex(/^[a-z0-9-]{1,40}$/);

export const CONSULTATION_CHANNELS = ['meeting', 'call', 'survey', 'visit'] as const;
export const consultationChannelSchema = z.enum(CONSULTATION_CHANNELS);
export type ConsultationChannel = z.infer<typeof consultationChannelSchema>;

export const feedbackItemSchema = z.object({
  id: itemId,
  theme: z.string().trim().min(1).max(100),
  text: z.string().trim().min(1).max(5000),
  quote: z.string().trim().max(2000).default(''),
  /** The quote identifies someone: kept in this vault only. */
  quoteSensitive: z.boolean().default(false),
});
export type FeedbackItem = z.output<typeof feedbackItemSchema>;

export const followUpActionSchema = z.object({
  id: itemId,
  text: z.string().trim().min(1).max(1000),
  owner: z.string().trim().min(1).max(100),
  dueOn: day.nullable().default(null),
  doneOn: day.nullable().default(null),
});
export type FollowUpAction = z.output<typeof followUpActionSchema>;

export const consultationInputSchema = z
  .object({
    topic: z.string().trim().min(1).max(300),
    startsOn: day,
    endsOn: day.nullable().default(null),
    channel: consultationChannelSchema,
    region: regionSchema,
    sharing: sharingLevelSchema,
    communityIds: z.array(z.uuid()).max(200).default([]),
    collaboratorIds: z.array(z.uuid()).max(200).default([]),
    otherParticipants: z.string().trim().max(2000).default(''),
    feedback: z.array(feedbackItemSchema).max(200).default([]),
    actions: z.array(followUpActionSchema).max(100).default([]),
    notes: z.string().trim().max(10_000).default(''),
  })
  .refine((c) => c.endsOn === null || c.endsOn >= c.startsOn, { message: 'ends_before_start', path: ['endsOn'] });
export type ConsultationInput = z.input<typeof consultationInputSchema>;
export type ConsultationFields = z.output<typeof consultationInputSchema>;

const named = z.object({ id: z.uuid(), name: z.string() });

export const consultationSchema = z
  .object({
    id: z.uuid(),
    topic: z.string(),
    startsOn: z.string(),
    endsOn: z.string().nullable(),
    channel: consultationChannelSchema,
    region: regionSchema,
    sharing: sharingLevelSchema,
    communityIds: z.array(z.uuid()),
    collaboratorIds: z.array(z.uuid()),
    /** The participants' names as this vault knows them; a record this vault lacks is left out. */
    communities: z.array(named),
    collaborators: z.array(named),
    otherParticipants: z.string(),
    /** Sensitive quotes included: this vault's own view. */
    feedback: z.array(z.object({ id: z.string(), theme: z.string(), text: z.string(), quote: z.string(), quoteSensitive: z.boolean() })),
    actions: z.array(z.object({ id: z.string(), text: z.string(), owner: z.string(), dueOn: z.string().nullable(), doneOn: z.string().nullable() })),
    notes: z.string(),
  })
  .extend(syncMetadataSchema.shape);
export type Consultation = z.infer<typeof consultationSchema>;

export const consultationSummarySchema = z.object({
  id: z.uuid(),
  topic: z.string(),
  startsOn: z.string(),
  endsOn: z.string().nullable(),
  channel: consultationChannelSchema,
  region: regionSchema,
  participants: z.number().int(),
  feedback: z.number().int(),
  openActions: z.number().int(),
  overdueActions: z.number().int(),
  deletedAt: z.string().nullable(),
});
export type ConsultationSummary = z.infer<typeof consultationSummarySchema>;

/** An open follow-up action past its due day, for Today. */
export const overdueActionSchema = z.object({
  consultationId: z.uuid(),
  topic: z.string(),
  actionId: z.string(),
  text: z.string(),
  owner: z.string(),
  dueOn: z.string(),
});
export type OverdueAction = z.infer<typeof overdueActionSchema>;
