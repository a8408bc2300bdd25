// Consultation rounds in the UI: record a round (errors first) with participants, feedback under themes, a quote marked
// sensitive and an overdue action; the action shows on Today and opens the round; edit (the action done leaves Today);
// search by theme; delete and undo; the deleted view restores; axe on the list, the form and the detail.
import type { Page } from '@playwright/test';
import { dateField, fillDate } from './date-steps.js';
import { deleteFromDetail } from './detail-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault, sidebarPlace } from './vault-steps.js';

const PASSPHRASE = 'herons wait where the river bends';
const DAY_MS = 86_400_000;
const TOPIC = 'Listening round in the Xingu valley';
const COMMUNITY = 'Comunidade Ribeirinha do Xingu';
const ALLY = 'Rede Fictícia de Apoio Jurídico';
const OPEN_QUOTE = 'We speak our plans better than we write them.';
const SENSITIVE_QUOTE = 'Dona Maria said the guards came at night.';
const ACTION = 'Write back to the community with what changed';

const day = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY_MS).toISOString().slice(0, 10);
const consultationsHome = (page: Page) => page.getByRole('heading', { level: 1, name: 'Consultations' });
/** A row's date field: its label ends with the row's name, heard after a pause ("Due , Action 1"). */
const rowDate = (page: Page, label: string, row: string) => page.getByRole('group', { name: new RegExp(`^${label} ?, ${row}$`) });
const count = (page: Page) => page.getByRole('status').filter({ hasText: /^\d+ consultation rounds?$/ });

/** A community and a collaborator to take part, through the contract. */
async function seedParticipants(page: Page): Promise<void> {
  const ok = await page.evaluate(
    async ({ community, ally }) => {
      const created = await window.cre.communities.create({ community: { name: community, country: 'BR', languages: ['pt'], sharing: 'regional' } });
      const collaborator = await window.cre.roster.create({
        collaborator: { name: ally, kind: 'cso', countries: ['BR'], levels: ['national'], strategyAreas: ['courts_complaints'], expertise: [], languages: ['pt'], contacts: [], vetting: { status: 'vetted' }, availability: { status: 'available' }, sharing: 'network', riskNotes: '', notes: '' },
      });
      return created.ok && collaborator.ok;
    },
    { community: COMMUNITY, ally: ALLY },
  );
  expect(ok).toBe(true);
}

async function fillRound(page: Page): Promise<void> {
  await page.getByLabel('Topic', { exact: true }).fill(TOPIC);
  await fillDate(dateField(page, 'First day'), day(-10));
  await fillDate(dateField(page, 'Last day'), day(-9));
  await page.getByLabel('Channel', { exact: true }).selectOption({ label: 'Visit' });
  await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Latin America' });
  await page.getByLabel('Regional team').check();

  await page.getByLabel('Community', { exact: true }).selectOption({ label: COMMUNITY });
  await page.getByRole('button', { name: 'Add community' }).click();
  await expect(page.getByRole('button', { name: `Remove ${COMMUNITY}` })).toBeVisible();
  await page.getByLabel('Find a collaborator').fill('Apoio');
  await page.getByRole('button', { name: `Add ${ALLY}` }).click();
  await expect(page.getByRole('button', { name: `Remove ${ALLY}` })).toBeVisible();

  await page.getByRole('button', { name: 'Add what was heard' }).click();
  await page.getByRole('button', { name: 'Add what was heard' }).click();
  await page.getByLabel('Theme, Heard 1').fill('Access to grants');
  await page.getByLabel('What was said, Heard 1').fill('Forms only in Portuguese leave the elders out.');
  await page.getByLabel('Quote, Heard 1').fill(OPEN_QUOTE);
  await page.getByLabel('Theme, Heard 2').fill('Security');
  await page.getByLabel('What was said, Heard 2').fill('Leaders fear being named in any report.');
  await page.getByLabel('Quote, Heard 2').fill(SENSITIVE_QUOTE);
  await page.getByLabel('This quote identifies someone (sensitive), Heard 2').check();

  await page.getByRole('button', { name: 'Add an action' }).click();
  await page.getByLabel('Action, Action 1').fill(ACTION);
  await page.getByLabel('Owner, Action 1').fill('Latin America facilitator');
  await fillDate(rowDate(page, 'Due', 'Action 1'), day(-2));
}

test('record with errors first, an overdue action on Today, edit, search by theme, delete and undo, restore', async ({ app }) => {
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await seedParticipants(page);
  await sidebarPlace(page, 'Consultations').click();
  await expect(consultationsHome(page)).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No consultation rounds yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'empty consultations list');

  // The form: what is missing is said next to its field, in words, before anything is saved.
  await page.getByRole('button', { name: 'Record a consultation' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record a consultation' })).toBeFocused();
  await page.getByRole('button', { name: 'Add what was heard' }).click();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(page.getByLabel('Topic', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Region', { exact: true })).toHaveAccessibleDescription(/Choose one of the options./);
  await expect(page.getByLabel('What was said, Heard 1')).toHaveAccessibleDescription(/Required./);
  await expectNoSeriousA11yViolations(page, 'consultation form with errors');
  await page.getByRole('button', { name: 'Remove heard 1' }).click();
  await fillRound(page);
  await expectNoSeriousA11yViolations(page, 'filled consultation form');
  await page.getByRole('button', { name: 'Save' }).click();

  // The detail: what was heard by theme, the sensitive quote marked as staying here, the action overdue.
  await expect(page.getByRole('heading', { level: 1, name: TOPIC })).toBeFocused();
  const heard = page.getByRole('region', { name: 'What was heard' });
  await expect(heard.getByRole('heading', { level: 3 })).toHaveText(['Access to grants', 'Security']);
  await expect(heard.getByText(OPEN_QUOTE)).toBeVisible();
  await expect(heard.getByText(SENSITIVE_QUOTE)).toBeVisible();
  await expect(heard.getByText('Identifies someone: kept in this vault only')).toHaveCount(1);
  const actions = page.getByRole('region', { name: 'Follow-up actions' });
  await expect(actions.getByRole('row', { name: new RegExp(ACTION) })).toContainText('Overdue');
  const participants = page.getByRole('region', { name: 'Participants' });
  await expect(participants.getByRole('button', { name: COMMUNITY })).toBeVisible();
  await expect(participants.getByRole('button', { name: ALLY })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'consultation detail');

  // Today lists the overdue action; it opens the round.
  await sidebarPlace(page, 'Today').click();
  const overdue = page.getByRole('region', { name: /^Overdue consultation actions/ });
  await expect(overdue.getByRole('listitem')).toHaveCount(1);
  await expect(overdue.getByRole('listitem')).toContainText(TOPIC);
  await expect(overdue.getByRole('listitem')).toContainText('owner: Latin America facilitator');
  await overdue.getByRole('button', { name: ACTION }).click();
  await expect(page.getByRole('heading', { level: 1, name: TOPIC })).toBeFocused();

  // Edit: the form holds what was saved; marking the action done takes it off Today.
  await page.getByRole('button', { name: 'Edit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit “${TOPIC}”` })).toBeFocused();
  await expect(page.getByLabel('This quote identifies someone (sensitive), Heard 2')).toBeChecked();
  await expect(page.getByLabel('Quote, Heard 2')).toHaveValue(SENSITIVE_QUOTE);
  await expectNoSeriousA11yViolations(page, 'edit consultation form');
  await fillDate(rowDate(page, 'Done on', 'Action 1'), day(-1));
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { level: 1, name: TOPIC })).toBeFocused();
  await expect(actions.getByRole('row', { name: new RegExp(ACTION) })).toContainText('Done on');
  await sidebarPlace(page, 'Today').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeFocused();
  await expect(page.getByRole('region', { name: /^Overdue consultation actions/ })).toHaveCount(0);

  // The list: found by a theme, with its channel and region.
  await sidebarPlace(page, 'Consultations').click();
  await expect(count(page)).toHaveText('1 consultation round');
  await expectNoSeriousA11yViolations(page, 'consultations list');
  await page.getByLabel('Search consultations').fill('security');
  await expect(count(page)).toHaveText('1 consultation round');
  const row = page.getByRole('row', { name: new RegExp(TOPIC) });
  await expect(row).toContainText('Visit');
  await expect(row).toContainText('Latin America');
  await expect(row).toContainText('None open');
  await page.getByLabel('Search consultations').fill('no such theme');
  await expect(page.getByText('No consultation round matches this search.')).toBeVisible();
  await page.getByLabel('Search consultations').fill('');
  await expect(count(page)).toHaveText('1 consultation round');

  // Delete, asked first, with an Undo that restores it.
  await page.getByRole('button', { name: TOPIC }).click();
  await deleteFromDetail(page, `Delete “${TOPIC}”?`);
  await expect(consultationsHome(page)).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: `“${TOPIC}” was moved to Deleted consultations.` });
  await expect(notice).toBeVisible();
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${TOPIC}” is back among the consultations.` })).toBeVisible();
  await expect(count(page)).toHaveText('1 consultation round');

  // The deleted view: delete again and restore from there.
  await page.getByRole('button', { name: TOPIC }).click();
  await deleteFromDetail(page, `Delete “${TOPIC}”?`);
  await page.getByRole('button', { name: 'Deleted consultations' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Deleted consultations' })).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'deleted consultations');
  await page.getByRole('button', { name: `Restore ${TOPIC}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `“${TOPIC}” is back among the consultations.` })).toBeVisible();
  await expect(page.getByText('No consultation round has been deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to consultations' }).click();
  await expect(count(page)).toHaveText('1 consultation round');
});
