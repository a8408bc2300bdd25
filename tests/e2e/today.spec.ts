// The Today screen, most urgent first: critical and high new requests, an overdue follow-up, an upcoming one, the other
// new requests and a collaboration stalled for more than N days, each in their group, every line opening its record;
// changing N (folded away at the bottom) moves the stalled one out.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'swifts sleep on the wing all summer';
const DAY_MS = 86_400_000;
const OVERDUE = 'Comunidade do Rio Claro';
const UPCOMING = 'Kampong Sungai Jernih';
const STALLED = 'Barangay Malinis';
const STALLED_DAYS_AGO = 40;

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);

/** A community with one collaboration (and, optionally, a new request), through the contract. */
async function seed(page: Page, community: string, nextFollowUp: string | null, urgency: 'low' | 'critical' | null): Promise<void> {
  await page.evaluate(
    async ({ community, nextFollowUp, urgency }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      const cre = window.cre;
      const communityId = must(await cre.communities.create({ community: { name: community, country: 'BR', languages: ['pt'], sharing: 'regional' } })).id;
      const allyId = must(await cre.roster.create({
        collaborator: { name: `Ally of ${community}`, kind: 'cso', countries: ['BR'], levels: ['national'], strategyAreas: ['advocacy'], expertise: [], languages: ['pt'], contacts: [], vetting: { status: 'vetted' }, availability: { status: 'available' }, sharing: 'network', riskNotes: '', notes: '' },
      })).id;
      must(await cre.collaborations.create({ collaboration: { communityId, members: [{ collaboratorId: allyId, role: '' }], owner: 'Regional facilitator', nextFollowUp } }));
      if (urgency !== null) {
        must(await cre.requests.create({ request: { communityId, strategyAreas: ['advocacy'], level: 'national', languages: ['pt'], urgency, description: `Support for ${community}` } }));
      }
    },
    { community, nextFollowUp, urgency },
  );
}

/** Runs `work` while the vault's clock (the harness platform reads Date.now in this process) stands `days` in the past. */
async function daysAgo(days: number, work: () => Promise<void>): Promise<void> {
  const realNow = Date.now;
  Date.now = () => realNow() - days * DAY_MS;
  try {
    await work();
  } finally {
    Date.now = realNow;
  }
}

const group = (page: Page, title: RegExp) => page.getByRole('region', { name: title });

test('urgent requests, overdue, upcoming, other requests and stalled in that order; N changes; lines open their records', async ({ app }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'Electron run: the stalled case needs the core’s clock set back 40 days, and there the core runs in Electron’s main process, out of this test’s reach; the Chromium run covers it.');
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await daysAgo(STALLED_DAYS_AGO, () => seed(page, STALLED, null, null));
  await seed(page, OVERDUE, day(-2), 'low');
  await seed(page, UPCOMING, day(3), 'critical');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeFocused();
  await expect(page.getByRole('main').getByRole('heading', { level: 2 })).toHaveText([
    /^Urgent new requests/,
    /^Overdue follow-ups/,
    /^Follow-ups in the next 14 days/,
    /^Other new requests/,
    /^No movement for 30 days/,
  ]);
  const overdue = group(page, /^Overdue follow-ups/);
  await expect(overdue.getByRole('listitem')).toHaveCount(1);
  await expect(overdue.getByRole('listitem')).toContainText(OVERDUE);
  await expect(overdue.getByRole('listitem')).toContainText('follow-up was due');
  const upcoming = group(page, /^Follow-ups in the next 14 days/);
  await expect(upcoming.getByRole('listitem')).toHaveCount(1);
  await expect(upcoming.getByRole('listitem')).toContainText(UPCOMING);
  const stalled = group(page, /^No movement for 30 days/);
  await expect(stalled.getByRole('listitem')).toHaveCount(1);
  await expect(stalled.getByRole('listitem')).toContainText(STALLED);
  const urgent = group(page, /^Urgent new requests/);
  await expect(urgent.getByRole('listitem')).toHaveText([new RegExp(`^Request from ${UPCOMING} Critical`)]);
  const other = group(page, /^Other new requests/);
  await expect(other.getByRole('listitem')).toHaveText([new RegExp(`^Request from ${OVERDUE} Low`)]);
  await expectNoSeriousA11yViolations(page, 'today');

  // A longer N: the setting is folded away below the groups; the stalled collaboration is no longer stalled, and the empty group says so in words.
  await expect(page.getByLabel('Days without movement that make a collaboration stalled')).toBeHidden();
  await page.getByText('Change when a collaboration counts as stalled (now 30 days)').click();
  await page.getByLabel('Days without movement that make a collaboration stalled').fill('45');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Stalled now means 45 days without movement.' })).toBeVisible();
  const longer = group(page, /^No movement for 45 days/);
  await expect(longer.getByText('Every open collaboration has moved in the last 45 days.')).toBeVisible();
  await page.getByLabel('Days without movement that make a collaboration stalled').fill('0');
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page.getByLabel('Days without movement that make a collaboration stalled')).toHaveAccessibleDescription(/Enter a whole number from 1 to 365./);

  // Lines open their records: a collaboration, a request.
  await overdue.getByRole('button', { name: OVERDUE }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Collaboration with ${OVERDUE}` })).toBeFocused();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today' }).click();
  await urgent.getByRole('button', { name: `Request from ${UPCOMING}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Request from ${UPCOMING}` })).toBeFocused();
});
