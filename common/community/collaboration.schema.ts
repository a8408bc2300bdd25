// Collaborations (linkages): a community or request, collaborators with roles, an owner, a dated lifecycle, a timeline,
// follow-ups, outcomes and learnings. The lifecycle's allowed steps are data, read by the service and the screens.
import { z } from 'zod';
import { syncMetadataSchema } from '../roster/collaborator.schema.js';
import { regionSchema, strategyAreaSchema } from '../roster/taxonomy.js';

export const COLLABORATION_STATES = ['proposed', 'introduced', 'active', 'paused', 'concluded', 'declined'] as const;
export const collaborationStateSchema = z.enum(COLLABORATION_STATES);
export type CollaborationState = z.infer<typeof collaborationStateSchema>;

/** proposed → introduced → active ↔ paused → concluded, or declined before it starts. Concluded and declined are final. */
export const COLLABORATION_STEPS: Readonly<Record<CollaborationState, readonly CollaborationState[]>> = {
  proposed: ['introduced', 'declined'],
  introduced: ['active', 'declined'],
  active: ['paused', 'concluded'],
  paused: ['active', 'concluded'],
  concluded: [],
  declined: [],
};

export function canMove(from: CollaborationState, to: CollaborationState): boolean {
  return COLLABORATION_STEPS[from].includes(to);
}

export const ACTIVITY_KINDS = ['note', 'meeting', 'introduction', 'document_shared', 'follow_up'] as const;
export const activityKindSchema = z.enum(ACTIVITY_KINDS);
export type ActivityKind = z.infer<typeof activityKindSchema>;

const isoDateSchema = z.iso.date();

export const memberSchema = z.object({
  collaboratorId: z.uuid(),
  /** What this collaborator does in the collaboration: "financial research lead", "legal advice". */
  role: z.string().trim().max(200).default(''),
});

export const learningSchema = z.object({
  whatWorked: z.string().trim().max(5000).default(''),
  whatDidNot: z.string().trim().max(5000).default(''),
  strategyArea: strategyAreaSchema.nullable().default(null),
  text: z.string().trim().max(10_000).default(''),
});
export type Learning = z.output<typeof learningSchema>;

export const collaborationInputSchema = z.object({
  communityId: z.uuid(),
  /** The request it answers, when there is one: it must be that community's. */
  requestId: z.uuid().nullable().default(null),
  members: z
    .array(memberSchema)
    .min(1)
    .max(30)
    .refine((members) => new Set(members.map((m) => m.collaboratorId)).size === members.length, 'duplicate_member'),
  /** The facilitator who follows it. */
  owner: z.string().trim().min(1).max(200),
  nextFollowUp: isoDateSchema.nullable().default(null),
  outcomes: z.string().max(10_000).default(''),
  learnings: z.array(learningSchema).max(50).default([]),
});
export type CollaborationInput = z.input<typeof collaborationInputSchema>;
export type CollaborationFields = z.output<typeof collaborationInputSchema>;

export const stateChangeSchema = z.object({ state: collaborationStateSchema, at: z.string() });
export type StateChange = z.infer<typeof stateChangeSchema>;

export const activityInputSchema = z.object({
  kind: activityKindSchema,
  date: isoDateSchema,
  text: z.string().trim().min(1).max(10_000),
});
export type ActivityInput = z.input<typeof activityInputSchema>;

export const activitySchema = activityInputSchema.extend({ id: z.uuid(), collaborationId: z.uuid() }).extend(syncMetadataSchema.shape);
export type Activity = z.infer<typeof activitySchema>;

export const collaborationSchema = collaborationInputSchema
  .extend({
    state: collaborationStateSchema,
    /** Every state it has been in, oldest first, each with when it entered it. */
    history: z.array(stateChangeSchema),
    communityName: z.string(),
    region: regionSchema,
    members: z.array(memberSchema.extend({ name: z.string() })),
  })
  .extend(syncMetadataSchema.shape);
export type Collaboration = z.infer<typeof collaborationSchema>;
