// Support requests in the UI: add through the form (inline errors first), edit with the leave guard, the list most urgent first, matching
// as compact rows with scores on a stated scale, reasons on demand and quick filters, a collaboration for two collaborators made from the
// choice bar, the request linked, delete and undo, restore, Spanish.
import type { Page } from '@playwright/test';
import { dateField, fillDate } from './date-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'herons wait where the river bends';
const COMMUNITY = 'Comunidade Ribeirinha do Xingu';
const PROJECT = 'Belo Monte Transmission Line';
const DESCRIPTION = 'Map who finances the transmission line and brief the bank board';
const FINANCE = 'Rede Amazônia Finanças';
const LEGAL = 'Coletivo de Advocacia Popular';
const GLOBAL = 'Global Finance Watch';
const MEDIA = 'Radio Voz do Rio';

const requestsHome = (page: Page) => page.getByRole('heading', { level: 1, name: 'Requests' });
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name });
/** The value a detail's description list gives for one term. */
const detailValue = (page: Page, term: string) => page.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

/** Delete from the detail: in the "More actions" menu, asked first. */
async function deleteFromDetail(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  const ask = page.getByRole('dialog', { name: `Delete the request ${COMMUNITY}: ${DESCRIPTION}?` });
  await expect(ask).toBeVisible();
  await ask.getByRole('button', { name: 'Delete' }).click();
}

/** A community facing a project, and four collaborators: three that match the request in different ways, one that does not. */
async function seedThroughContract(page: Page): Promise<boolean> {
  return page.evaluate(
    async ({ community, project, finance, legal, global, media }) => {
      const place = await window.cre.communities.create({ community: { name: community, country: 'BR', area: 'Altamira', languages: ['pt'], sharing: 'regional' } });
      const harm = await window.cre.projects.create({ project: { name: project, country: 'BR', sectors: ['energy'], stage: 'approved', financiers: [{ name: 'BNDES' }] } });
      if (!place.ok || !harm.ok) return false;
      const link = await window.cre.struggles.link({ struggle: { communityId: place.value.id, projectId: harm.value.id, resisting: 'Forced displacement' } });
      const person = (
        name: string,
        kind: 'cso' | 'network' | 'academic',
        countries: string[],
        strategyAreas: string[],
        languages: string[],
        availability: string,
        vetting: string,
        expertise: string[] = [],
      ) =>
        window.cre.roster.create({
          collaborator: {
            name,
            kind,
            countries,
            levels: ['international'],
            strategyAreas: strategyAreas as never,
            expertise,
            languages,
            vetting: { status: vetting as never },
            availability: { status: availability as never },
            sharing: 'network',
          },
        });
      const people = await Promise.all([
        person(finance, 'cso', ['BR'], ['financial_research', 'advocacy'], ['pt', 'en'], 'available', 'vetted', ['BNDES finance', 'follow the money']),
        person(legal, 'cso', ['PE'], ['courts_complaints', 'advocacy'], ['es'], 'limited', 'proposed'),
        person(global, 'network', ['NL'], ['financial_research'], ['en'], 'available', 'vetted'),
        person(media, 'academic', ['BR'], ['media_campaigning'], ['pt'], 'available', 'vetted'),
      ]);
      return link.ok && people.every((reply) => reply.ok);
    },
    { community: COMMUNITY, project: PROJECT, finance: FINANCE, legal: LEGAL, global: GLOBAL, media: MEDIA },
  );
}

/** Adds the request through the form, saving once empty to see the errors in words. */
async function addThroughForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Add a request' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a support request' })).toBeFocused();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(page.getByLabel('Community', { exact: true })).toHaveAccessibleDescription('Choose the community that makes this request.');
  await expect(page.getByRole('group', { name: 'Strategy areas needed' })).toHaveAccessibleDescription('Choose at least one strategy area.');
  await expect(page.getByLabel('What the community asks for')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousA11yViolations(page, 'add request form with errors');

  await page.getByLabel('Community', { exact: true }).selectOption({ label: COMMUNITY });
  const struggle = page.getByLabel('Harmful project it is about');
  await expect(struggle.getByRole('option', { name: PROJECT })).toBeAttached();
  await struggle.selectOption({ label: PROJECT });
  await page.getByLabel('What the community asks for').fill(DESCRIPTION);
  const areas = page.getByRole('group', { name: 'Strategy areas needed' });
  await areas.getByLabel('Financial research and power mapping').check();
  await areas.getByLabel('Advocacy with decision-makers').check();
  await page.getByLabel('Level', { exact: true }).selectOption({ label: 'International' });
  await page.getByLabel('Find a language').fill('portu');
  await page.getByRole('group', { name: 'Choices: Languages' }).getByLabel('Portuguese', { exact: true }).check();
  await page.getByLabel('Urgency', { exact: true }).selectOption({ label: 'Critical' });
  await fillDate(dateField(page, 'Deadline'), '2030-03-31');
  await page.getByRole('button', { name: 'Save' }).click();
}

test('add and edit a request, see it most urgent first, match with reasons, create a collaboration, the request linked, delete, undo and restore, in Spanish too', async ({ app }) => {
  // Five axe passes, one over a form listing every language, take most of this test's time.
  test.setTimeout(180_000);
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  expect(await seedThroughContract(page)).toBe(true);
  // A less urgent request of the same community, made through the contract, to see the order.
  const older = await page.evaluate(async (community) => {
    const found = await window.cre.communities.list({ text: community });
    if (!found.ok || found.value.length !== 1) return false;
    const made = await window.cre.requests.create({
      request: { communityId: found.value[0]!.id, strategyAreas: ['media_campaigning'], level: 'local', languages: [], urgency: 'low', description: 'A radio spot in Portuguese' },
    });
    return made.ok;
  }, COMMUNITY);
  expect(older).toBe(true);

  await nav(page, 'Requests').click();
  await expect(requestsHome(page)).toBeFocused();
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Closed' });
  await expect(page.getByText('No request has this status. Choose another one above.')).toBeVisible();
  await page.getByLabel('Show', { exact: true }).selectOption({ label: 'Open requests (new, matching, linked)' });
  await addThroughForm(page);

  // The detail: every field in words, the community as a link, no collaboration yet.
  await expect(page.getByRole('heading', { level: 1, name: `Request from ${COMMUNITY}` })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'The request was saved.' })).toBeVisible();
  await expect(detailValue(page, 'Strategy areas needed')).toHaveText('Advocacy with decision-makers, Financial research and power mapping');
  await expect(detailValue(page, 'Level')).toHaveText('International');
  await expect(detailValue(page, 'Languages')).toHaveText('Portuguese');
  await expect(detailValue(page, 'Urgency')).toHaveText('Critical');
  await expect(detailValue(page, 'Deadline')).toHaveText('March 31, 2030');
  await expect(detailValue(page, 'Status')).toHaveText('New');
  await expect(page.getByText('Map who finances the transmission line and brief the bank board', { exact: true })).toBeVisible();
  await expect(detailValue(page, 'Harmful project it is about')).toHaveText(PROJECT);
  await expect(detailValue(page, 'Community').getByRole('button', { name: COMMUNITY })).toBeVisible();
  await expect(page.getByText('No collaboration has been made for this request yet.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'request detail');

  // Edit: the facilitator marks it as being matched; leaving with unsaved changes asks first.
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Edit support request' })).toBeFocused();
  await expect(page.getByText(`Community: ${COMMUNITY}`)).toBeVisible();
  await expect(page.getByLabel('Harmful project it is about')).toHaveValue(/.+/);
  await page.getByLabel('Status', { exact: true }).selectOption({ label: 'Matching' });
  await nav(page, 'Roster').click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await expect(leave).toBeVisible();
  await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(leave).toBeHidden();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Request from ${COMMUNITY}` })).toBeFocused();
  await expect(detailValue(page, 'Status')).toHaveText('Matching');
  await expect(detailValue(page, 'Harmful project it is about')).toHaveText(PROJECT);

  // The list: open requests, most urgent first, with community, urgency, deadline, status and areas.
  await page.getByRole('button', { name: 'Back to requests' }).click();
  await expect(requestsHome(page)).toBeFocused();
  const rows = page.getByRole('table', { name: 'Support requests, most urgent first' }).getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(1)).toContainText(DESCRIPTION);
  await expect(rows.nth(1)).toContainText(COMMUNITY);
  await expect(rows.nth(1)).toContainText('Critical');
  await expect(rows.nth(1)).toContainText('March 31, 2030');
  await expect(rows.nth(1)).toContainText('Matching');
  await expect(rows.nth(1)).toContainText('Advocacy with decision-makers, Financial research and power mapping');
  await expect(rows.nth(2)).toContainText('A radio spot in Portuguese');
  await expect(rows.nth(2)).toContainText('No deadline');
  await expectNoSeriousA11yViolations(page, 'requests list');

  // Matching: compact rows, best first, each with its score as a share of the best possible; the collaborator covering none of the areas is not offered.
  await page.getByRole('button', { name: DESCRIPTION }).click();
  await page.getByRole('button', { name: 'Find collaborators' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find collaborators' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: '3 collaborators match this request' })).toBeVisible();
  const ranked = page.getByRole('group', { name: 'Choose the collaborators for this request' }).getByRole('listitem').filter({ has: page.getByRole('checkbox') });
  await expect(ranked).toHaveCount(3);
  await expect(ranked.nth(0)).toContainText(FINANCE);
  await expect(ranked.nth(0)).toContainText('Civil society organisation · Brazil · Portuguese, English · Available now · Vetted');
  // 60 (two areas) + 15 (a tag naming the financier) + 20 + 12 + 8 (languages) + 10 + 10 + 10 = 145 of 184 possible.
  await expect(ranked.nth(0)).toContainText('79%');
  const financeBox = page.getByRole('checkbox', { name: new RegExp(FINANCE) });
  await expect(financeBox).toHaveAccessibleDescription(/79% of the best possible match/);
  await expect(page.getByText(MEDIA)).toHaveCount(0);

  // Reasons open one row at a time, each with its points.
  const financeReasons = page.getByRole('list', { name: `Why ${FINANCE} is suggested` });
  await expect(financeReasons).toBeHidden();
  const financeWhy = page.getByRole('button', { name: `Why ${FINANCE} is suggested` });
  await expect(financeWhy).toHaveAttribute('aria-expanded', 'false');
  await financeWhy.click();
  await expect(financeWhy).toHaveAttribute('aria-expanded', 'true');
  await expect(financeReasons).toContainText('Covers Advocacy with decision-makers, Financial research and power mapping +60 points');
  await expect(financeReasons).toContainText('Expertise on a financier: “BNDES finance” → BNDES +15 points');
  await expect(financeReasons).toContainText('Works in Brazil');
  await expect(financeReasons).toContainText('Speaks Portuguese');
  await expect(financeReasons).toContainText('Speaks the community’s language: Portuguese');
  await expect(financeReasons).toContainText('Offers support at the requested level: International');
  await expect(financeReasons).toContainText('Available now');
  await expect(financeReasons).toContainText('Vetted');
  await expect(ranked.nth(0)).toContainText('145 of 184 possible points');
  await page.getByRole('button', { name: `Why ${LEGAL} is suggested` }).click();
  const legalReasons = page.getByRole('list', { name: `Why ${LEGAL} is suggested` });
  await expect(legalReasons).toContainText('Works in the same region: Latin America');
  await expect(legalReasons).toContainText('Limited availability');
  await expect(legalReasons).toContainText('Proposed, not yet vetted');
  await page.getByRole('button', { name: `Why ${GLOBAL} is suggested` }).click();
  await expect(page.getByRole('list', { name: `Why ${GLOBAL} is suggested` })).toContainText('An international actor');
  await financeWhy.click();
  await expect(financeReasons).toBeHidden();

  // Quick filters: the request's language, vetted only; a chosen collaborator stays in view.
  const filters = page.getByRole('group', { name: 'Quick filters' });
  const vettedOnly = filters.getByRole('button', { name: 'Vetted only' });
  await vettedOnly.click();
  await expect(vettedOnly).toHaveAttribute('aria-pressed', 'true');
  await expect(ranked).toHaveCount(2);
  await expect(page.getByText('2 of 3 shown with these filters; chosen collaborators stay in view.')).toBeVisible();
  await vettedOnly.click();
  const speaksPortuguese = filters.getByRole('button', { name: 'Speaks Portuguese' });
  await speaksPortuguese.click();
  await expect(ranked).toHaveCount(1);
  await expect(ranked.nth(0)).toContainText(FINANCE);
  await filters.getByRole('button', { name: 'Available only' }).click();
  await expect(ranked).toHaveCount(1);
  await filters.getByRole('button', { name: 'Available only' }).click();
  await speaksPortuguese.click();
  await expect(ranked).toHaveCount(3);
  await expectNoSeriousA11yViolations(page, 'matching');

  // The choice bar: nothing chosen, nothing to create; it stays at the bottom of the window while the page scrolls.
  const bar = page.getByRole('region', { name: 'Your choice' });
  const create = bar.getByRole('button', { name: 'Create collaboration' });
  await expect(bar.getByRole('status')).toHaveText('0 collaborators chosen');
  await expect(create).toBeDisabled();
  await page.setViewportSize({ width: 1024, height: 680 });
  await page.getByRole('checkbox', { name: new RegExp(FINANCE) }).check();
  await page.getByRole('checkbox', { name: new RegExp(LEGAL) }).check();
  await expect(bar.getByRole('status')).toHaveText('2 collaborators chosen');
  await page.getByRole('heading', { level: 1, name: 'Find collaborators' }).scrollIntoViewIfNeeded();
  await expect(bar).toBeInViewport({ ratio: 1 });
  // A chosen collaborator the filters would hide stays in the list.
  await vettedOnly.click();
  await expect(ranked).toHaveCount(3);
  await vettedOnly.click();

  // Create from the bar with no owner: the owner field is where the facilitator lands, with the message.
  await page.getByLabel(`Role of ${FINANCE}`).fill('Financial research lead');
  await create.click();
  const owner = page.getByLabel('Owner', { exact: true });
  await expect(owner).toBeFocused();
  await expect(owner).toHaveAccessibleDescription(/Name the facilitator who follows this collaboration\./);
  await owner.fill('Marta Quispe');
  await fillDate(dateField(page, 'Next follow-up'), '2030-01-15');
  await page.evaluate(() => window.scrollTo(0, 0));
  await expect(create).toBeInViewport();
  await create.click();

  // The new collaboration opens, then the request shows it and reads linked.
  await expect(page.getByRole('status').filter({ hasText: 'Collaboration created with 2 collaborators. The request is now linked.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await nav(page, 'Requests').click();
  await expect(requestsHome(page)).toBeFocused();
  await expect(rows.nth(1)).toContainText('Linked');
  await page.getByRole('button', { name: DESCRIPTION }).click();
  await expect(detailValue(page, 'Status')).toHaveText('Linked');
  const made = page.getByRole('region', { name: 'Collaborations for this request' });
  await expect(made.getByRole('button', { name: `${FINANCE}, ${LEGAL}` })).toBeVisible();
  await expect(made).toContainText('Proposed');
  await expect(made).toContainText('Marta Quispe');

  // Delete moves it to Deleted requests, with Undo.
  await deleteFromDetail(page);
  await expect(requestsHome(page)).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: `The request ${COMMUNITY}: ${DESCRIPTION} was moved to Deleted requests.` });
  await expect(notice).toBeVisible();
  await expect(rows).toHaveCount(2);
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'is back among the requests.' })).toBeVisible();
  await expect(rows).toHaveCount(3);

  // Deleted view: delete again and restore from there; the community's country names where it came from.
  await page.getByRole('button', { name: DESCRIPTION }).click();
  await deleteFromDetail(page);
  await expect(rows).toHaveCount(2);
  await page.getByRole('button', { name: 'Deleted requests' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted requests' })).toBeFocused();
  await expect(page.getByRole('row', { name: new RegExp(DESCRIPTION) })).toContainText('Brazil');
  await page.getByRole('button', { name: `Restore ${COMMUNITY}: ${DESCRIPTION}` }).click();
  await expect(page.getByText('No request has been deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to requests' }).click();
  await expect(rows).toHaveCount(3);

  // Spanish: the list's words and labels follow the language.
  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: 'Solicitudes' })).toBeVisible();
  const spanishRows = page.getByRole('table', { name: 'Solicitudes de apoyo, las más urgentes primero' }).getByRole('row');
  await expect(spanishRows.nth(1)).toContainText('Crítica');
  await expect(spanishRows.nth(1)).toContainText('Vinculada');
  await expect(spanishRows.nth(2)).toContainText('Sin fecha límite');
});
