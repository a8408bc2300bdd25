// The Today screen's order: critical and high new requests first, then overdue follow-ups, overdue grant reports and consultation actions, upcoming follow-ups, the other requests, stalled collaborations.
import { describe, expect, it } from 'vitest';
import type { Today } from '../../../common/community/today.schema.js';
import { todayGroups } from '../../../renderer/features/today/today-groups.js';

const id = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const request = (n: number, urgency: Today['newRequests'][number]['urgency']) => ({ id: id(n), communityName: `C${n}`, urgency, deadline: null, status: 'new' as const });
const collaboration = (n: number, nextFollowUp: string | null) => ({
  id: id(n),
  communityName: `K${n}`,
  owner: 'Ana',
  state: 'active' as const,
  nextFollowUp,
  lastMovement: '2025-01-01',
});

describe('todayGroups', () => {
  const today: Today = {
    date: '2025-03-10',
    stalledDays: 30,
    overdue: [collaboration(1, '2025-03-01')],
    upcoming: [collaboration(2, '2025-03-12')],
    stalled: [collaboration(3, null)],
    // The core sends them most urgent first.
    newRequests: [request(4, 'critical'), request(5, 'high'), request(6, 'medium'), request(7, 'low')],
    acknowledgementDays: 14,
    unacknowledged: [],
  };

  it('puts critical and high new requests first, then overdue and upcoming follow-ups, the other requests, and stalled last', () => {
    expect(todayGroups(today).map((group) => group.id)).toEqual(['urgentRequests', 'overdue', 'upcoming', 'otherRequests', 'stalled']);
  });

  it('splits the new requests by urgency and keeps the core’s order inside each group', () => {
    const groups = todayGroups(today);
    const urgencies = (groupId: string) => groups.find((group) => group.id === groupId)?.lines.map((line) => ('urgency' in line ? line.urgency : null));
    expect(urgencies('urgentRequests')).toEqual(['critical', 'high']);
    expect(urgencies('otherRequests')).toEqual(['medium', 'low']);
  });

  const report = (n: number) => ({
    id: id(n),
    awardId: id(90),
    number: 1,
    kind: 'narrative' as const,
    dueDate: '2025-03-01',
    state: 'due' as const,
    receivedOn: null,
    text: '',
    attachmentId: null,
    reviewNote: '',
    reviewedOn: null,
    overdue: true,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    hlc: '0',
    changedBy: 'vault',
    deletedAt: null,
    applicationId: id(80 + n),
    applicationTitle: `Grant ${n}`,
    communityName: `G${n}`,
  });

  it('puts overdue grant reports right after the overdue follow-ups, in the core’s order', () => {
    const groups = todayGroups(today, [report(8), report(9)]);
    expect(groups.map((group) => group.id)).toEqual(['urgentRequests', 'overdue', 'grantReports', 'upcoming', 'otherRequests', 'stalled']);
    expect(groups[2]?.lines.map((line) => line.id)).toEqual([id(8), id(9)]);
  });

  it('leaves the grant reports group out when none is overdue, so a vault without grants does not see it', () => {
    expect(todayGroups(today, []).some((group) => group.id === 'grantReports')).toBe(false);
  });

  it('puts overdue consultation actions after the grant reports, and leaves their group out when none is overdue', () => {
    const action = (n: number) => ({ consultationId: id(90 + n), topic: `Round ${n}`, actionId: `action-${n}`, text: `Write back ${n}`, owner: 'Ana', dueOn: '2025-03-0' + n });
    const groups = todayGroups(today, [report(8)], [action(1), action(2)]);
    expect(groups.map((group) => group.id)).toEqual(['urgentRequests', 'overdue', 'grantReports', 'consultationActions', 'upcoming', 'otherRequests', 'stalled']);
    expect(groups[3]?.lines.map((line) => line.id)).toEqual([`${id(91)}/action-1`, `${id(92)}/action-2`]);
    expect(todayGroups(today, [], []).some((group) => group.id === 'consultationActions')).toBe(false);
    expect(todayGroups(today, [], [action(3)]).map((group) => group.id)).toEqual(['urgentRequests', 'overdue', 'consultationActions', 'upcoming', 'otherRequests', 'stalled']);
  });

  it('puts members whose acknowledgement is overdue after the overdue work, and leaves their group out when there is none', () => {
    const waiting = { bundles: 2, records: 5, withdrawals: 0, since: '2025-02-01T10:00:00.000Z', days: 37 };
    const late = { memberId: id(70), displayName: 'Dewi', lastAcknowledged: null, waiting, overdue: true };
    const groups = todayGroups({ ...today, unacknowledged: [late] }, [report(8)]);
    expect(groups.map((group) => group.id)).toEqual(['urgentRequests', 'overdue', 'grantReports', 'unacknowledged', 'upcoming', 'otherRequests', 'stalled']);
    expect(groups[3]?.lines).toEqual([{ ...late, id: id(70) }]);
    expect(todayGroups(today).some((group) => group.id === 'unacknowledged')).toBe(false);
  });

  it('keeps every group, even an empty one, so the screen can say there is nothing there', () => {
    const groups = todayGroups({ ...today, overdue: [], newRequests: [] });
    expect(groups.map((group) => group.lines.length)).toEqual([0, 0, 1, 0, 1]);
  });
});
