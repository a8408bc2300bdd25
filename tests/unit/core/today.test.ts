// The Today view over a real vault: overdue and upcoming follow-ups of open collaborations only, stalled ones by their
// last movement (activity or lifecycle step) with a settable threshold, and new requests most urgent first, then by deadline.
import { describe, expect, it } from 'vitest';
import type { Today } from '../../../common/community/today.schema.js';
import { RIO_VERDE } from '../../helpers/community-fixtures.js';
import { routedTestVault } from '../../helpers/core-router.js';
import { ANA } from '../../helpers/roster-fixtures.js';

const DAY = 86_400_000;
const shift = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);

async function todayVault() {
  const made = await routedTestVault();
  const { call } = made;
  const community = await call<{ id: string }>('cre:communities.create', { community: RIO_VERDE });
  const ana = await call<{ id: string }>('cre:roster.create', { collaborator: ANA });
  const today = () => call<Today>('cre:today.get', {});
  const start = async (owner: string, nextFollowUp: string | null) =>
    (await call<{ id: string }>('cre:collaborations.create', {
      collaboration: { communityId: community.id, members: [{ collaboratorId: ana.id }], owner, nextFollowUp },
    })).id;
  return { ...made, communityId: community.id, today, start };
}

describe('the Today view', () => {
  it('lists overdue and upcoming follow-ups of open collaborations, soonest first', async () => {
    const { call, today, start } = await todayVault();
    const { date } = await today();
    await start('late by two days', shift(date, -2));
    await start('late by one day', shift(date, -1));
    await start('due in five days', shift(date, 5));
    await start('due today', date);
    await start('due in a month', shift(date, 30));
    const closed = await start('declined but late', shift(date, -3));
    await call('cre:collaborations.move', { id: closed, to: 'declined' });
    const view = await today();
    expect(view.overdue.map((line) => line.owner)).toEqual(['late by two days', 'late by one day']);
    expect(view.upcoming.map((line) => line.owner)).toEqual(['due today', 'due in five days']);
  });

  it('calls a collaboration stalled after N days without an activity or a step, N settable and audited', async () => {
    const { call, failure, today, start, platform, core } = await todayVault();
    const quiet = await start('quiet', null);
    const busy = await start('busy', null);
    platform.advance(40 * DAY);
    const { date } = await today();
    await call('cre:collaborations.addActivity', { id: busy, activity: { kind: 'meeting', date: shift(date, -3), text: 'Call with the community' } });
    const view = await today();
    expect(view.stalledDays).toBe(30);
    expect(view.stalled.map((line) => [line.id, line.owner])).toEqual([[quiet, 'quiet']]);

    await call('cre:today.setStalledDays', { days: 60 });
    expect((await today()).stalled).toEqual([]);
    expect(core.vault.auditTrail(5)[0]).toMatchObject({ kind: 'today_settings_changed', detail: { stalledDays: 60 } });
    expect(await failure('cre:today.setStalledDays', { days: 0 })).toBe('invalid_input');

    // A lifecycle step is movement too.
    await call('cre:today.setStalledDays', { days: 30 });
    await call('cre:collaborations.move', { id: quiet, to: 'introduced' });
    expect((await today()).stalled).toEqual([]);
  });

  it('lists new requests, most urgent first, and nothing of a deleted community', async () => {
    const { call, today, communityId } = await todayVault();
    const ask = (urgency: string, status = 'new') =>
      call('cre:requests.create', {
        request: { communityId, strategyAreas: ['advocacy'], level: 'local', languages: [], urgency, description: `${urgency} ${status}`, status },
      });
    await ask('low');
    await ask('critical');
    await ask('high', 'matching');
    expect((await today()).newRequests.map((r) => r.urgency)).toEqual(['critical', 'low']);
    await call('cre:communities.delete', { id: communityId });
    expect((await today()).newRequests).toEqual([]);
  });

  it('orders new requests by urgency, then by deadline (none last), so the screen can put critical and high ones first', async () => {
    const { call, today, communityId } = await todayVault();
    const ask = (urgency: string, deadline: string | null, description: string) =>
      call('cre:requests.create', {
        request: { communityId, strategyAreas: ['advocacy'], level: 'local', languages: [], urgency, deadline, description },
      });
    await ask('medium', null, 'medium');
    await ask('high', null, 'high, no deadline');
    await ask('low', '2030-01-01', 'low');
    await ask('high', '2030-06-01', 'high, later deadline');
    await ask('high', '2030-02-01', 'high, sooner deadline');
    await ask('critical', null, 'critical');
    const lines = (await today()).newRequests;
    expect(lines.map((r) => [r.urgency, r.deadline])).toEqual([
      ['critical', null],
      ['high', '2030-02-01'],
      ['high', '2030-06-01'],
      ['high', null],
      ['medium', null],
      ['low', '2030-01-01'],
    ]);
  });
});
