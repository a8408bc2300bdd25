// Resources in the UI: add one through the form, attach a file (main's open dialog answers a path), see its name, size and
// hash, save a copy after the warning, find the copy audited, delete and restore; axe on each screen.
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { deleteFromDetail } from './detail-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'mangrove rivers carry stubborn pebbles';
const TITLE = 'Imaginary guide to bank complaint mechanisms';
const FILE_NAME = 'complaint guide.pdf';

let folder = '';
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cre-e2e-resources-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

const resourcesHome = (page: Page) => page.getByRole('heading', { level: 1, name: 'Resources' });

async function addThroughForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add a resource' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a resource' })).toBeFocused();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAccessibleDescription('Required.');
  await expect(page.getByLabel('Type', { exact: true })).toHaveAccessibleDescription('Choose one of the options.');
  await expectNoSeriousA11yViolations(page, 'add resource form');
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel('Type', { exact: true }).selectOption({ label: 'Guide' });
  await page.getByLabel('Summary').fill('How a community files a complaint with a development bank.');
  await page.getByRole('group', { name: 'Strategy areas' }).getByLabel('Courts and complaints').check();
  await page.getByLabel('Find a language').fill('span');
  await page.getByRole('group', { name: 'Choices: Languages' }).getByLabel('Spanish', { exact: true }).check();
  await page.getByRole('main').getByLabel('Network').check();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: `${TITLE} was saved.` })).toBeVisible();
}

test('add a resource, attach a file, save a copy after the warning (audited), delete and restore', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  const bytes = randomBytes(300_000);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const input = join(folder, FILE_NAME);
  const copy = join(folder, 'copy.pdf');
  writeFileSync(input, bytes);

  await createConfirmedVault(page, PASSPHRASE);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Resources' }).click();
  await expect(resourcesHome(page)).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No resources yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'resources list');
  await addThroughForm(page);

  const about = page.getByRole('region', { name: 'What it is' });
  await expect(about.getByText('Courts and complaints')).toBeVisible();
  await expect(about.getByText('Spanish')).toBeVisible();
  const attachments = page.getByRole('region', { name: 'Attachments' });
  await expect(attachments.getByText('No files attached yet.')).toBeVisible();

  await app.setNextOpenFile(input);
  await attachments.getByRole('button', { name: 'Add attachment' }).click();
  await expect(attachments.getByText(`${FILE_NAME} is now stored in the vault.`)).toBeVisible();
  const row = attachments.getByRole('row', { name: new RegExp(FILE_NAME) });
  await expect(row.getByRole('cell', { name: 'application/pdf' })).toBeVisible();
  await expect(row.getByRole('cell', { name: '300 kB' })).toBeVisible();
  await expect(row.getByText(sha256)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'resource detail');

  // The warning comes first; Cancel is the focused choice and writes nothing.
  await app.setNextSaveFile(copy);
  await row.getByRole('button', { name: `Save a copy ${FILE_NAME}` }).click();
  const warning = page.getByRole('dialog', { name: `Save a copy of ${FILE_NAME} outside the vault?` });
  await expect(warning).toBeVisible();
  await expect(warning.getByText(/anyone who gets the file.*can read it/)).toBeVisible();
  await expect(warning.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'save a copy warning');
  await warning.getByRole('button', { name: 'I understand, choose where to save' }).click();
  await expect(attachments.getByText(`A copy of ${FILE_NAME} was saved outside the vault.`, { exact: false })).toBeVisible();
  expect(createHash('sha256').update(readFileSync(copy)).digest('hex')).toBe(sha256);
  const trail = await page.evaluate(() => window.cre.vault.auditTrail({ limit: 5 }));
  if (!trail.ok) throw new Error(trail.error.message);
  const entry = trail.value.find((event) => event.kind === 'attachment_copy_saved');
  expect(entry?.detail).toMatchObject({ fileName: FILE_NAME });
  expect(JSON.stringify(entry)).not.toContain(folder);

  // Delete, in "More actions" and asked first, moves it to the deleted view, with its attachment, from where it comes back whole.
  await deleteFromDetail(page, `Delete ${TITLE}?`);
  await expect(resourcesHome(page)).toBeVisible();
  await expect(page.getByText(`${TITLE} was moved to Deleted resources.`)).toBeVisible();
  await page.getByRole('button', { name: 'Deleted resources' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted resources' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'deleted resources');
  await page.getByRole('button', { name: `Restore ${TITLE}` }).click();
  await expect(page.getByText(`${TITLE} is back among the resources.`)).toBeVisible();
  await page.getByRole('button', { name: 'Back to resources' }).click();
  await page.getByRole('button', { name: TITLE }).click();
  await expect(page.getByRole('region', { name: 'Attachments' }).getByText(sha256)).toBeVisible();
});
