// Collaborations: create and edit, move through the lifecycle, the activity timeline, tombstones and undo.
import { z } from 'zod';
import {
  activityInputSchema,
  activitySchema,
  collaborationInputSchema,
  collaborationSchema,
  collaborationStateSchema,
} from '../community/collaboration.schema.js';
import { matchSchema } from '../community/match.schema.js';
import { stalledDaysSchema, todaySchema } from '../community/today.schema.js';
import { method } from './define.js';

const idInput = z.object({ id: z.uuid() }).strict();
const created = z.object({ id: z.uuid() });
const done = z.null();

export const collaborationsContract = {
  /** Newest first; by community, by collaborator (a member) or by state; `deleted` lists the tombstones instead. */
  list: method(
    z.object({
      communityId: z.uuid().nullable().default(null),
      collaboratorId: z.uuid().nullable().default(null),
      states: z.array(collaborationStateSchema).max(6).default([]),
      /** The tombstones instead of the live records: the "deleted" view. */
      deleted: z.boolean().default(false),
      offset: z.number().int().min(0).default(0),
      limit: z.number().int().min(1).max(500).default(100),
    }).strict(),
    z.array(collaborationSchema),
  ),
  get: method(idInput, collaborationSchema),
  create: method(z.object({ collaboration: collaborationInputSchema }).strict(), created),
  update: method(z.object({ id: z.uuid(), collaboration: collaborationInputSchema }).strict(), done),
  /** One lifecycle step; a step the lifecycle does not allow answers `illegal_transition`. */
  move: method(z.object({ id: z.uuid(), to: collaborationStateSchema }).strict(), done),
  delete: method(idInput, done),
  restore: method(idInput, done),
  timeline: method(idInput, z.array(activitySchema)),
  addActivity: method(z.object({ id: z.uuid(), activity: activityInputSchema }).strict(), created),
  removeActivity: method(z.object({ activityId: z.uuid() }).strict(), done),
} as const;

export const matchingContract = {
  /** Collaborators ranked for a support request, each with the reasons behind its place. */
  forRequest: method(
    z.object({ requestId: z.uuid(), limit: z.number().int().min(1).max(200).default(30) }).strict(),
    z.array(matchSchema),
  ),
} as const;

export const todayContract = {
  /** Overdue and upcoming follow-ups, stalled collaborations and new requests, as of the computer's date. */
  get: method(z.object({}).strict(), todaySchema),
  /** How many days without movement make a collaboration stalled. */
  setStalledDays: method(z.object({ days: stalledDaysSchema }).strict(), done),
} as const;
