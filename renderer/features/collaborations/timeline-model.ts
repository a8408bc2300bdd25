// One timeline for a collaboration: its activities (each on a calendar day) and its lifecycle's status changes (each at a
// moment, placed on the local day it fell on), newest first. Within one day, activities come before status changes.
import type { Activity, CollaborationState } from '../../../common/community/collaboration.schema.js';
import { isDateOnly, localDayOf } from '../../ui/format-day-only.js';

export type TimelineEntry =
  | { type: 'activity'; key: string; day: string; activity: Activity }
  | { type: 'status'; key: string; day: string; state: CollaborationState; first: boolean };

interface StateChange {
  state: CollaborationState;
  at: string;
}

/** The local calendar day of a moment; a date-only value (or an unreadable one) is kept as it came. */
function dayOfMoment(at: string): string {
  const moment = new Date(at);
  return isDateOnly(at) || Number.isNaN(moment.getTime()) ? at.slice(0, 10) : localDayOf(moment);
}

/**
 * Activities come oldest first (by date, then the order they were entered) and the history oldest first; the result is
 * newest first. `dayOf` turns a status change's moment into its day (the computer's local day by default).
 */
export function mergeTimeline(activities: readonly Activity[], history: readonly StateChange[], dayOf: (at: string) => string = dayOfMoment): TimelineEntry[] {
  const entries: { entry: TimelineEntry; order: number }[] = [];
  history.forEach((change, index) => {
    entries.push({ entry: { type: 'status', key: `status-${index}`, day: dayOf(change.at), state: change.state, first: index === 0 }, order: index });
  });
  activities.forEach((activity, index) => {
    entries.push({ entry: { type: 'activity', key: activity.id, day: activity.date, activity }, order: history.length + index });
  });
  const rank = (entry: TimelineEntry) => (entry.type === 'activity' ? 1 : 0);
  return entries
    .sort((a, b) => (a.entry.day === b.entry.day ? rank(b.entry) - rank(a.entry) || b.order - a.order : a.entry.day < b.entry.day ? 1 : -1))
    .map(({ entry }) => entry);
}
