// The region × strategy area × status table as rows, shared by the screen and the printed report so both show the same figures.
import { COLLABORATION_STATES, type CollaborationState } from '../community/collaboration.schema.js';
import { REGIONS, STRATEGY_AREAS, type Region } from '../roster/taxonomy.js';
import { NOT_STATED, type Dashboard, type DashboardArea } from './dashboard.schema.js';

export const DASHBOARD_AREAS: readonly DashboardArea[] = [...STRATEGY_AREAS, NOT_STATED];

export interface TableLine {
  /** null on a region's own line (every area, each collaboration once). */
  area: DashboardArea | null;
  byStatus: Record<CollaborationState, number>;
  total: number;
}

export interface RegionBlock {
  region: Region;
  /** The region's line first, then one line per strategy area that has a collaboration. */
  lines: TableLine[];
}

const zeroes = (): Record<CollaborationState, number> =>
  Object.fromEntries(COLLABORATION_STATES.map((state) => [state, 0])) as Record<CollaborationState, number>;

/** Regions in their fixed order, only those with collaborations; areas likewise. */
export function dashboardTable(dashboard: Dashboard): RegionBlock[] {
  return REGIONS.flatMap((region) => {
    const total = dashboard.byRegion.find((line) => line.region === region)?.count ?? 0;
    if (total === 0) return [];
    const regionLine: TableLine = { area: null, byStatus: zeroes(), total };
    for (const line of dashboard.byRegionStatus) if (line.region === region) regionLine.byStatus[line.status] = line.count;
    const areaLines = DASHBOARD_AREAS.flatMap((area) => {
      const cells = dashboard.cells.filter((cell) => cell.region === region && cell.area === area);
      if (cells.length === 0) return [];
      const line: TableLine = { area, byStatus: zeroes(), total: 0 };
      for (const cell of cells) {
        line.byStatus[cell.status] = cell.count;
        line.total += cell.count;
      }
      return [line];
    });
    return [{ region, lines: [regionLine, ...areaLines] }];
  });
}

/** Collaborations per strategy area over every region (a collaboration counts under each of its areas). */
export function countsByArea(dashboard: Dashboard): { area: DashboardArea; count: number }[] {
  return DASHBOARD_AREAS.map((area) => ({
    area,
    count: dashboard.cells.filter((cell) => cell.area === area).reduce((sum, cell) => sum + cell.count, 0),
  })).filter((line) => line.count > 0);
}
