// The Today view: follow-ups overdue and coming up, collaborations gone quiet, and requests nobody has picked up yet.
import { z } from 'zod';
import { acknowledgementDaysSchema, deliveryStateSchema } from '../bundles/delivery.schema.js';
import { collaborationStateSchema } from './collaboration.schema.js';
import { requestStatusSchema, urgencySchema } from './taxonomy.js';

/** Stalled means no activity (and no lifecycle step) for this many days; the user can change it. */
export const DEFAULT_STALLED_DAYS = 30;
export const stalledDaysSchema = z.number().int().min(1).max(365);
/** How far ahead "upcoming" follow-ups look. */
export const UPCOMING_DAYS = 14;

const collaborationLine = z.object({
  id: z.uuid(),
  communityName: z.string(),
  owner: z.string(),
  state: collaborationStateSchema,
  nextFollowUp: z.string().nullable(),
  /** The date of the last activity or lifecycle step. */
  lastMovement: z.string(),
});

export const todaySchema = z.object({
  date: z.iso.date(),
  stalledDays: stalledDaysSchema,
  overdue: z.array(collaborationLine),
  upcoming: z.array(collaborationLine),
  stalled: z.array(collaborationLine),
  newRequests: z.array(
    z.object({ id: z.uuid(), communityName: z.string(), urgency: urgencySchema, deadline: z.string().nullable(), status: requestStatusSchema }),
  ),
  /** After how many days an unacknowledged bundle is overdue (Bundles settings; default 14). */
  acknowledgementDays: acknowledgementDaysSchema,
  /** Team members whose acknowledgement of a bundle is overdue, the longest waiting first. */
  unacknowledged: z.array(deliveryStateSchema),
});
export type Today = z.infer<typeof todaySchema>;
