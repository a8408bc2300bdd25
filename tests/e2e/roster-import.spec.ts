// CSV import and export through the screens: map, check (a row's problem named by row and column), import, find (through the notes, quoted), export, cancel.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault, rosterHome } from './vault-steps.js';

const PASSPHRASE = 'tidal marsh keeps quiet ledgers';
const VALID_NAME = 'Coletivo Água Viva Ñandú';
const CSV = ['Nome,Type,Country,Notes', `${VALID_NAME},community,BR,river defenders`, 'Atlantis Watch,network,Atlantis,unknown place', ''].join('\r\n');

let folder = '';
test.beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'cre-e2e-csv-'));
});
test.afterEach(() => {
  rmSync(folder, { recursive: true, force: true });
});

const total = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ collaborators?$/ });

async function openImportExport(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roster' }).click();
  await expect(rosterHome(page)).toBeVisible();
  await page.getByRole('button', { name: 'Import / export' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import collaborators' })).toBeFocused();
}

test('import a CSV through mapping and report, find the new collaborator, export the search, and cancel writing nothing', async ({ app }) => {
  const { page } = app;
  const file = join(folder, 'partners.csv');
  writeFileSync(file, CSV, 'utf8');
  await createConfirmedVault(page, PASSPHRASE);
  await openImportExport(page);

  // Cancelling the open dialog stays put and says nothing.
  await app.setNextOpenFile(null);
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await expect(page.getByRole('button', { name: 'Choose a CSV file…' })).toBeEnabled();
  await expect(page.getByRole('heading', { name: 'Which column is which' })).toHaveCount(0);

  // Cancel after mapping: nothing written.
  await app.setNextOpenFile(file);
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await expect(page.getByRole('heading', { name: 'Which column is which' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Import cancelled. Nothing was written.')).toBeVisible();

  await app.setNextOpenFile(file);
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await expect(page.getByText('partners.csv: 2 rows')).toBeVisible();
  await expect(page.getByText('Encoding: utf-8')).toBeVisible();
  // The headers were recognised from their words; the accented name reads right in the preview.
  await expect(page.getByLabel('Nome', { exact: true })).toHaveValue('name');
  await expect(page.getByLabel('Type', { exact: true })).toHaveValue('kind');
  await expect(page.getByLabel('Country', { exact: true })).toHaveValue('countries');
  await page.getByLabel('Notes', { exact: true }).selectOption({ label: 'Notes' });
  await expect(page.getByRole('cell', { name: VALID_NAME })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'import mapping');

  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByRole('heading', { name: 'Check before importing' })).toBeVisible();
  await expect(page.getByText('1 row is ready to import')).toBeVisible();
  await expect(page.getByText('1 row has problems and will not be imported')).toBeVisible();
  const problems = page.getByRole('table', { name: 'Rows with problems' });
  await expect(problems.getByRole('row', { name: '3 Countries unknown country “Atlantis”' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'import report');

  // The rows to fix go to a file with an errors column.
  const toFix = join(folder, 'to-fix.csv');
  await app.setNextSaveFile(toFix);
  await page.getByRole('button', { name: 'Save the rows to fix…' }).click();
  await expect(page.getByText('1 row to fix was saved.')).toBeVisible();
  expect(readFileSync(toFix, 'utf8')).toContain('Atlantis Watch');

  await page.getByRole('button', { name: 'Import 1 collaborator' }).click();
  await expect(page.getByText('1 collaborator imported.')).toBeVisible();
  await expect(page.getByText('1 row with problems was not imported.')).toBeVisible();
  await expect(page.getByText(/duplicates? (was|were) not imported/)).toHaveCount(0);
  await page.getByRole('button', { name: 'Back to the roster' }).click();
  await expect(total(page)).toHaveText('1 collaborator');
  await page.getByLabel('Search the roster').fill('defenders');
  // Found through its notes: the row quotes them, the matched word marked.
  const found = page.getByRole('listbox', { name: 'Collaborators found' }).getByRole('option', { name: new RegExp(VALID_NAME) });
  await expect(found).toContainText('In the notes: river defenders');
  await expect(found.locator('mark')).toHaveText('defenders');
  await page.getByLabel('Search the roster').fill('agua viva');
  await expect(page.getByRole('listbox', { name: 'Collaborators found' }).getByText(VALID_NAME)).toBeVisible();

  // Export the current search; a cancelled save dialog says nothing, a chosen file gets the row.
  await page.getByRole('button', { name: 'Import / export' }).click();
  await app.setNextSaveFile(null);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByRole('button', { name: 'Export…' })).toBeEnabled();
  await expect(page.getByText(/exported\.$/)).toHaveCount(0);
  await page.getByLabel('Include sensitive fields (safe contacts and risk notes)').check();
  await expect(page.getByText(/The file will not be encrypted/)).toBeVisible();
  await page.getByLabel('Include sensitive fields (safe contacts and risk notes)').uncheck();
  const exported = join(folder, 'export.csv');
  await app.setNextSaveFile(exported);
  await page.getByRole('button', { name: 'Export…' }).click();
  await expect(page.getByText('1 collaborator exported.')).toBeVisible();
  expect(readFileSync(exported, 'utf8')).toContain(VALID_NAME);

  // A cancelled import after checking writes nothing either.
  await app.setNextOpenFile(file);
  await page.getByRole('button', { name: 'Choose a CSV file…' }).click();
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(page.getByText('1 row looks like a duplicate')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('Import cancelled. Nothing was written.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to the roster' }).click();
  await page.getByLabel('Search the roster').fill('');
  await expect(total(page)).toHaveText('1 collaborator');
});
