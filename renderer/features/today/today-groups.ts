// The order of the Today screen, most urgent first: critical and high new requests, overdue follow-ups, upcoming ones, the other new requests, then stalled collaborations.
import type { Today } from '../../../common/community/today.schema.js';
import type { Urgency } from '../../../common/community/taxonomy.js';

export type CollaborationLine = Today['overdue'][number];
export type RequestLine = Today['newRequests'][number];

export type TodayGroup =
  | { id: 'urgentRequests' | 'otherRequests'; kind: 'requests'; lines: RequestLine[] }
  | { id: 'overdue' | 'upcoming' | 'stalled'; kind: 'collaborations'; lines: CollaborationLine[] };

/** New requests that come before everything else on Today. */
export const URGENT_LEVELS: ReadonlySet<Urgency> = new Set<Urgency>(['critical', 'high']);

/** Every group, in the order the screen shows them; each keeps the order the core gave its lines (most urgent or soonest first). */
export function todayGroups(today: Today): TodayGroup[] {
  const urgent = today.newRequests.filter((line) => URGENT_LEVELS.has(line.urgency));
  const other = today.newRequests.filter((line) => !URGENT_LEVELS.has(line.urgency));
  return [
    { id: 'urgentRequests', kind: 'requests', lines: urgent },
    { id: 'overdue', kind: 'collaborations', lines: today.overdue },
    { id: 'upcoming', kind: 'collaborations', lines: today.upcoming },
    { id: 'otherRequests', kind: 'requests', lines: other },
    { id: 'stalled', kind: 'collaborations', lines: today.stalled },
  ];
}
