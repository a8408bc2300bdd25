// The roster beyond the basics: saved searches reopened, the duplicate warning on create, and merging two entries.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault, rosterHome } from './vault-steps.js';

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

  // Save a search (text, filter), clear it, then reopen it from the saved list.
  await page.getByLabel('Search the roster').fill('kenya');
  await page.getByRole('group', { name: 'Country' }).getByLabel('Kenya (1)').check();
  await expect(count(page)).toHaveText('1 collaborator');
  await page.getByLabel('Name this search').fill('Kenyan land');
  await page.getByRole('button', { name: 'Save this search' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved the search “Kenyan land”.' })).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByLabel('Search the roster').fill('');
  await expect(count(page)).toHaveText('3 collaborators');
  const saved = page.getByRole('list', { name: 'Saved searches' });
  await saved.getByRole('button', { name: 'Open saved search Kenyan land' }).click();
  await expect(page.getByLabel('Search the roster')).toHaveValue('kenya');
  await expect(count(page)).toHaveText('1 collaborator');
  await expect(page.getByRole('group', { name: 'Country' }).getByLabel('Kenya (1)')).toBeChecked();
  // Rename, then delete.
  await saved.getByRole('button', { name: 'Rename Kenyan land' }).click();
  await page.getByLabel('New name for “Kenyan land”').fill('Land in Kenya');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(saved.getByRole('button', { name: 'Open saved search Land in Kenya' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'roster with saved searches');
  await saved.getByRole('button', { name: 'Delete Land in Kenya' }).click();
  await expect(page.getByText('No saved searches yet.')).toBeVisible();
  await page.getByRole('button', { name: 'Clear filters' }).click();
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
  await page.getByRole('button', { name: 'Merge with another entry…' }).click();
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
