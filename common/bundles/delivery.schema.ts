// Delivery state of sync bundles, per team member this vault exchanges bundles with: the last bundle they acknowledged,
// and what was sent to them and is still waiting for their acknowledgement (docs/sync.md, "Acknowledged cursors").
import { z } from 'zod';

/** After how many days an unacknowledged bundle is shown as overdue on Today, unless the person set another figure. */
export const DEFAULT_ACKNOWLEDGEMENT_DAYS = 14;
export const acknowledgementDaysSchema = z.number().int().min(1).max(365);

export const deliveryStateSchema = z.object({
  memberId: z.uuid(),
  displayName: z.string(),
  /** The newest bundle of this vault the member acknowledged (the sequence, and when the acknowledgement arrived). */
  lastAcknowledged: z.object({ sequence: z.number().int().min(1), at: z.string() }).nullable(),
  /** Bundles sent to the member since, not acknowledged yet; null when nothing waits. */
  waiting: z
    .object({
      bundles: z.number().int().min(1),
      /** Records the newest of those bundles carried (each bundle carries again what the older ones did). */
      records: z.number().int().min(0),
      /** Withdrawals the newest of them carried. */
      withdrawals: z.number().int().min(0),
      /** When the oldest of them was written, and how many whole days ago (by the vault's clock). */
      since: z.string(),
      days: z.number().int().min(0),
    })
    .nullable(),
  /** True when the oldest unacknowledged bundle is older than the acknowledgement setting (default 14 days). */
  overdue: z.boolean(),
});
export type DeliveryState = z.infer<typeof deliveryStateSchema>;
