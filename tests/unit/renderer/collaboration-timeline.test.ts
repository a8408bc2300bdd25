// The collaboration's one timeline: activities and status changes merged newest first, a status change placed on the
// local day it happened, and on one day the activities before the status changes.
import { describe, expect, it } from 'vitest';
import type { Activity, ActivityKind } from '../../../common/community/collaboration.schema.js';
import { mergeTimeline, type TimelineEntry } from '../../../renderer/features/collaborations/timeline-model.js';

const COLLABORATION_ID = '0190a0e4-1c2b-7d3e-8f40-000000000031';

function activity(id: number, date: string, kind: ActivityKind, text: string): Activity {
  return {
    id: `0190a0e4-1c2b-7d3e-8f40-0000000001${String(id).padStart(2, '0')}`,
    collaborationId: COLLABORATION_ID,
    kind,
    date,
    text,
    createdAt: `${date}T09:00:00.000Z`,
    updatedAt: `${date}T09:00:00.000Z`,
    hlc: '0',
    changedBy: 'vault',
    deletedAt: null,
  };
}

/** Each entry in a word: `status:active@2025-03-02` or `activity:Call@2025-03-01`. */
function describeEntries(entries: readonly TimelineEntry[]): string[] {
  return entries.map((entry) => (entry.type === 'status' ? `status:${entry.state}${entry.first ? '(first)' : ''}@${entry.day}` : `activity:${entry.activity.text}@${entry.day}`));
}

/** A status change's day as UTC, so the cases read the same on every computer. */
const utcDay = (at: string) => at.slice(0, 10);

describe('mergeTimeline', () => {
  it('merges activities and status changes newest first', () => {
    const history = [
      { state: 'proposed' as const, at: '2025-02-01T10:00:00.000Z' },
      { state: 'introduced' as const, at: '2025-02-10T10:00:00.000Z' },
      { state: 'active' as const, at: '2025-03-05T10:00:00.000Z' },
    ];
    const activities = [activity(1, '2025-02-05', 'meeting', 'First call'), activity(2, '2025-03-01', 'note', 'Letter sent')];
    expect(describeEntries(mergeTimeline(activities, history, utcDay))).toEqual([
      'status:active@2025-03-05',
      'activity:Letter sent@2025-03-01',
      'status:introduced@2025-02-10',
      'activity:First call@2025-02-05',
      'status:proposed(first)@2025-02-01',
    ]);
  });

  it('on one day puts the activities first, the later entered first, then the status changes, the later first', () => {
    const history = [
      { state: 'proposed' as const, at: '2025-03-01T08:00:00.000Z' },
      { state: 'introduced' as const, at: '2025-03-01T09:00:00.000Z' },
    ];
    const activities = [activity(1, '2025-03-01', 'meeting', 'Morning call'), activity(2, '2025-03-01', 'note', 'Evening note')];
    expect(describeEntries(mergeTimeline(activities, history, utcDay))).toEqual([
      'activity:Evening note@2025-03-01',
      'activity:Morning call@2025-03-01',
      'status:introduced@2025-03-01',
      'status:proposed(first)@2025-03-01',
    ]);
  });

  it('places a status change on the local day it happened by default', () => {
    const history = [{ state: 'proposed' as const, at: '2025-03-01T23:30:00' }];
    expect(mergeTimeline([], history)).toEqual([{ type: 'status', key: 'status-0', day: '2025-03-01', state: 'proposed', first: true }]);
  });

  it('keeps a status change stored as a bare day on that day', () => {
    expect(mergeTimeline([], [{ state: 'active', at: '2025-03-01' }])[0]).toMatchObject({ day: '2025-03-01' });
  });
});
