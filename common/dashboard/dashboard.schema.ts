// The monitoring and learning dashboard: its time range, the figures it counts, and the lists behind each figure.
import { z } from 'zod';
import { collaborationStateSchema } from '../community/collaboration.schema.js';
import { regionSchema, strategyAreaSchema } from '../roster/taxonomy.js';

const isoDateSchema = z.iso.date();

/** Whole UTC days, both ends included; null leaves that end open (both null: all time). */
export const dashboardRangeSchema = z
  .object({ from: isoDateSchema.nullable().default(null), to: isoDateSchema.nullable().default(null) })
  .strict()
  .refine((range) => range.from === null || range.to === null || range.from <= range.to, { message: 'from_after_to', path: ['to'] });
export type DashboardRange = z.output<typeof dashboardRangeSchema>;
export type DashboardRangeInput = z.input<typeof dashboardRangeSchema>;

/** A collaboration with no request (or whose request was deleted) counts under this instead of a strategy area. */
export const NOT_STATED = 'not_stated';
export const dashboardAreaSchema = z.union([strategyAreaSchema, z.literal(NOT_STATED)]);
export type DashboardArea = z.infer<typeof dashboardAreaSchema>;

const count = z.number().int().min(0);

export const dashboardTotalsSchema = z.object({
  /** Collaborations active at some point in the range. */
  collaborations: count,
  /** Collaborations that reached "introduced" within the range. */
  linkages: count,
  /** Distinct communities, collaborators and community countries of the collaborations active in the range. */
  communities: count,
  collaborators: count,
  countries: count,
});
export type DashboardTotals = z.infer<typeof dashboardTotalsSchema>;

export const dashboardCellSchema = z.object({ region: regionSchema, area: dashboardAreaSchema, status: collaborationStateSchema, count });
export type DashboardCell = z.infer<typeof dashboardCellSchema>;

export const dashboardSchema = z.object({
  range: z.object({ from: isoDateSchema.nullable(), to: isoDateSchema.nullable() }),
  totals: dashboardTotalsSchema,
  /** Region × strategy area × status, only the cells that are not zero. A collaboration counts once under each of its areas. */
  cells: z.array(dashboardCellSchema),
  /** Distinct collaborations per region, per status and per region and status (a region's row of the table). */
  byRegion: z.array(z.object({ region: regionSchema, count })),
  byStatus: z.array(z.object({ status: collaborationStateSchema, count })),
  byRegionStatus: z.array(z.object({ region: regionSchema, status: collaborationStateSchema, count })),
});
export type Dashboard = z.infer<typeof dashboardSchema>;

/** Which figure to open: the collaborations of a cell, row or column of the table (null: any), or one of the headline figures. */
export const dashboardFigureSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('collaborations'),
      region: regionSchema.nullable().default(null),
      area: dashboardAreaSchema.nullable().default(null),
      status: collaborationStateSchema.nullable().default(null),
    })
    .strict(),
  z.object({ kind: z.literal('linkages') }).strict(),
  z.object({ kind: z.literal('communities') }).strict(),
  z.object({ kind: z.literal('collaborators') }).strict(),
  z.object({ kind: z.literal('countries') }).strict(),
]);
export type DashboardFigure = z.output<typeof dashboardFigureSchema>;
export type DashboardFigureInput = z.input<typeof dashboardFigureSchema>;

export const DRILL_PAGE_MAX = 500;

export const drillCollaborationSchema = z.object({
  id: z.uuid(),
  communityId: z.uuid(),
  communityName: z.string(),
  region: regionSchema,
  country: z.string(),
  status: collaborationStateSchema,
  areas: z.array(dashboardAreaSchema),
  owner: z.string(),
  /** The day it was proposed, and the day it reached "introduced" if it did. */
  startedOn: isoDateSchema,
  introducedOn: isoDateSchema.nullable(),
});
export type DrillCollaboration = z.infer<typeof drillCollaborationSchema>;

export const drillCommunitySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  country: z.string(),
  region: regionSchema,
  /** How many of the figure's collaborations are this community's. */
  collaborations: count,
});
export type DrillCommunity = z.infer<typeof drillCommunitySchema>;

export const drillCollaboratorSchema = z.object({ id: z.uuid(), name: z.string(), collaborations: count });
export type DrillCollaborator = z.infer<typeof drillCollaboratorSchema>;

/** One page of the list behind a figure, and how many there are in all. */
export const dashboardDrillSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('collaborations'), total: count, items: z.array(drillCollaborationSchema) }),
  z.object({ kind: z.literal('communities'), total: count, items: z.array(drillCommunitySchema) }),
  z.object({ kind: z.literal('collaborators'), total: count, items: z.array(drillCollaboratorSchema) }),
]);
export type DashboardDrill = z.infer<typeof dashboardDrillSchema>;

/** What an export or a printed report answers: whether the user went through with it (cancelled the dialog or not). */
export const dashboardSavedSchema = z.object({ saved: z.boolean() });
