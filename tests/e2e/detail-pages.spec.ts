// Detail pages on the sample vault at 1280×800: their height (printed, and a community page under 2,000 px, about 5,300
// before forms moved into drawers), a form in a drawer (focus inside, Escape asks before dropping what was typed, focus
// back on its button, axe with it open), Delete in "More actions" asked first, one timeline newest first with dates only.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';

test.use({ viewport: { width: 1280, height: 800 } });

/** The sample's community with the most on its page: a struggle, similar struggles, a request and a collaboration. */
const COMMUNITY = 'Tanjung Biru coastal fisherfolk';
/** The sample's collaboration with the longest timeline. */
const COLLABORATION_COMMUNITY = 'Lam Phan river fishing villages';
const PROJECT = 'Dulangan nickel mine expansion';
const ACTIVITY = 'Call with the fisherfolk committee about the board date';

const mainNav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const documentHeight = (page: Page) => page.evaluate(() => document.documentElement.scrollHeight);
/** A time of day as any of the four languages writes it. */
const ANY_TIME = /\d{1,2}:\d{2}|\b(AM|PM)\b|a\.\s?m\.|p\.\s?m\./;

async function openCommunity(page: Page): Promise<void> {
  await mainNav(page).getByRole('button', { name: 'Communities' }).click();
  await page.getByRole('table', { name: 'Communities found' }).getByRole('button', { name: COMMUNITY }).click();
  await expect(page.getByRole('heading', { level: 1, name: COMMUNITY })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Similar struggles' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Collaborations', exact: true }).getByRole('row')).not.toHaveCount(0);
}

test('detail pages: short pages, forms in drawers, Delete in a menu, one timeline with dates only', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(mainNav(page)).toBeVisible({ timeout: 90_000 });

  // The community page with all its sections fits in well under 2,000 px.
  await openCommunity(page);
  const communityHeight = await documentHeight(page);
  console.log(`Height of the community page "${COMMUNITY}" at 1280×800: ${communityHeight} px`);
  expect(communityHeight).toBeLessThan(2000);

  // "Link project" opens the form in a drawer; the first field takes the focus; axe passes with it open.
  const struggles = page.getByRole('region', { name: 'Harmful projects they face' });
  const linkButton = struggles.getByRole('button', { name: 'Link project' });
  await linkButton.click();
  const drawer = page.getByRole('dialog', { name: 'Link a harmful project' });
  await expect(drawer).toBeVisible();
  await expect(drawer.getByLabel('Project', { exact: true })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'community detail with the link drawer open');

  // Escape with something typed asks first; Escape or "Keep editing" keeps it; Discard closes, focus back on the button.
  await drawer.getByLabel('What they resist').fill('Nickel tailings in the river');
  await page.keyboard.press('Escape');
  const discard = page.getByRole('dialog', { name: 'Discard what you entered?' });
  await expect(discard.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(discard).toBeHidden();
  await expect(drawer.getByLabel('What they resist')).toHaveValue('Nickel tailings in the river');
  await page.keyboard.press('Escape');
  await discard.getByRole('button', { name: 'Keep editing' }).click();
  await expect(discard).toBeHidden();
  await expect(drawer).toBeVisible();
  await drawer.getByRole('button', { name: 'Cancel' }).click();
  await discard.getByRole('button', { name: 'Discard' }).click();
  await expect(drawer).toBeHidden();
  await expect(linkButton).toBeFocused();

  // An empty form closes at once; then link a project: the drawer closes and the page says so, with the new row.
  await linkButton.click();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();
  await expect(linkButton).toBeFocused();
  await linkButton.click();
  await drawer.getByLabel('Project', { exact: true }).selectOption({ label: `${PROJECT} (Philippines)` });
  await drawer.getByLabel('What they resist').fill('Nickel tailings in the river');
  await drawer.getByRole('button', { name: 'Link project' }).click();
  await expect(drawer).toBeHidden();
  await expect(struggles.getByRole('status').filter({ hasText: `${PROJECT} is now linked to this community.` })).toBeVisible();
  await expect(struggles.getByRole('row', { name: new RegExp(PROJECT) })).toContainText('Nickel tailings in the river');

  // Delete sits in "More actions" and is asked first; keeping the record puts the focus back on the menu button.
  const more = page.getByRole('button', { name: 'More actions' });
  await more.click();
  await expect(page.getByRole('menuitem', { name: 'Delete' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'community detail with its actions menu open');
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${COMMUNITY}?` });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Keep it' }).click();
  await expect(confirm).toBeHidden();
  await expect(more).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: COMMUNITY })).toBeVisible();

  // The collaboration: one timeline, newest first, status changes among the activities, each with a date and no time.
  await mainNav(page).getByRole('button', { name: 'Collaborations' }).click();
  await page.getByRole('table', { name: 'Collaborations found' }).getByRole('button', { name: COLLABORATION_COMMUNITY }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Collaboration with ${COLLABORATION_COMMUNITY}` })).toBeFocused();
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const entries = timeline.getByRole('listitem');
  await expect(entries.first()).toBeVisible();
  const collaborationHeight = await documentHeight(page);
  console.log(`Height of the collaboration page "${COLLABORATION_COMMUNITY}" at 1280×800: ${collaborationHeight} px`);
  expect(collaborationHeight).toBeLessThan(2000);
  const texts = await entries.allInnerTexts();
  expect(texts.some((text) => text.includes('Status change') && text.includes('Started as Proposed'))).toBe(true);
  expect(texts.some((text) => text.startsWith('Meeting') || text.includes('\nMeeting'))).toBe(true);
  for (const text of texts) expect(text).not.toMatch(ANY_TIME);
  expect(texts.at(-1)).toContain('Started as Proposed');
  const days = await timeline.locator('.timeline-head .muted').allInnerTexts();
  const times = days.map((day) => new Date(`${day} 12:00`).getTime());
  expect(times.every((time) => !Number.isNaN(time))).toBe(true);
  expect([...times].sort((a, b) => b - a)).toEqual(times);

  // "Add activity" in a drawer; after saving, the new activity tops the timeline and the page says it was added.
  const addButton = timeline.getByRole('button', { name: 'Add activity' });
  await addButton.click();
  const activityDrawer = page.getByRole('dialog', { name: 'Add an activity' });
  await expect(activityDrawer.getByLabel('Kind')).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'collaboration detail with the activity drawer open');
  await activityDrawer.getByLabel('Kind').selectOption({ label: 'Meeting' });
  await activityDrawer.getByLabel('What happened').fill(ACTIVITY);
  await activityDrawer.getByRole('button', { name: 'Add activity' }).click();
  await expect(activityDrawer).toBeHidden();
  await expect(timeline.getByRole('status').filter({ hasText: 'Activity added.' })).toBeVisible();
  await expect(entries.first()).toContainText(ACTIVITY);
  await expect(entries.first()).toContainText('Meeting');
  await expect(addButton).toBeFocused();
});
