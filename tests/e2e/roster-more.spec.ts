// The roster beyond the basics: saved searches in their popover, the duplicate warning on create, merging two entries,
// and the list at the app's smallest window with the sample vault (results filling it, tab order, "Show more").
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault, landingPage, rosterHome, sidebarPlace } from './vault-steps.js';

const PASSPHRASE = 'lanterns drift over quiet harbour walls';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ collaborators?$/ });
const results = (page: Page) => page.getByRole('listbox', { name: 'Collaborators found' });

async function addDirectly(page: Page, name: string, countries: string[], kind: 'network' | 'cso'): Promise<void> {
  const reply = await page.evaluate(
    ([n, c, k]) =>
      window.cre.roster.create({
        collaborator: {
          name: n,
          kind: k,
          countries: c,
          levels: [],
          strategyAreas: [],
          expertise: [],
          languages: [],
          contacts: [],
          vetting: { status: 'proposed' },
          availability: { status: 'available' },
          sharing: 'network',
        },
      }),
    [name, countries, kind] as const,
  );
  expect(reply.ok).toBe(true);
}

/** Opens the "Saved searches" popover and returns it. */
async function openSavedSearches(page: Page) {
  await page.getByRole('button', { name: 'Saved searches' }).click();
  const popover = page.getByRole('dialog', { name: 'Saved searches' });
  await expect(popover).toBeVisible();
  return popover;
}

async function openRoster(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roster' }).click();
  await expect(rosterHome(page)).toBeVisible();
}

test('save a search and reopen it, see the duplicate warning, merge two entries', async ({ app }) => {
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await addDirectly(page, 'Kenya Land Alliance', ['KE'], 'network');
  await addDirectly(page, 'Mekong Watch Collective', ['TH'], 'cso');
  await addDirectly(page, 'Kenya Land Aliance', ['UG'], 'cso');
  await openRoster(page);
  await expect(count(page)).toHaveText('3 collaborators');

  // Save a search (text, filter, sort), clear it, then reopen it from the saved searches popover.
  await page.getByLabel('Search the roster').fill('kenya');
  await page.getByRole('group', { name: 'Country' }).getByLabel('Kenya (1)').check();
  await expect(count(page)).toHaveText('1 collaborator');
  await page.getByLabel('Sort by').selectOption({ label: 'Name' });
  let popover = await openSavedSearches(page);
  await expect(popover.getByText('No saved searches yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'saved searches popover');
  await popover.getByLabel('Name this search').fill('Kenyan land');
  await popover.getByRole('button', { name: 'Save this search' }).click();
  await expect(popover).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the search “Kenyan land”.' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'roster after saving a search');
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByLabel('Search the roster').fill('');
  await expect(count(page)).toHaveText('3 collaborators');
  popover = await openSavedSearches(page);
  const saved = popover.getByRole('list', { name: 'Saved searches' });
  await saved.getByRole('button', { name: 'Open saved search Kenyan land' }).click();
  await expect(popover).toBeHidden();
  await expect(page.getByLabel('Search the roster')).toHaveValue('kenya');
  await expect(count(page)).toHaveText('1 collaborator');
  await expect(page.getByRole('group', { name: 'Country' }).getByLabel('Kenya (1)')).toBeChecked();
  await expect(page.getByRole('button', { name: 'Remove filter: Country: Kenya' })).toBeVisible();
  // The order saved with the text comes back with it.
  await expect(page.getByLabel('Sort by')).toHaveValue('name');
  // Rename, then delete; Escape closes the popover and gives the focus back to its button.
  popover = await openSavedSearches(page);
  await saved.getByRole('button', { name: 'Rename Kenyan land' }).click();
  await popover.getByLabel('New name for “Kenyan land”').fill('Land in Kenya');
  await popover.getByRole('button', { name: 'Save name' }).click();
  await expect(saved.getByRole('button', { name: 'Open saved search Land in Kenya' })).toBeVisible();
  await saved.getByRole('button', { name: 'Delete Land in Kenya' }).click();
  await expect(popover.getByText('No saved searches yet.')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(popover).toBeHidden();
  await expect(page.getByRole('button', { name: 'Saved searches' })).toBeFocused();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await page.getByLabel('Search the roster').fill('');
  await expect(count(page)).toHaveText('3 collaborators');

  // A near-duplicate on create: the warning lists the existing entry; saving again saves anyway.
  await page.getByRole('button', { name: 'Add collaborator' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Mekong Watch Collective');
  await page.getByLabel('Find a country').fill('thai');
  await page.getByRole('group', { name: 'Choices: Countries' }).getByLabel('Thailand', { exact: true }).check();
  const warning = page.locator('#duplicate-notice');
  await expect(warning.getByText('Possible duplicate', { exact: true })).toBeVisible();
  await expect(warning).toContainText('Mekong Watch Collective (Thailand) — same name and country');
  await expect(warning.getByRole('button', { name: 'Open Mekong Watch Collective' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'add form with a duplicate warning');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mekong Watch Collective' })).toBeVisible();
  await page.getByRole('button', { name: 'Back to the roster' }).click();
  await expect(count(page)).toHaveText('4 collaborators');

  // Merge the misspelt Kenyan entry into the right one.
  await page.getByLabel('Search the roster').fill('Kenya Land Alliance');
  await results(page).getByRole('option', { name: /Kenya Land Alliance/ }).click();
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Merge with another entry…' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Merge Kenya Land Alliance with another entry' })).toBeFocused();
  await page.getByLabel('Find the other entry by name').fill('aliance');
  await page.getByRole('button', { name: 'Choose Kenya Land Aliance' }).click();
  await expect(page.getByRole('region', { name: 'Merged into it: Kenya Land Aliance' })).toBeVisible();
  const result = page.getByRole('region', { name: 'The merged entry' });
  await expect(result).toContainText('Kenya, Uganda');
  await result.getByRole('group', { name: 'Kind' }).getByLabel('Civil society organisation (other entry)').check();
  await expectNoSeriousA11yViolations(page, 'merge screen');
  await page.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kenya Land Alliance' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Kenya Land Aliance was merged into Kenya Land Alliance.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Who they are' })).toContainText('Kenya, Uganda');
  await page.getByRole('button', { name: 'Back to the roster' }).click();
  await page.getByLabel('Search the roster').fill('');
  await expect(count(page)).toHaveText('3 collaborators');
  await expect(results(page).getByRole('option', { name: /Kenya Land Aliance/ })).toHaveCount(0);
});

test('at the smallest window the results fill it, Tab reaches them from the search box, and long filter groups show more', async ({ app }) => {
  const { page } = app;
  const viewport = { width: 1024, height: 680 };
  await page.setViewportSize(viewport);
  await page.getByRole('button', { name: 'Explore with sample data' }).click();
  await expect(landingPage(page)).toBeVisible({ timeout: 60_000 });
  await sidebarPlace(page, 'Roster').click();
  await expect(rosterHome(page)).toBeVisible();
  await expect(count(page)).toHaveText('500 collaborators');

  // The results take most of the window's height and end inside it; the page does not grow past the window.
  const scroller = page.locator('.results-scroller');
  await expect.poll(async () => (await scroller.boundingBox())?.height ?? 0).toBeGreaterThan(viewport.height * 0.55);
  const box = (await scroller.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(viewport.height);
  console.log(`results area at ${viewport.width}×${viewport.height}: ${Math.round(box.height)} px of ${viewport.height} (${Math.round((100 * box.height) / viewport.height)} %)`);
  await expectNoSeriousA11yViolations(page, 'roster at the smallest window');

  // From the search box, Tab passes the sort and the saved searches, then lands in the results (the filters come after).
  await page.getByLabel('Search the roster').focus();
  for (let step = 0; step < 3; step += 1) await page.keyboard.press('Tab');
  await expect(results(page)).toBeFocused();

  // A long filter group shows its first values and a "Show more" button, never scrolling inside itself or cutting labels.
  const countries = page.getByRole('group', { name: 'Country' });
  const boxes = countries.getByRole('checkbox');
  await expect(boxes).toHaveCount(6);
  const more = countries.getByRole('button', { name: /^Show more \(\d+\)$/ });
  const hidden = Number(/\d+/.exec((await more.textContent()) ?? '')?.[0]);
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.click();
  await expect(boxes).toHaveCount(6 + hidden);
  await expect(countries.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  const clipped = await page.locator('.facet, .facet label').evaluateAll((nodes) => nodes.filter((node) => node.scrollWidth > node.clientWidth + 1 || node.scrollHeight > node.clientHeight + 1).length);
  expect(clipped).toBe(0);
  await countries.getByRole('button', { name: 'Show fewer' }).click();
  await expect(boxes).toHaveCount(6);
});
