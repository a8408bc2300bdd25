// Communities in the UI: add through the form, filter by region and text, reveal a contact, link and remove a harmful project, edit, delete and undo, restore, Spanish.
import type { Page } from '@playwright/test';
import { dateField, fillDate } from './date-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'mangrove rivers carry stubborn pebbles';
const NAME = 'Comunidade Ribeirinha do Xingu';
const NEW_NAME = 'Comunidade Ribeirinha do Médio Xingu';
const SIGNAL = '+55 93 5555 0100';
const PROJECT = 'Belo Monte Transmission Line';

const communitiesHome = (page: Page) => page.getByRole('heading', { level: 1, name: 'Communities' });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ communit(y|ies)$/ });
const table = (page: Page) => page.getByRole('table', { name: 'Communities found' });

/** Deletes the community on screen: "More actions", Delete, then the confirmation. */
async function deleteThroughMenu(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const confirm = page.getByRole('dialog', { name: `Delete ${name}?` });
  await expect(confirm.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Delete' }).click();
}

/** Adds the first community through the form, as a person would, and lands on its detail. */
async function addThroughForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add a community' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a community' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'add community form');

  // Saving with nothing says what is missing next to each field, in words, not zod's.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription('Required.');
  await expect(page.getByRole('group', { name: 'Country' })).toHaveAccessibleDescription('Required.');

  await page.getByLabel('Name', { exact: true }).fill(NAME);
  await page.getByLabel('Find a country').fill('brazil');
  await page.getByRole('radiogroup', { name: 'Countries to choose from' }).getByLabel('Brazil', { exact: true }).check();
  await expect(page.getByText('Chosen: Brazil')).toBeVisible();
  await page.getByLabel('Area', { exact: true }).fill('Altamira, Pará');
  // Half a pair of coordinates is refused; a comma works as the decimal separator.
  await page.getByLabel('Latitude').fill('-3,2');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByLabel('Longitude')).toHaveAccessibleDescription('Give both latitude and longitude, or neither.');
  await page.getByLabel('Longitude').fill('-52.21');
  await page.getByLabel('Find a language').fill('portu');
  await page.getByRole('group', { name: 'Choices: Languages' }).getByLabel('Portuguese', { exact: true }).check();
  await page.getByRole('button', { name: 'Add a contact channel' }).click();
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Signal' });
  await page.getByLabel('Value', { exact: true }).fill(SIGNAL);
  await expect(page.getByLabel('Sensitive (hide the value until revealed)')).toBeChecked();
  await page.getByLabel('Regional team').check();
  await page.getByLabel('Notes').fill('Met at the river assembly');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `${NAME} was saved.` })).toBeVisible();
}

test('add, filter by region and text, reveal, link and remove a project, edit, delete and undo, restore, in Spanish too', async ({ app }) => {
  // Six axe passes, two of them over forms listing every country and language, take most of this test's time.
  test.setTimeout(180_000);
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Communities' }).click();
  await expect(communitiesHome(page)).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No communities yet' })).toBeVisible();

  await addThroughForm(page);
  // The detail shows every field and masks the sensitive contact until revealed; reveals are logged.
  const where = page.getByRole('region', { name: 'Where they are' });
  await expect(where.getByText('Altamira, Pará')).toBeVisible();
  await expect(where.getByText('Latitude -3.2, longitude -52.21')).toBeVisible();
  await expect(where.getByText('Latin America')).toBeVisible();
  await expect(where.getByText('Portuguese')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Consent to share' }).getByText('Regional team', { exact: true })).toBeVisible();
  const contacts = page.getByRole('region', { name: 'How to reach them safely' });
  await expect(contacts.getByText('Hidden')).toBeVisible();
  await expect(page.getByText(SIGNAL)).toHaveCount(0);
  await expect(page.getByText(/each time you reveal one, the vault's activity log records it/i)).toBeVisible();
  const struggles = page.getByRole('region', { name: 'Harmful projects they face' });
  await expect(struggles.getByText('There are no harmful projects in the vault yet.', { exact: false })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'community detail');
  await contacts.getByRole('button', { name: 'Reveal Signal' }).click();
  await expect(contacts.getByText(SIGNAL)).toBeVisible();

  // A second community in Asia, added through the contract, so the filters have something to tell apart.
  const second = await page.evaluate(() =>
    window.cre.communities.create({
      community: { name: 'Samahan ng Mangingisda', country: 'PH', area: 'Manila Bay', languages: ['tl'], sharing: 'network' },
    }),
  );
  expect(second.ok).toBe(true);

  await page.getByRole('button', { name: 'Back to communities' }).click();
  await expect(communitiesHome(page)).toBeFocused();
  await expect(count(page)).toHaveText('2 communities');
  const row = table(page).getByRole('row', { name: new RegExp(NAME) });
  await expect(row).toContainText('Brazil');
  await expect(row).toContainText('Altamira, Pará');
  await expect(row).toContainText('Latin America');
  await expect(row).toContainText('Regional team');
  await expectNoSeriousA11yViolations(page, 'communities list');

  // Region filter, then text over names and areas.
  await page.getByLabel('Region').selectOption({ label: 'Asia' });
  await expect(count(page)).toHaveText('1 community');
  await expect(table(page).getByRole('button', { name: 'Samahan ng Mangingisda' })).toBeVisible();
  await page.getByLabel('Region').selectOption({ label: 'Latin America' });
  await expect(count(page)).toHaveText('1 community');
  await expect(table(page).getByRole('button', { name: NAME })).toBeVisible();
  await page.getByLabel('Region').selectOption({ label: 'All regions' });
  await expect(count(page)).toHaveText('2 communities');
  await page.getByLabel('Search communities').fill('manila');
  await expect(count(page)).toHaveText('1 community');
  await expect(table(page).getByRole('button', { name: 'Samahan ng Mangingisda' })).toBeVisible();
  await page.getByLabel('Search communities').fill('nowhere at all');
  await expect(page.getByText('No community matches.', { exact: false })).toBeVisible();
  await page.getByLabel('Search communities').fill('');
  await expect(count(page)).toHaveText('2 communities');

  // A harmful project, created through the page's API, then linked from the community's detail.
  const project = await page.evaluate(
    (name) => window.cre.projects.create({ project: { name, country: 'BR', location: 'Pará', sectors: ['energy'], stage: 'implementation' } }),
    PROJECT,
  );
  expect(project.ok).toBe(true);
  await table(page).getByRole('button', { name: NAME }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeFocused();
  await expect(struggles.getByText('No harmful project is linked to this community yet.')).toBeVisible();
  // "Link project" opens the form in a drawer; once linked, the drawer closes and the section says so.
  const linkButton = struggles.getByRole('button', { name: 'Link project' });
  await linkButton.click();
  const linkDrawer = page.getByRole('dialog', { name: 'Link a harmful project' });
  await expect(linkDrawer.getByLabel('Project', { exact: true })).toBeFocused();
  await linkDrawer.getByLabel('Project', { exact: true }).selectOption({ label: `${PROJECT} (Brazil)` });
  await linkDrawer.getByLabel('What they resist').fill('Flooding of fishing grounds');
  await fillDate(dateField(linkDrawer, 'Since'), '2019-05-01');
  await expectNoSeriousA11yViolations(page, 'community detail with the link drawer open');
  await linkDrawer.getByRole('button', { name: 'Link project' }).click();
  await expect(linkDrawer).toBeHidden();
  await expect(linkButton).toBeFocused();
  await expect(struggles.getByRole('status').filter({ hasText: `${PROJECT} is now linked to this community.` })).toBeVisible();
  const struggleRow = struggles.getByRole('row', { name: new RegExp(PROJECT) });
  await expect(struggleRow).toContainText('Implementation');
  await expect(struggleRow).toContainText('Flooding of fishing grounds');
  await expect(struggleRow).toContainText('May 1, 2019');
  await expect(struggles.getByText('Every harmful project in the vault is already linked to this community.')).toBeVisible();
  await expect(linkButton).toHaveAttribute('aria-disabled', 'true');
  await expectNoSeriousA11yViolations(page, 'community detail with a struggle');

  // Remove, undo, remove again.
  await struggles.getByRole('button', { name: `Remove ${PROJECT}` }).click();
  await expect(struggles.getByRole('status').filter({ hasText: `${PROJECT} is no longer linked to this community.` })).toBeVisible();
  await expect(struggles.getByText('No harmful project is linked to this community yet.')).toBeVisible();
  await struggles.getByRole('button', { name: 'Undo' }).click();
  await expect(struggleRow).toBeVisible();
  await struggles.getByRole('button', { name: `Remove ${PROJECT}` }).click();
  await expect(struggles.getByText('No harmful project is linked to this community yet.')).toBeVisible();
  await expect(linkButton).not.toHaveAttribute('aria-disabled', 'true');

  // Edit: the hidden contact stays hidden and is kept; leaving with unsaved changes asks first.
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${NAME}` })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Reveal to edit' })).toBeVisible();
  await expect(page.getByText('Chosen: Brazil')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'edit community form');
  await page.getByLabel('Name', { exact: true }).fill(NEW_NAME);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roster' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(leave).toBeHidden();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(NEW_NAME);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NEW_NAME })).toBeVisible();
  await contacts.getByRole('button', { name: 'Reveal Signal' }).click();
  await expect(contacts.getByText(SIGNAL)).toBeVisible();

  // Delete, in "More actions" and asked first, moves to Deleted communities with an Undo that restores.
  await deleteThroughMenu(page, NEW_NAME);
  await expect(communitiesHome(page)).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: `${NEW_NAME} was moved to Deleted communities.` });
  await expect(notice).toBeVisible();
  await expect(count(page)).toHaveText('1 community');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${NEW_NAME} is back among the communities.` })).toBeVisible();
  await expect(count(page)).toHaveText('2 communities');

  // Deleted view: delete again, restore from there.
  await table(page).getByRole('button', { name: NEW_NAME }).click();
  await deleteThroughMenu(page, NEW_NAME);
  await expect(count(page)).toHaveText('1 community');
  await page.getByRole('button', { name: 'Deleted communities' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted communities' })).toBeFocused();
  await expect(page.getByRole('table', { name: 'Deleted communities' }).getByRole('row', { name: new RegExp(NEW_NAME) })).toContainText('Brazil');
  await expectNoSeriousA11yViolations(page, 'deleted communities');
  await page.getByRole('button', { name: `Restore ${NEW_NAME}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${NEW_NAME} is back among the communities.` })).toBeVisible();
  await expect(page.getByText('No community has been deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to communities' }).click();
  await expect(count(page)).toHaveText('2 communities');

  // Spanish: headings, labels, taxonomy labels and country names follow the language.
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Comunidades' })).toBeVisible();
  await expect(page.getByLabel('Buscar comunidades')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '2 comunidades' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Comunidades encontradas' }).getByRole('row', { name: new RegExp(NEW_NAME) })).toContainText('Brasil');
});
