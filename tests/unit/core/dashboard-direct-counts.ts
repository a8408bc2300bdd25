// The dashboard's figures counted the plain way, one COUNT query per number, to check the one-pass aggregates against.
import { COLLABORATION_STATES } from '../../../common/community/collaboration.schema.js';
import { DASHBOARD_AREAS } from '../../../common/dashboard/dashboard-table.js';
import { NOT_STATED, type Dashboard, type DashboardArea, type DashboardRange } from '../../../common/dashboard/dashboard.schema.js';
import { REGIONS } from '../../../common/roster/taxonomy.js';
import type { ReadableDB } from '../../../db/handles.js';

/** Open on some day of the range: proposed on or before its last day, not concluded or declined before its first. */
const COUNTED = `
  FROM collaborations k JOIN communities c ON c.id = k.community_id LEFT JOIN support_requests r ON r.id = k.request_id
  WHERE k.deleted_at IS NULL AND c.deleted_at IS NULL
    AND (@to IS NULL OR substr(k.history ->> '$[0].at', 1, 10) <= @to)
    AND (@from IS NULL OR k.state NOT IN ('concluded', 'declined') OR substr(k.history ->> '$[#-1].at', 1, 10) >= @from)`;

function areaCondition(area: DashboardArea): string {
  return area === NOT_STATED
    ? '(r.id IS NULL OR r.deleted_at IS NOT NULL)'
    : `(r.deleted_at IS NULL AND EXISTS (SELECT 1 FROM json_each(r.strategy_areas) s WHERE s.value = '${area}'))`;
}

export function directCounts(db: ReadableDB, range: DashboardRange): Dashboard {
  const one = (select: string, extra = '', params: Record<string, string> = {}) =>
    (db.prepare(`SELECT ${select} AS n ${COUNTED} ${extra}`).get({ ...range, ...params }) as { n: number }).n;
  const dashboard: Dashboard = {
    range,
    totals: {
      collaborations: one('count(*)'),
      linkages: one(
        'count(*)',
        `AND EXISTS (SELECT 1 FROM json_each(k.history) h WHERE h.value ->> 'state' = 'introduced'
           AND (@from IS NULL OR substr(h.value ->> 'at', 1, 10) >= @from) AND (@to IS NULL OR substr(h.value ->> 'at', 1, 10) <= @to))`,
      ),
      communities: one('count(DISTINCT k.community_id)'),
      countries: one('count(DISTINCT c.country)'),
      collaborators: (
        db
          .prepare(
            `SELECT count(DISTINCT p.id) AS n FROM collaborators p
             WHERE p.deleted_at IS NULL AND EXISTS (SELECT 1 ${COUNTED}
               AND EXISTS (SELECT 1 FROM json_each(k.members) m WHERE m.value ->> 'collaboratorId' = p.id))`,
          )
          .get(range) as { n: number }
      ).n,
    },
    cells: [],
    byRegion: [],
    byStatus: [],
    byRegionStatus: [],
  };
  for (const region of REGIONS) {
    const count = one('count(*)', 'AND c.region = @region', { region });
    if (count > 0) dashboard.byRegion.push({ region, count });
    for (const area of DASHBOARD_AREAS) {
      for (const status of COLLABORATION_STATES) {
        const cell = one('count(*)', `AND c.region = @region AND k.state = @status AND ${areaCondition(area)}`, { region, status });
        if (cell > 0) dashboard.cells.push({ region, area, status, count: cell });
      }
    }
  }
  for (const status of COLLABORATION_STATES) {
    const count = one('count(*)', 'AND k.state = @status', { status });
    if (count > 0) dashboard.byStatus.push({ status, count });
  }
  for (const region of REGIONS) {
    for (const status of COLLABORATION_STATES) {
      const count = one('count(*)', 'AND c.region = @region AND k.state = @status', { region, status });
      if (count > 0) dashboard.byRegionStatus.push({ region, status, count });
    }
  }
  return dashboard;
}
