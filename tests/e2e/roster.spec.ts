// The roster in the UI: add through the form, find by facets (removed through their chips) and by text with or without
// accents (matched words marked, relevance order while typing), the list filling a small window, reveal, edit, delete
// and undo, restore, Spanish.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault, rosterHome } from './vault-steps.js';

const PASSPHRASE = 'mangrove rivers carry stubborn pebbles';
const NAME = 'Rede Águas de São Paulo';
const NEW_NAME = 'Rede Águas de São Paulo e Minas';
const EMAIL = 'agua@example.org';
const RISK = 'Threatened after the hearing';

const count = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ collaborators?$/ });
const results = (page: Page) => page.getByRole('listbox', { name: 'Collaborators found' });
const sortBy = (page: Page) => page.getByLabel('Sort by');
const chip = (page: Page, filter: string) => page.getByRole('list', { name: 'Active filters' }).getByRole('button', { name: `Remove filter: ${filter}` });

/** Deletes the open collaborator through "More actions", answering its question. */
async function deleteOpenCollaborator(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: `Delete ${name}?` }).getByRole('button', { name: 'Delete' }).click();
}

async function search(page: Page, text: string): Promise<void> {
  await page.getByLabel('Search the roster').fill(text);
}

/** Adds the first collaborator through the form, as a person would, and lands on its detail. */
async function addThroughForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add collaborator' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a collaborator' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'add collaborator form');

  // Saving with no name says so next to the field, in words, not zod's.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Name', { exact: true })).toHaveAccessibleDescription('Required.');

  await page.getByLabel('Name', { exact: true }).fill(NAME);
  await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Network' });
  await page.getByLabel('Find a country').fill('brazil');
  await page.getByRole('group', { name: 'Choices: Countries' }).getByLabel('Brazil', { exact: true }).check();
  await page.getByLabel('Find a language').fill('portu');
  await page.getByRole('group', { name: 'Choices: Languages' }).getByLabel('Portuguese', { exact: true }).check();
  await page.getByRole('group', { name: 'Levels of support' }).getByLabel('National', { exact: true }).check();
  await page.getByRole('group', { name: 'Strategy areas' }).getByLabel('Financial research and power mapping', { exact: true }).check();
  await page.getByLabel('Add an expertise tag').fill('river basins');
  await page.getByLabel('Add an expertise tag').press('Enter');
  await expect(page.getByRole('button', { name: 'Remove river basins' })).toBeVisible();
  await page.getByRole('button', { name: 'Add a contact channel' }).click();
  await page.getByLabel('Value', { exact: true }).fill(EMAIL);
  await expect(page.getByLabel('Sensitive (hide the value until revealed)')).toBeChecked();
  await page.getByLabel('Vetting status').selectOption({ label: 'Vetted' });
  await page.getByLabel('Vouched for by').fill('Asha');
  await page.getByLabel('Risk notes (sensitive)').fill(RISK);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
}

test('add, find by facets and by text with or without accents, reveal, edit, delete and undo, restore, in Spanish too', async ({ app }) => {
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roster' }).click();
  await expect(rosterHome(page)).toBeFocused();
  await expect(page.getByRole('button', { name: 'Add the first collaborator' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'empty roster');

  await addThroughForm(page);
  // The detail masks the sensitive contact and the risk notes; revealing shows one value and says reveals are logged.
  const contacts = page.getByRole('region', { name: 'How to reach them safely' });
  await expect(contacts.getByText('Hidden')).toBeVisible();
  await expect(page.getByText(EMAIL)).toHaveCount(0);
  await expect(page.getByText(/each time you reveal one, the vault's activity log records it/i)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'collaborator detail');
  await contacts.getByRole('button', { name: 'Reveal Email' }).click();
  await expect(contacts.getByText(EMAIL)).toBeVisible();

  // A second collaborator, added through the contract, so facets and sorting have something to tell apart.
  const second = await page.evaluate(() =>
    window.cre.roster.create({
      collaborator: {
        name: 'Mekong Watch Collective',
        kind: 'network',
        countries: ['TH'],
        levels: ['international'],
        strategyAreas: ['media_campaigning'],
        expertise: ['CAO complaints'],
        languages: ['th'],
        contacts: [],
        vetting: { status: 'proposed' },
        availability: { status: 'limited' },
        sharing: 'network',
      },
    }),
  );
  expect(second.ok).toBe(true);

  await page.getByRole('button', { name: 'Back to the roster' }).click();
  await expect(rosterHome(page)).toBeVisible();
  await expect(count(page)).toHaveText('2 collaborators');
  await expectNoSeriousA11yViolations(page, 'roster list');

  // Each row says where, at what level, in which languages, and its availability.
  const rede = results(page).getByRole('option', { name: new RegExp(NAME) });
  await expect(rede).toContainText('Network · Latin America, Brazil · National');
  await expect(rede).toContainText('Languages: Portuguese');
  await expect(rede).toContainText('Available');
  // A tag keeps the case it was written in, in the row and in the filter.
  await expect(page.getByRole('group', { name: 'Expertise' }).getByLabel('CAO complaints (1)')).toBeVisible();

  // Text search folds accents both ways and matches word starts as one types; the matched words are marked.
  await sortBy(page).selectOption({ label: 'Recently updated' });
  await search(page, 'Sao Paulo');
  await expect(count(page)).toHaveText('1 collaborator');
  await expect(results(page).getByRole('option', { name: new RegExp(NAME) })).toBeVisible();
  await expect(results(page).locator('mark')).toHaveText(['São', 'Paulo']);
  // While text is typed the list goes by relevance; clearing the text brings back the order chosen before.
  await expect(sortBy(page)).toHaveValue('relevance');
  await expect(sortBy(page).locator('option:checked')).toHaveText('Relevance');
  await search(page, 'águas');
  await expect(count(page)).toHaveText('1 collaborator');
  await search(page, 'mek');
  await expect(results(page).getByRole('option', { name: /Mekong Watch Collective/ })).toBeVisible();
  await expect(results(page).locator('mark')).toHaveText('Mekong');
  await expect(count(page)).toHaveText('1 collaborator');
  await search(page, 'cao');
  await expect(results(page).locator('mark')).toHaveText('CAO');
  await search(page, '');
  await expect(count(page)).toHaveText('2 collaborators');
  await expect(sortBy(page)).toHaveValue('updated');
  await sortBy(page).selectOption({ label: 'Name' });

  // Facets: tick a strategy area, then a country; counts follow; each shows as a chip, and removing the chip removes it.
  const strategy = page.getByRole('group', { name: 'Strategy area' });
  await expect(strategy.getByLabel('Media and campaigning (1)')).toBeVisible();
  await strategy.getByLabel('Financial research and power mapping (1)').check();
  await expect(count(page)).toHaveText('1 collaborator');
  await expect(results(page).getByRole('option')).toHaveCount(1);
  await expect(results(page).getByRole('option', { name: new RegExp(NAME) })).toBeVisible();
  await chip(page, 'Strategy area: Financial research and power mapping').click();
  await expect(count(page)).toHaveText('2 collaborators');
  await expect(strategy.getByLabel('Financial research and power mapping (1)')).not.toBeChecked();
  await expect(page.getByRole('list', { name: 'Active filters' })).toHaveCount(0);
  await page.getByRole('group', { name: 'Country' }).getByLabel('Thailand (1)').check();
  await page.getByRole('group', { name: 'Level' }).getByLabel('International (1)').check();
  await expect(results(page).getByRole('option', { name: /Mekong Watch Collective/ })).toBeVisible();
  await expect(count(page)).toHaveText('1 collaborator');
  await expect(chip(page, 'Country: Thailand')).toBeVisible();
  await chip(page, 'Country: Thailand').click();
  // The focus moves to the chip that is left.
  await expect(chip(page, 'Level: International')).toBeFocused();
  await page.getByRole('button', { name: 'Clear all' }).click();
  await expect(count(page)).toHaveText('2 collaborators');
  await expect(page.getByLabel('Search the roster')).toBeFocused();

  // Keyboard: from the search box, Down enters the list; Down moves; Enter opens (sorted by name, Rede is second).
  await page.getByLabel('Search the roster').focus();
  await page.keyboard.press('ArrowDown');
  await expect(results(page)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(results(page).getByRole('option', { selected: true })).toContainText(NAME);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeFocused();

  // Edit: the hidden contact stays hidden and is kept; leaving with unsaved changes asks first.
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${NAME}` })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reveal to edit' }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'edit collaborator form');
  await page.getByLabel('Name', { exact: true }).fill(NEW_NAME);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Vault settings' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(leave).toBeHidden();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(NEW_NAME);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NEW_NAME })).toBeVisible();
  await contacts.getByRole('button', { name: 'Reveal Email' }).click();
  await expect(contacts.getByText(EMAIL)).toBeVisible();
  const risk = page.getByRole('region', { name: 'Risk notes' });
  await risk.getByRole('button', { name: 'Reveal Risk notes' }).click();
  await expect(risk.getByText(RISK)).toBeVisible();

  // Delete moves to Deleted with an Undo that restores.
  await deleteOpenCollaborator(page, NEW_NAME);
  await expect(rosterHome(page)).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: `${NEW_NAME} was moved to Deleted collaborators.` });
  await expect(notice).toBeVisible();
  await expect(count(page)).toHaveText('1 collaborator');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${NEW_NAME} is back in the roster.` })).toBeVisible();
  await expect(count(page)).toHaveText('2 collaborators');

  // Deleted view: delete again, restore from there.
  await results(page).getByRole('option', { name: new RegExp(NEW_NAME) }).click();
  await deleteOpenCollaborator(page, NEW_NAME);
  await expect(count(page)).toHaveText('1 collaborator');
  await page.getByRole('button', { name: 'Deleted collaborators' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted collaborators' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'deleted collaborators');
  await page.getByRole('button', { name: `Restore ${NEW_NAME}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${NEW_NAME} is back in the roster.` })).toBeVisible();
  await expect(page.getByText('Nobody has been deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the roster' }).click();
  await expect(count(page)).toHaveText('2 collaborators');

  // Spanish: the screen, the facets, taxonomy labels and country names all follow the language.
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Directorio' })).toBeVisible();
  await expect(page.getByLabel('Buscar en el directorio')).toBeVisible();
  await expect(page.getByRole('group', { name: 'Área estratégica' }).getByLabel('Investigación financiera y mapeo de poder (1)')).toBeVisible();
  await expect(page.getByRole('group', { name: 'País' }).getByLabel('Brasil (1)')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '2 colaboradores' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'roster in Spanish');
});
