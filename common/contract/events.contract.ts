// Events main pushes to the renderer.
import { z } from 'zod';
import { event } from './define.js';

export const lockReasonSchema = z.enum(['user', 'idle', 'suspend', 'screen-lock', 'shutdown']);
export type LockReason = z.infer<typeof lockReasonSchema>;

export const creEvents = {
  vaultLocked: event(z.object({ reason: lockReasonSchema })),
} as const;
export type CreEvents = typeof creEvents;
