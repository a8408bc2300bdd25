// The grants dashboard: per call, region and strategy area, what was asked, decided, awarded and paid, and how fast.
import { z } from 'zod';

export const grantFiguresSchema = z.object({
  applications: z.number().int(),
  approved: z.number().int(),
  declined: z.number().int(),
  waitlisted: z.number().int(),
  awards: z.number().int(),
  /** Sums in the call's currency; a group spanning currencies sums per currency (see `currency`). */
  requested: z.number(),
  awarded: z.number(),
  disbursed: z.number(),
  /** Median days from receiving an application to its decision, over decided ones; null when none was decided. */
  medianDaysToDecision: z.number().nullable(),
  /** Awards paid to the community itself, over all awards (0–1); null without awards. */
  directShare: z.number().nullable(),
});
export type GrantFigures = z.infer<typeof grantFiguresSchema>;

export const grantGroupSchema = z.object({ key: z.string(), label: z.string(), currency: z.string(), figures: grantFiguresSchema });
export type GrantGroup = z.infer<typeof grantGroupSchema>;

export const grantsDashboardSchema = z.object({
  generatedAt: z.string(),
  byCall: z.array(grantGroupSchema),
  byRegion: z.array(grantGroupSchema),
  byStrategyArea: z.array(grantGroupSchema),
  /** Per currency, all calls together. */
  totals: z.array(grantGroupSchema),
});
export type GrantsDashboard = z.infer<typeof grantsDashboardSchema>;
