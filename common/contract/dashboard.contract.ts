// The monitoring and learning dashboard: its figures over a time range, the list behind each figure, CSV and printed report.
import { z } from 'zod';
import {
  dashboardDrillSchema,
  dashboardFigureSchema,
  dashboardRangeSchema,
  dashboardSavedSchema,
  dashboardSchema,
  DRILL_PAGE_MAX,
} from '../dashboard/dashboard.schema.js';
import { method } from './define.js';

export const dashboardContract = {
  /** Every figure over the range; deleted records never count. */
  get: method(z.object({ range: dashboardRangeSchema }).strict(), dashboardSchema),
  /** The collaborations, communities or collaborators behind one figure, a page at a time. */
  drill: method(
    z
      .object({
        range: dashboardRangeSchema,
        figure: dashboardFigureSchema,
        offset: z.number().int().min(0).default(0),
        limit: z.number().int().min(1).max(DRILL_PAGE_MAX).default(100),
      })
      .strict(),
    dashboardDrillSchema,
  ),
  /** Asks where to save, then writes the figures as CSV (audited). */
  exportCsv: method(z.object({ range: dashboardRangeSchema }).strict(), dashboardSavedSchema),
  /** Asks where to save, then prints the report to PDF (audited). */
  printReport: method(z.object({ range: dashboardRangeSchema }).strict(), dashboardSavedSchema),
} as const;
