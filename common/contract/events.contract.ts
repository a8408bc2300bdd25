// Events main pushes to the renderer.
import { z } from 'zod';
import { bundleProgressSchema } from '../bundles/bundle-views.schema.js';
import { attachmentProgressSchema } from '../resources/resource.schema.js';
import { event } from './define.js';

export const lockReasonSchema = z.enum(['user', 'idle', 'suspend', 'screen-lock', 'shutdown']);
export type LockReason = z.infer<typeof lockReasonSchema>;

export const creEvents = {
  vaultLocked: event(z.object({ reason: lockReasonSchema })),
  /** Rows of a CSV import written so far; `total` rows will be written. */
  importProgress: event(z.object({ token: z.string(), done: z.number().int(), total: z.number().int() })),
  /** Bytes of an attachment stored or copied out so far. */
  attachmentProgress: event(attachmentProgressSchema),
  /** Bytes of a bundle written or read so far. */
  bundleProgress: event(bundleProgressSchema),
} as const;
export type CreEvents = typeof creEvents;
