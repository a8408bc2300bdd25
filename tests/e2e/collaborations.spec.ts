// Collaborations in the UI: start one through the form (community, request, members from the roster with roles), walk the
// lifecycle with its buttons and see each step in the one timeline, add and remove an activity and record a learning in
// drawers, delete (from "More actions") and undo, edit, restore from the deleted view, follow the links to a member and
// the request, Spanish.
import type { Page } from '@playwright/test';
import { dateField, fillDate } from './date-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'kingfishers nest in the clay banks';
const COMMUNITY = 'Comunidade do Rio Claro';
const FINANCE = 'Fictional Finance Watch';
const LEGAL = 'Fictional Legal Clinic';
const TITLE = `Collaboration with ${COMMUNITY}`;

/** A community with a request, and two collaborators in the roster, through the contract. */
async function seed(page: Page): Promise<void> {
  await page.evaluate(
    async ({ community, finance, legal }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      const cre = window.cre;
      const communityId = must(await cre.communities.create({ community: { name: community, country: 'BR', languages: ['pt'], sharing: 'regional' } })).id;
      must(await cre.requests.create({
        request: { communityId, strategyAreas: ['financial_research'], level: 'international', languages: ['pt'], urgency: 'high', description: 'Who finances the dam?' },
      }));
      for (const name of [finance, legal]) {
        must(await cre.roster.create({
          collaborator: { name, kind: 'cso', countries: ['BR'], levels: ['international'], strategyAreas: ['financial_research'], expertise: [], languages: ['pt'], contacts: [], vetting: { status: 'vetted' }, availability: { status: 'available' }, sharing: 'network', riskNotes: '', notes: '' },
        }));
      }
    },
    { community: COMMUNITY, finance: FINANCE, legal: LEGAL },
  );
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const lifecycle = (page: Page) => page.getByRole('region', { name: 'Lifecycle' });

/** Deletes the collaboration on screen: "More actions", Delete, then the confirmation. */
async function deleteThroughMenu(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: `Delete the collaboration with ${COMMUNITY}?` }).getByRole('button', { name: 'Delete' }).click();
}

async function addMember(page: Page, search: string, name: string, role: string): Promise<void> {
  await page.getByLabel('Find a collaborator').fill(search);
  await page.getByRole('button', { name: `Add ${name}` }).click();
  await page.getByLabel(`Role, ${name}`).fill(role);
}

test('start through the form, walk the lifecycle, timeline, learning, edit, delete and undo, restore, links, in Spanish too', async ({ app }) => {
  test.setTimeout(120_000);
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await seed(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Collaborations' }).click();
  await expect(h1(page, 'Collaborations')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No collaborations yet' })).toBeVisible();

  // The form: what is missing is said next to each field; then community, request, two members with roles.
  await page.getByRole('button', { name: 'Start a collaboration' }).click();
  await expect(h1(page, 'Start a collaboration')).toBeFocused();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(page.getByLabel('Community', { exact: true })).toHaveAccessibleDescription('Choose a community.');
  await expect(page.getByText('Add at least one member.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'collaboration form with errors');
  await page.getByLabel('Community', { exact: true }).selectOption({ label: COMMUNITY });
  await page.getByLabel('Request', { exact: true }).selectOption({ index: 1 });
  await expect(page.getByLabel('Request', { exact: true })).toContainText('High · New · Who finances the dam?');
  await addMember(page, 'finance', FINANCE, 'bank research');
  await addMember(page, 'legal', LEGAL, 'complaint to the bank');
  await page.getByLabel('Owner', { exact: true }).fill('Latin America facilitator');
  await fillDate(dateField(page, 'Next follow-up'), '2030-05-04');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(h1(page, TITLE)).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Collaboration saved.' })).toBeVisible();
  const who = page.getByRole('region', { name: 'Who takes part' });
  await expect(who.getByRole('button', { name: COMMUNITY })).toBeVisible();
  await expect(who.getByRole('button', { name: 'Open the request' })).toBeVisible();
  await expect(who.getByRole('listitem').filter({ hasText: FINANCE })).toContainText('bank research');
  await expect(page.getByRole('region', { name: 'Follow-up and outcomes' })).toContainText('May 4, 2030');
  await expectNoSeriousA11yViolations(page, 'collaboration detail');

  // The lifecycle, one button per allowed step; concluding is confirmed and invites a learning.
  for (const step of ['Introduced', 'Active', 'Paused', 'Active']) {
    await lifecycle(page).getByRole('button', { name: `Move to ${step}` }).click();
    await expect(lifecycle(page).getByText(`Now: ${step}`)).toBeVisible();
  }
  await expect(lifecycle(page).getByRole('button', { name: /^Move to/ })).toHaveText(['Move to Paused', 'Move to Concluded']);
  await lifecycle(page).getByRole('button', { name: 'Move to Concluded' }).click();
  const confirm = page.getByRole('dialog', { name: 'Move to Concluded?' });
  await expect(confirm.getByRole('button', { name: 'Not yet' })).toBeFocused();
  await confirm.getByRole('button', { name: 'Move to Concluded' }).click();
  await expect(lifecycle(page).getByText('Now: Concluded')).toBeVisible();
  await expect(lifecycle(page).getByText('This is a final state')).toBeVisible();
  // Each step is a status change in the one timeline, newest first, with its day and no time.
  const timeline = page.getByRole('region', { name: 'Timeline' });
  const steps = timeline.getByRole('listitem').filter({ hasText: 'Status change' });
  await expect(steps).toHaveCount(6);
  await expect(steps.nth(0)).toContainText(/Status change \w{3} \d{1,2}, \d{4}\s*Moved to Concluded/);
  await expect(steps.nth(5)).toContainText(/Status change \w{3} \d{1,2}, \d{4}\s*Started as Proposed/);
  await expect(timeline).not.toContainText(/\d:\d\d|AM|PM/);
  await expect(page.getByRole('status').filter({ hasText: 'The collaboration is now Concluded.' })).toBeVisible();
  // The invitation opens "Record a learning" in a drawer, on its first field.
  await page.getByRole('button', { name: 'Record a learning' }).click();
  const learningDrawer = page.getByRole('dialog', { name: 'Record a learning' });
  await expect(learningDrawer.getByLabel('What worked')).toBeFocused();
  await learningDrawer.getByLabel('What worked').fill('Letters to the board before the vote');
  await learningDrawer.getByLabel('Strategy area').selectOption({ label: 'Advocacy with decision-makers' });
  await expectNoSeriousA11yViolations(page, 'collaboration detail with the learning drawer open');
  await learningDrawer.getByRole('button', { name: 'Record learning' }).click();
  await expect(learningDrawer).toBeHidden();
  const learnings = page.getByRole('region', { name: 'Learnings' });
  await expect(learnings.getByRole('status').filter({ hasText: 'Learning recorded.' })).toBeVisible();
  await expect(learnings.getByRole('heading', { level: 3, name: 'Learning 1' })).toBeVisible();
  await expect(learnings).toContainText('Letters to the board before the vote');

  // Edit: the learning comes back as a row; leaving with unsaved changes asks first.
  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(h1(page, `Edit the collaboration with ${COMMUNITY}`)).toBeFocused();
  await expect(page.getByLabel('What worked, Learning 1')).toHaveValue('Letters to the board before the vote');
  await page.getByLabel('Owner', { exact: true }).fill('Brazil facilitator');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Today' }).click();
  const leave = page.getByRole('dialog', { name: 'Leave without saving?' });
  await leave.getByRole('button', { name: 'Stay and keep editing' }).click();
  await expect(leave).toBeHidden();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(h1(page, TITLE)).toBeFocused();
  await expect(page.getByText('Concluded · followed by Brazil facilitator')).toBeVisible();

  // The timeline: add an activity (today by default) in a drawer, remove it, undo, remove again.
  await expect(timeline.getByText('No activity recorded yet.')).toBeVisible();
  await timeline.getByRole('button', { name: 'Add activity' }).click();
  const activityDrawer = page.getByRole('dialog', { name: 'Add an activity' });
  await activityDrawer.getByLabel('Kind').selectOption({ label: 'Meeting' });
  await activityDrawer.getByLabel('What happened').fill('Call with the river assembly');
  await activityDrawer.getByRole('button', { name: 'Add activity' }).click();
  await expect(activityDrawer).toBeHidden();
  await expect(timeline.getByRole('status').filter({ hasText: 'Activity added.' })).toBeVisible();
  const entry = timeline.getByRole('listitem').filter({ hasText: 'Call with the river assembly' });
  await expect(entry).toContainText('Meeting');
  // Newest first: the activity of today comes before today's status changes.
  await expect(timeline.getByRole('listitem').first()).toContainText('Call with the river assembly');
  await expectNoSeriousA11yViolations(page, 'concluded collaboration with timeline and learning');
  await entry.getByRole('button', { name: /^Remove Meeting of/ }).click();
  await expect(entry).toHaveCount(0);
  await timeline.getByRole('button', { name: 'Undo removal' }).click();
  await expect(entry).toBeVisible();
  await entry.getByRole('button', { name: /^Remove/ }).click();
  await expect(timeline.getByText('No activity recorded yet.')).toBeVisible();

  // Delete, in "More actions" and asked first, with undo; then the deleted view and restore.
  await deleteThroughMenu(page);
  await expect(h1(page, 'Collaborations')).toBeVisible();
  const notice = page.getByRole('status').filter({ hasText: `The collaboration with ${COMMUNITY} was moved to Deleted collaborations.` });
  await notice.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('status').filter({ hasText: `The collaboration with ${COMMUNITY} is back.` })).toBeVisible();
  const row = page.getByRole('table', { name: 'Collaborations found' }).getByRole('row', { name: new RegExp(COMMUNITY) });
  await expect(row).toContainText(`${FINANCE}, ${LEGAL}`);
  await expect(row).toContainText('Concluded');
  await expectNoSeriousA11yViolations(page, 'collaborations list');
  await row.getByRole('button', { name: COMMUNITY }).click();
  await deleteThroughMenu(page);
  await page.getByRole('button', { name: 'Deleted collaborations' }).click();
  await expect(h1(page, 'Deleted collaborations')).toBeFocused();
  await expect(page.getByRole('table', { name: 'Deleted collaborations' }).getByRole('row', { name: new RegExp(COMMUNITY) })).toContainText('Brazil');
  await expectNoSeriousA11yViolations(page, 'deleted collaborations');
  await page.getByRole('button', { name: `Restore ${COMMUNITY}` }).click();
  await expect(page.getByText('No collaboration has been deleted.')).toBeVisible();
  await page.getByRole('button', { name: 'Back to collaborations' }).click();

  // The detail's links open the member in the roster and the request in its section.
  const nav = page.getByRole('navigation', { name: 'Main' });
  await page.getByRole('table', { name: 'Collaborations found' }).getByRole('button', { name: COMMUNITY }).click();
  await who.getByRole('button', { name: FINANCE }).click();
  await expect(h1(page, FINANCE)).toBeFocused();
  await nav.getByRole('button', { name: 'Collaborations' }).click();
  await page.getByRole('table', { name: 'Collaborations found' }).getByRole('button', { name: COMMUNITY }).click();
  await who.getByRole('button', { name: 'Open the request' }).click();
  await expect(h1(page, `Request from ${COMMUNITY}`)).toBeFocused();
  await nav.getByRole('button', { name: 'Collaborations' }).click();

  // Spanish: headings, filter and state labels follow the language.
  await page.getByLabel('Language').selectOption('es');
  await expect(h1(page, 'Colaboraciones')).toBeVisible();
  await page.getByLabel('Estado', { exact: true }).selectOption({ label: 'Concluida' });
  await expect(page.getByRole('status').filter({ hasText: '1 colaboración' })).toBeVisible();
  await page.getByRole('table', { name: 'Colaboraciones encontradas' }).getByRole('button', { name: COMMUNITY }).click();
  await expect(h1(page, `Colaboración con ${COMMUNITY}`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ciclo de vida' }).getByText('Ahora: Concluida')).toBeVisible();
});
