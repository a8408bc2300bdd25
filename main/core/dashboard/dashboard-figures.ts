// Every dashboard figure in one pass over the index, and the list behind a figure: the definitions live here.
import { COLLABORATION_STATES, type CollaborationState } from '../../../common/community/collaboration.schema.js';
import { DASHBOARD_AREAS } from '../../../common/dashboard/dashboard-table.js';
import type { Dashboard, DashboardArea, DashboardDrill, DashboardFigure, DashboardRange } from '../../../common/dashboard/dashboard.schema.js';
import { REGIONS, type Region } from '../../../common/roster/taxonomy.js';
import type { DashboardIndex, IndexedCollaboration, IndexedCollaborator, IndexedCommunity } from './dashboard-index.js';

/** Sorts after every ISO timestamp: an open end of the range. */
const OPEN_END = '~';

/** The range as bounds on stored ISO timestamps: `from` inclusive, `toEnd` (the day after `to`) exclusive. */
export function rangeBounds(range: DashboardRange): { from: string; toEnd: string } {
  const toEnd = range.to === null ? OPEN_END : new Date(Date.parse(`${range.to}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { from: range.from ?? '', toEnd };
}

/** Open at some moment of the range: proposed before its end, and not concluded or declined before its start. */
function activeIn(bounds: { from: string; toEnd: string }) {
  return (k: IndexedCollaboration) => k.startedAt < bounds.toEnd && (k.endedAt === null || k.endedAt >= bounds.from);
}

/** Reached "introduced" within the range. */
function linkedIn(bounds: { from: string; toEnd: string }) {
  return (k: IndexedCollaboration) => k.introducedAt !== null && k.introducedAt >= bounds.from && k.introducedAt < bounds.toEnd;
}

const regionIndex = new Map(REGIONS.map((region, i) => [region, i]));
const areaIndex = new Map(DASHBOARD_AREAS.map((area, i) => [area, i]));
const statusIndex = new Map(COLLABORATION_STATES.map((state, i) => [state, i]));

/** Every figure of the range, in the fixed orders of regions, strategy areas and states. */
export function countFigures(index: DashboardIndex, range: DashboardRange): Dashboard {
  const bounds = rangeBounds(range);
  const active = activeIn(bounds);
  const linked = linkedIn(bounds);
  const S = COLLABORATION_STATES.length;
  const A = DASHBOARD_AREAS.length;
  const cells = new Array<number>(REGIONS.length * A * S).fill(0);
  const regionStatus = new Array<number>(REGIONS.length * S).fill(0);
  const communities = new Set<IndexedCommunity>();
  const countries = new Set<string>();
  const collaborators = new Set<IndexedCollaborator>();
  let total = 0;
  let linkages = 0;
  for (const k of index.collaborations) {
    if (!active(k)) continue;
    total += 1;
    if (linked(k)) linkages += 1;
    const r = regionIndex.get(k.community.region)!;
    const s = statusIndex.get(k.state)!;
    regionStatus[r * S + s]! += 1;
    for (const area of k.areas) cells[(r * A + areaIndex.get(area)!) * S + s]! += 1;
    communities.add(k.community);
    countries.add(k.community.country);
    for (const member of k.members) collaborators.add(member);
  }
  const dashboard: Dashboard = {
    range,
    totals: { collaborations: total, linkages, communities: communities.size, collaborators: collaborators.size, countries: countries.size },
    cells: [],
    byRegion: [],
    byStatus: [],
    byRegionStatus: [],
  };
  REGIONS.forEach((region, r) => {
    let regionTotal = 0;
    COLLABORATION_STATES.forEach((status, s) => {
      const count = regionStatus[r * S + s]!;
      regionTotal += count;
      if (count > 0) dashboard.byRegionStatus.push({ region, status, count });
    });
    if (regionTotal > 0) dashboard.byRegion.push({ region, count: regionTotal });
    DASHBOARD_AREAS.forEach((area, a) =>
      COLLABORATION_STATES.forEach((status, s) => {
        const count = cells[(r * A + a) * S + s]!;
        if (count > 0) dashboard.cells.push({ region, area, status, count });
      }),
    );
  });
  COLLABORATION_STATES.forEach((status, s) => {
    const count = REGIONS.reduce((sum, _region, r) => sum + regionStatus[r * S + s]!, 0);
    if (count > 0) dashboard.byStatus.push({ status, count });
  });
  return dashboard;
}

function matchesCell(cell: { region: Region | null; area: DashboardArea | null; status: CollaborationState | null }) {
  return (k: IndexedCollaboration) =>
    (cell.region === null || k.community.region === cell.region) &&
    (cell.status === null || k.state === cell.status) &&
    (cell.area === null || k.areas.includes(cell.area));
}

const byName = <T extends { name: string; id: string }>(a: T, b: T) => {
  const left = a.name.toLowerCase();
  const right = b.name.toLowerCase();
  return left < right ? -1 : left > right ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
};

/** How many of `collaborations` each key has, in first-seen order. */
function tally<T>(collaborations: readonly IndexedCollaboration[], keysOf: (k: IndexedCollaboration) => readonly T[]): Map<T, number> {
  const counts = new Map<T, number>();
  for (const k of collaborations) for (const key of keysOf(k)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/** One page of the list behind a figure: collaborations newest first, communities and collaborators by name. */
export function drillFigure(index: DashboardIndex, range: DashboardRange, figure: DashboardFigure, page: { offset: number; limit: number }): DashboardDrill {
  const bounds = rangeBounds(range);
  const active = index.collaborations.filter(activeIn(bounds));
  const slice = <T>(list: readonly T[]) => list.slice(page.offset, page.offset + page.limit);
  switch (figure.kind) {
    case 'collaborations':
    case 'linkages': {
      const chosen = active.filter(figure.kind === 'linkages' ? linkedIn(bounds) : matchesCell(figure));
      return {
        kind: 'collaborations',
        total: chosen.length,
        items: slice(chosen).map((k) => ({
          id: k.id,
          communityId: k.community.id,
          communityName: k.community.name,
          region: k.community.region,
          country: k.community.country,
          status: k.state,
          areas: [...k.areas],
          owner: k.owner,
          startedOn: k.startedAt.slice(0, 10),
          introducedOn: k.introducedAt === null ? null : k.introducedAt.slice(0, 10),
        })),
      };
    }
    case 'communities':
    case 'countries': {
      const counts = tally(active, (k) => [k.community]);
      const list = [...counts.keys()].sort((a, b) => (figure.kind === 'countries' && a.country !== b.country ? (a.country < b.country ? -1 : 1) : byName(a, b)));
      return { kind: 'communities', total: list.length, items: slice(list).map((c) => ({ ...c, collaborations: counts.get(c)! })) };
    }
    case 'collaborators': {
      const counts = tally(active, (k) => k.members);
      const list = [...counts.keys()].sort(byName);
      return { kind: 'collaborators', total: list.length, items: slice(list).map((c) => ({ id: c.id, name: c.name, collaborations: counts.get(c)! })) };
    }
  }
}
