// Harmful projects in the UI: add through the form (inline link errors first), find by financier, detail with money and labels, communities facing it, edit, delete and undo, restore, Spanish.
import type { Page } from '@playwright/test';
import { dateField, fillDate } from './date-steps.js';
import { deleteFromDetail } from './detail-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'tidal flats remember every heron';
const NAME = 'Rio Claro Hydropower Dam';
const OTHER = 'Mekong Sand Mine';
const COMMUNITY = 'Comunidade Ribeirinha do Xingu';
const FINANCIER_LINK = 'https://www.iadb.org/en/project/BR-L1234';
const REFERENCE_LINK = 'https://example.org/rio-claro-field-report';

const projectsHome = (page: Page) => page.getByRole('heading', { level: 1, name: 'Harmful projects' });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ projects?$/ });
/** The value a detail's description list gives for one term. */
const detailValue = (page: Page, term: string) => page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

/** Fills the add form with two financiers, a company, a reference and an investment, the links still wrong. */
async function fillNewProject(page: Page): Promise<void> {
  await page.getByLabel('Name', { exact: true }).fill(NAME);
  await page.getByLabel('Country', { exact: true }).selectOption({ label: 'Brazil' });
  await page.getByLabel('Location').fill('Xingu river, Pará');
  await page.getByRole('group', { name: 'Sectors' }).getByLabel('Hydropower', { exact: true }).check();
  await page.getByRole('group', { name: 'Sectors' }).getByLabel('Energy', { exact: true }).check();
  await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Approved' });
  await page.getByLabel('Environmental and social risk category').selectOption({ label: 'A — significant adverse impacts' });
  await page.getByLabel('Amount', { exact: true }).fill('1,250,000,000');
  await page.getByLabel('Currency', { exact: true }).fill('usd');
  await fillDate(dateField(page, 'Board date'), '2024-06-30');
  await page.getByLabel('Add a company or borrower').fill('Hidro Norte SA');
  await page.getByLabel('Add a company or borrower').press('Enter');
  await expect(page.getByRole('button', { name: 'Remove Hidro Norte SA' })).toBeVisible();

  await page.getByRole('button', { name: 'Add a financier' }).click();
  await page.getByRole('button', { name: 'Add a financier' }).click();
  await page.getByLabel('Name, Financier 1').fill('Inter-American Development Bank');
  await page.getByLabel("Financier's project id, Financier 1").fill('BR-L1234');
  await page.getByLabel('Public link, Financier 1').fill('javascript:alert(1)');
  await page.getByLabel('Name, Financier 2').fill('BNDES');
  await page.getByLabel("Financier's project id, Financier 2").fill('FINEM-0091');

  await page.getByRole('button', { name: 'Add a reference' }).click();
  await page.getByLabel('Title, Reference 1').fill('Field report on the reservoir');
  await page.getByLabel('Link, Reference 1').fill('not a url');
}

test('add with inline link errors, find by financier, detail with communities, edit, delete and undo, restore, in Spanish too', async ({ app }) => {
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Harmful projects' }).click();
  await expect(projectsHome(page)).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No harmful projects yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'empty projects list');

  // The form: wrong links are caught next to their fields, in words, before anything is saved.
  await page.getByRole('button', { name: 'Add a project' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a harmful project' })).toBeFocused();
  await fillNewProject(page);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  const financierLink = page.getByLabel('Public link, Financier 1');
  await expect(financierLink).toHaveAttribute('aria-invalid', 'true');
  await expect(financierLink).toHaveAccessibleDescription(/Not a public web link: it must start with https:\/\/ or http:\/\//);
  await expect(page.getByLabel('Link, Reference 1')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a harmful project' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'add project form with errors');
  await financierLink.fill(FINANCIER_LINK);
  await page.getByLabel('Link, Reference 1').fill(REFERENCE_LINK);
  await expect(financierLink).not.toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeFocused();

  // A second project and a community facing the first, through the contract.
  const linked = await page.evaluate(
    async ({ name, community }) => {
      const other = await window.cre.projects.create({
        project: { name: 'Mekong Sand Mine', country: 'KH', sectors: ['extractives'], stage: 'pending', financiers: [{ name: 'AIIB' }] },
      });
      const projects = await window.cre.projects.list({ text: name });
      const created = await window.cre.communities.create({
        community: { name: community, country: 'BR', area: 'Altamira', languages: ['pt'], sharing: 'regional' },
      });
      if (!other.ok || !projects.ok || !created.ok || projects.value.length !== 1) return false;
      const link = await window.cre.struggles.link({
        struggle: {
          communityId: created.value.id,
          projectId: projects.value[0]!.id,
          resisting: 'The reservoir flooding their fishing grounds',
          since: '2021-03-01',
        },
      });
      return link.ok;
    },
    { name: NAME, community: COMMUNITY },
  );
  expect(linked).toBe(true);

  // Find by a financier's name, then open it.
  await page.getByRole('button', { name: 'Back to projects' }).click();
  await expect(projectsHome(page)).toBeVisible();
  await expect(count(page)).toHaveText('2 projects');
  await expectNoSeriousA11yViolations(page, 'projects list');
  await page.getByLabel('Search projects').fill('bndes');
  await expect(count(page)).toHaveText('1 project');
  await expect(page.getByRole('button', { name: OTHER })).toHaveCount(0);
  await page.getByLabel('Search projects').fill('no such financier');
  await expect(page.getByText('No project matches this search.')).toBeVisible();
  await page.getByLabel('Search projects').fill('Inter-American');
  await expect(count(page)).toHaveText('1 project');
  const row = page.getByRole('row', { name: new RegExp(NAME) });
  await expect(row).toContainText('Brazil');
  await expect(row).toContainText('Energy, Hydropower');
  await expect(row).toContainText('Inter-American Development Bank, BNDES');
  await expect(row).toContainText('Approved');
  await row.getByRole('button', { name: NAME }).click();

  // The detail: localized labels, the investment and board date formatted, links as text, the community facing it.
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeFocused();
  await expect(detailValue(page, 'Investment')).toHaveText('$1,250,000,000');
  await expect(detailValue(page, 'Board date')).toHaveText('June 30, 2024');
  await expect(detailValue(page, 'Country')).toHaveText('Brazil');
  await expect(detailValue(page, 'Sectors')).toHaveText('Energy, Hydropower');
  await expect(detailValue(page, 'Stage')).toHaveText('Approved');
  await expect(detailValue(page, 'Environmental and social risk category')).toHaveText('A — significant adverse impacts');
  await expect(detailValue(page, 'Companies and borrowers')).toHaveText('Hidro Norte SA');
  await expect(page.getByText('project id BR-L1234')).toBeVisible();
  await expect(page.getByText('project id FINEM-0091')).toBeVisible();
  await expect(page.getByText(FINANCIER_LINK)).toBeVisible();
  await expect(page.getByText(REFERENCE_LINK)).toBeVisible();
  await expect(page.getByRole('main').getByRole('link')).toHaveCount(0);
  const facing = page.getByRole('region', { name: 'Communities facing this project' });
  const communityRow = facing.getByRole('row', { name: new RegExp(COMMUNITY) });
  await expect(communityRow).toContainText('Brazil');
  await expect(communityRow).toContainText('The reservoir flooding their fishing grounds');
  await expect(communityRow).toContainText('March 1, 2021');
  await expectNoSeriousA11yViolations(page, 'project detail');

  // Edit: leaving with unsaved changes asks first; saving goes back to the detail.
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit ${NAME}` })).toBeFocused();
  await expect(page.getByLabel('Amount', { exact: true })).toHaveValue('1250000000');
  await expectNoSeriousA11yViolations(page, 'edit project form');
  await page.getByLabel('Stage', { exact: true }).selectOption({ label: 'Implementation' });
  await page.getByRole('button', { name: 'Remove financier 2' }).click();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roster' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(leave).toBeHidden();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeFocused();
  await expect(detailValue(page, 'Stage')).toHaveText('Implementation');
  await expect(page.getByText('project id FINEM-0091')).toHaveCount(0);

  // Delete, in "More actions" and asked first, moves the project to Deleted projects, with an Undo that restores it.
  await deleteFromDetail(page, `Delete ${NAME}?`);
  await expect(projectsHome(page)).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: `${NAME} was moved to Deleted projects.` });
  await expect(notice).toBeVisible();
  await page.getByLabel('Search projects').fill('');
  await expect(count(page)).toHaveText('1 project');
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${NAME} is back in the projects.` })).toBeVisible();
  await expect(count(page)).toHaveText('2 projects');

  // Deleted view: delete again and restore from there.
  await page.getByRole('button', { name: NAME }).click();
  await deleteFromDetail(page, `Delete ${NAME}?`);
  await expect(count(page)).toHaveText('1 project');
  await page.getByRole('button', { name: 'Deleted projects' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted projects' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'deleted projects');
  await page.getByRole('button', { name: `Restore ${NAME}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `${NAME} is back in the projects.` })).toBeVisible();
  await expect(page.getByText('No project has been deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to projects' }).click();
  await expect(count(page)).toHaveText('2 projects');

  // Spanish: the heading and the stage labels follow the language.
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Proyectos dañinos' })).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(NAME) })).toContainText('En ejecución');
  await expect(page.getByRole('row', { name: new RegExp(OTHER) })).toContainText('Pendiente');
  await expect(page.getByRole('status').filter({ hasText: '2 proyectos' })).toBeVisible();
});
