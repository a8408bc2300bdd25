// Grant applications, decision meetings, awards and the grants dashboard in the UI: a facilitator enters an application
// in Spanish with its translation (over the ceiling first, refused, nothing lost), attaches a document, screens it,
// deletes and restores it; the call's review happens through the contract; a decision meeting with its quorum; the
// award with tranches and a report; a payment, a refused one (condition not met), the report overdue on Today, received
// and approved, the second tranche paid; the dashboard's totals. Axe on every screen.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dateField, fillDate } from './date-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault, sidebarPlace } from './vault-steps.js';

const PASSPHRASE = 'herons fish where the river bends';
const COMMUNITY = 'Comunidad de San Isidro';
const CALL = 'Semillas 2026';
const TITLE = 'Radio comunitaria';
const ME = 'Lucía Secretariat';

type Seeded = { callId: string; me: string };

/** The vault's own identity (the coordinator, the working group's one member), a community and an open call. */
async function seed(page: Page): Promise<Seeded> {
  return page.evaluate(
    async ({ community, call, me }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      const cre = window.cre;
      must(await cre.team.updateMe({ displayName: me, role: 'coordinator', region: 'latin_america' }));
      const vaultId = must(await cre.team.me({})).vaultId;
      must(await cre.communities.create({ community: { name: community, country: 'CO', languages: ['es'], sharing: 'regional' } }));
      const callId = must(
        await cre.grantCalls.create({
          call: {
            kind: 'open',
            regions: ['latin_america', 'africa', 'asia'],
            strategyAreas: ['community_organizing'],
            texts: [{ language: 'en', title: call, text: 'Small grants for community media.' }],
            eligibility: [{ id: 'led-by-community', text: 'The project is led by the community' }],
            opensAt: '2020-01-01T08:00',
            closesAt: '2099-12-31T17:00',
            timeZone: 'America/Bogota',
            currency: 'USD',
            ceiling: 5000,
            envelope: 20000,
            requiredDocuments: ['Budget sheet'],
            rubric: [{ id: 'impact', name: 'Impact', weight: 1, levels: ['None', 'Weak', 'Some', 'Good', 'Strong', 'Outstanding'] }],
            workingGroup: [{ vaultId, name: me }],
            quorum: 1,
          },
        }),
      ).id;
      must(await cre.grantCalls.move({ id: callId, to: 'open' }));
      return { callId, me: vaultId };
    },
    { community: COMMUNITY, call: CALL, me: ME },
  );
}

/** The working group's review, as the contract does it: assign, declare no conflict, score; then the call goes to review. */
async function review(page: Page, applicationId: string, callId: string, me: string): Promise<void> {
  await page.evaluate(
    async ({ applicationId, callId, me }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      const cre = window.cre;
      must(await cre.grantReviews.assign({ applicationId, reviewerVaultIds: [me] }));
      const mine = must(await cre.grantReviews.mine({})).find((entry) => entry.applicationId === applicationId);
      if (!mine) throw new Error('no review assigned');
      must(await cre.grantReviews.declare({ id: mine.id, declaration: { declaration: 'none' } }));
      must(await cre.grantReviews.score({ id: mine.id, scores: { scores: [{ criterionId: 'impact', score: 4 }] } }));
      must(await cre.grantCalls.move({ id: callId, to: 'closed' }));
      must(await cre.grantCalls.move({ id: callId, to: 'in_review' }));
    },
    { applicationId, callId, me },
  );
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const grantsNav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Grants sections' }).getByRole('button', { name, exact: true });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

let folder = '';
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cre-e2e-grants-'));
});
test.afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

test('an application from entry to award, payments, an overdue report on Today and the dashboard', async ({ app }) => {
  test.setTimeout(420_000);
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  const { callId, me } = await seed(page);

  // The list, empty at first.
  await sidebarPlace(page, 'Grants').click();
  await grantsNav(page, 'Applications').click();
  await expect(h1(page, 'Applications')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No application yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'applications list (empty)');

  // The form: what is missing is said beside each field.
  await page.getByRole('button', { name: 'New application' }).first().click();
  await expect(h1(page, 'New application')).toBeFocused();
  await expect(page.getByLabel('Entered by')).toHaveValue(ME);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(page.getByLabel('Call', { exact: true })).toHaveAccessibleDescription(/Choose a call\./);
  await expect(page.getByLabel('Community', { exact: true })).toHaveAccessibleDescription('Choose a community.');
  await expectNoSeriousA11yViolations(page, 'application form with errors');

  await page.getByLabel('Call', { exact: true }).selectOption({ label: CALL });
  await page.getByLabel('Community', { exact: true }).selectOption({ label: COMMUNITY });
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  await page.getByLabel('Channel').selectOption({ label: 'Phone call' });
  await page.getByLabel('Original language').selectOption('es');
  await page.getByLabel('Original text').fill('Queremos una radio para avisar de las inundaciones.');
  await page.getByLabel('Translation language').selectOption('en');
  await page.getByLabel('Translation', { exact: true }).fill('We want a radio to warn of floods.');
  // The call's currency fills the first line and locks its rate; a second line in pesos at the day's rate.
  await expect(page.getByLabel('Currency, Budget line 1')).toHaveValue('USD');
  await page.getByLabel('What it pays for, Budget line 1').fill('Transmitter');
  await page.getByLabel('Amount, Budget line 1').fill('6000');
  await page.getByRole('button', { name: 'Add a budget line' }).click();
  await page.getByLabel('What it pays for, Budget line 2').fill('Antenna mast');
  await page.getByLabel('Amount, Budget line 2').fill('2.000.000');
  await page.getByLabel('Currency, Budget line 2').fill('COP');
  await page.getByLabel('Rate, Budget line 2').fill('0,00025');
  await expect(page.getByText('Total requested: $6,500')).toBeVisible();
  await expect(status(page, "is over the call's ceiling of $5,000")).toBeVisible();
  await page.getByLabel('The project is led by the community').check();
  await page.getByRole('button', { name: 'Add a contact' }).click();
  await page.getByLabel('Number, address or handle, Contact 1').fill('+57 300 000 0000');
  await page.getByLabel('Language of the award letter').selectOption('es');
  await expectNoSeriousA11yViolations(page, 'application form, filled');

  // Over the ceiling: the core refuses, the message sits by the budget, and nothing typed is lost.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'is over this call\'s ceiling of 5000.00 USD' }).first()).toBeVisible();
  await expect(page.getByLabel('Original text')).toHaveValue('Queremos una radio para avisar de las inundaciones.');
  await page.getByLabel('Amount, Budget line 1').fill('1000');
  await expect(page.getByText('Total requested: $1,500')).toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(h1(page, TITLE)).toBeFocused();
  await expect(status(page, 'Application saved.')).toBeVisible();

  // The detail: the original beside its translation, each named by its language; the budget converted at its rate.
  await expect(page.getByRole('region', { name: 'Original, in Spanish' })).toContainText('Queremos una radio');
  await expect(page.getByRole('region', { name: 'Translation, in English' })).toContainText('We want a radio');
  const budget = page.getByRole('region', { name: 'Budget' });
  await expect(budget.getByRole('row', { name: /Antenna mast/ })).toContainText('1 COP = 0.00025 USD');
  await expect(budget.getByRole('row', { name: /Total requested/ })).toContainText('$1,500');
  await expect(page.getByRole('region', { name: 'Applicant contacts' })).toContainText('never leave this vault');
  await expect(page.getByText('Required documents still missing: Budget sheet.')).toBeVisible();

  // A document, stored in the vault, marked as the required budget sheet.
  const sheet = join(folder, 'presupuesto.txt');
  writeFileSync(sheet, 'Transmisor 1000 USD\nMástil 2.000.000 COP\n');
  await app.setNextOpenFile(sheet);
  await page.getByRole('button', { name: 'Attach a document' }).click();
  await expect(status(page, 'presupuesto.txt was stored in the vault.')).toBeVisible();
  await page.getByLabel('Which required document presupuesto.txt is').selectOption('Budget sheet');
  await expect(page.getByText('Every required document is here.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'application detail');

  // Screening: eligible, then in review (a decision is not a button here).
  const lifecycle = page.getByRole('region', { name: 'Lifecycle' });
  await lifecycle.getByRole('button', { name: 'Mark as Eligible' }).click();
  await expect(status(page, 'Marked as Eligible.')).toBeVisible();
  await lifecycle.getByRole('button', { name: 'Mark as In review' }).click();
  await expect(lifecycle.getByText('Now: In review')).toBeVisible();
  await expect(lifecycle.getByRole('button', { name: /Mark as Approved/ })).toHaveCount(0);

  // Delete from "More actions", undo on the list; delete again and restore from the deleted list.
  const deleteIt = async () => {
    await page.getByRole('button', { name: 'More actions' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('dialog', { name: `Delete the application “${TITLE}”?` }).getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(h1(page, 'Applications')).toBeVisible();
  };
  await deleteIt();
  await expect(status(page, `The application “${TITLE}” was moved to Deleted applications.`)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(status(page, `The application “${TITLE}” is back.`)).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(TITLE) });
  await expect(row).toContainText(COMMUNITY);
  await expect(row).toContainText('In review');
  await expect(row).toContainText('$1,500');
  await expect(row).toContainText('Phone call');
  await expectNoSeriousA11yViolations(page, 'applications list');
  await row.getByRole('button', { name: TITLE }).click();
  await deleteIt();
  await page.getByRole('button', { name: 'Deleted applications' }).click();
  await expect(h1(page, 'Deleted applications')).toBeFocused();
  await expectNoSeriousA11yViolations(page, 'deleted applications');
  await page.getByRole('button', { name: `Restore ${TITLE}` }).click();
  await expect(status(page, `The application “${TITLE}” is back.`)).toBeVisible();
  await expect(page.getByText('No application has been deleted.')).toBeVisible();

  // The working group's review (its screens belong to the calls and reviews part), then the decision meeting.
  const applicationId = await page.evaluate(async () => {
    const listed = await window.cre.grantApplications.list({});
    return listed.ok ? (listed.value[0]?.id ?? '') : '';
  });
  await review(page, applicationId, callId, me);
  await grantsNav(page, 'Calls').click();
  await page.getByRole('button', { name: CALL }).first().click();
  await page.getByRole('button', { name: 'Decision meeting' }).click();
  await expect(h1(page, `Record a decision meeting of ${CALL}`)).toBeFocused();
  const decision = page.getByRole('group', { name: TITLE });
  await expect(decision).toContainText('mean score 4.00 of 5');
  await expect(decision).toContainText('No one is recused.');
  await expect(decision).toContainText('Quorum not met: 0 present without a conflict, 1 needed.');
  await page.getByLabel(ME).check();
  await expect(decision).toContainText('Quorum met: 1 present without a conflict, 1 needed.');
  await decision.getByLabel('Approved').check();
  await decision.getByLabel('Rationale').fill('Early warning saves lives; the budget is modest.');
  await expect(decision.getByLabel('Approved amount (USD)')).toHaveValue('1500');
  await expectNoSeriousA11yViolations(page, 'decision meeting form');
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(h1(page, `Decision meeting of ${CALL}`)).toBeVisible();
  const decisions = page.getByRole('region', { name: 'Decisions' });
  await expect(decisions.getByRole('row', { name: new RegExp(TITLE) })).toContainText('Approved');
  await expect(decisions.getByRole('row', { name: new RegExp(TITLE) })).toContainText('Quorum met: 1 present');
  await expect(page.getByRole('region', { name: 'Meetings of this call' }).getByRole('listitem')).toHaveCount(1);
  const minutes = join(folder, 'minutes.pdf');
  await app.setNextSaveFile(minutes);
  await page.getByRole('button', { name: 'Save minutes as PDF' }).click();
  await expect(status(page, 'The minutes were saved.')).toBeVisible();
  expect(readFileSync(minutes).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectNoSeriousA11yViolations(page, 'decision meeting');
  // Deleting the meeting takes its decisions back and leaves the call's list of meetings; Undo puts both back.
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByText('This meeting is deleted: its decisions no longer count.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Meetings of this call' }).getByRole('listitem')).toHaveCount(0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('region', { name: 'Meetings of this call' }).getByRole('listitem')).toHaveCount(1);
  await expect(decisions.getByRole('row', { name: new RegExp(TITLE) })).toContainText('Approved');

  // The award: two tranches (on signature; when report 1 is approved) and a narrative report already past due.
  await decisions.getByRole('button', { name: TITLE }).click();
  await expect(h1(page, TITLE)).toBeFocused();
  await page.getByRole('button', { name: 'Make the award' }).click();
  await expect(h1(page, `Award: ${TITLE}`)).toBeFocused();
  await expect(page.getByLabel('Amount (USD)', { exact: true })).toHaveValue('1500');
  await page.getByLabel('Amount (USD), Tranche 1').fill('1000');
  await page.getByRole('button', { name: 'Add a report' }).click();
  // A row's label ends with the row's name, heard after a pause: "Due date , Report 1".
  const reportDue = page.getByRole('group', { name: /^Due date ?, Report 1$/ });
  await expect(reportDue).toBeVisible();
  await fillDate(reportDue, '2024-01-15');
  await page.getByRole('button', { name: 'Add a tranche' }).click();
  await page.getByLabel('Amount (USD), Tranche 2').fill('500');
  await page.getByLabel('Condition, Tranche 2').selectOption('report_approved');
  await page.getByLabel('Which report, Tranche 2').selectOption('1');
  const today = await page.evaluate(() => {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  });
  await expect(dateField(page, 'Agreement signed on')).toBeVisible();
  await fillDate(dateField(page, 'Agreement signed on'), today);
  await expect(page.getByText('The tranches add up to $1,500 of $1,500.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'award form');
  await page.getByRole('button', { name: 'Save the award' }).click();
  await expect(status(page, 'The award was made.')).toBeVisible();
  const tranches = page.getByRole('region', { name: 'Tranches and payments' });
  await expect(tranches.getByRole('listitem').filter({ hasText: 'Tranche 1' })).toContainText('Condition met');
  await expect(tranches.getByRole('listitem').filter({ hasText: 'Tranche 2' })).toContainText('Condition not met');
  await expect(page.getByRole('region', { name: 'Reports' }).getByRole('row', { name: /Report 1/ })).toContainText('Overdue');

  // Tranche 1 paid; tranche 2 waits for its report, and the drawer asks for an override reason.
  await tranches.getByRole('button', { name: 'Record payment Tranche 1' }).click();
  const payDrawer = page.getByRole('dialog', { name: 'Record a payment on Tranche 1' });
  await expect(payDrawer.getByLabel('Amount (USD)')).toHaveValue('1000');
  await payDrawer.getByLabel('Reference').fill('TRF-001');
  await expectNoSeriousA11yViolations(page, 'record payment drawer');
  await payDrawer.getByRole('button', { name: 'Record payment' }).click();
  await expect(status(page, 'The payment was recorded.')).toBeVisible();
  await expect(tranches.getByRole('listitem').filter({ hasText: 'Tranche 1' })).toContainText('bank transfer');
  await tranches.getByRole('button', { name: 'Record payment Tranche 2' }).click();
  const waiting = page.getByRole('dialog', { name: 'Record a payment on Tranche 2' });
  await expect(waiting.getByText('The condition of this tranche is not met (When report 1 is approved).')).toBeVisible();
  await waiting.getByRole('button', { name: 'Record payment' }).click();
  await expect(waiting.getByLabel('Why it is paid before its condition')).toHaveAccessibleDescription(/Give the reason for paying before the condition is met\./);
  // Nothing was typed: Cancel closes at once.
  await waiting.getByRole('button', { name: 'Cancel' }).click();
  await expect(waiting).toBeHidden();
  const letter = join(folder, 'carta.pdf');
  await app.setNextSaveFile(letter);
  await page.getByRole('button', { name: 'Save award letter (PDF)' }).click();
  await expect(status(page, 'The award letter was saved.')).toBeVisible();
  expect(readFileSync(letter).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectNoSeriousA11yViolations(page, 'award');

  // The report is overdue: Today lists it right after the overdue follow-ups, and its line opens the award.
  await sidebarPlace(page, 'Today').click();
  const overdue = page.getByRole('region', { name: /^Grant reports overdue/ });
  await expect(overdue.getByRole('listitem')).toHaveText([new RegExp(`^Report 1 \\(narrative\\) of ${TITLE} ${COMMUNITY} · was due Jan 15, 2024`)]);
  await expectNoSeriousA11yViolations(page, 'today with an overdue grant report');
  await overdue.getByRole('button', { name: `Report 1 (narrative) of ${TITLE}` }).click();
  await expect(h1(page, `Award: ${TITLE}`)).toBeFocused();

  // Received and approved: tranche 2's condition is met and it is paid.
  const reports = page.getByRole('region', { name: 'Reports' });
  await reports.getByRole('button', { name: 'Mark received Report 1 (narrative)' }).click();
  const receive = page.getByRole('dialog', { name: 'Mark Report 1 (narrative) received' });
  await receive.getByLabel('The report', { exact: true }).fill('La radio funciona; avisamos de dos crecidas.');
  await receive.getByRole('button', { name: 'Mark received' }).click();
  await expect(status(page, 'Report 1 (narrative) was marked received.')).toBeVisible();
  await reports.getByRole('button', { name: 'Review Report 1 (narrative)' }).click();
  const reviewDrawer = page.getByRole('dialog', { name: 'Review Report 1 (narrative)' });
  await reviewDrawer.getByLabel('Approved').check();
  await expectNoSeriousA11yViolations(page, 'review report drawer');
  await reviewDrawer.getByRole('button', { name: 'Save the review' }).click();
  await expect(reports.getByRole('row', { name: /Report 1/ })).toContainText('Approved');
  await expect(tranches.getByRole('listitem').filter({ hasText: 'Tranche 2' })).toContainText('Condition met');
  await tranches.getByRole('button', { name: 'Record payment Tranche 2' }).click();
  await page.getByRole('dialog', { name: 'Record a payment on Tranche 2' }).getByRole('button', { name: 'Record payment' }).click();
  await expect(status(page, 'The payment was recorded.')).toBeVisible();

  // The dashboard counts the award and what was paid.
  await sidebarPlace(page, 'Grants').click();
  await grantsNav(page, 'Grants dashboard').click();
  await expect(h1(page, 'Grants dashboard')).toBeFocused();
  const totals = page.getByRole('region', { name: 'All calls, per currency', exact: true });
  await expect(totals.getByRole('row', { name: /All calls/ })).toContainText('$1,500');
  await expect(totals.getByRole('row', { name: /All calls/ })).toContainText('100%');
  await expect(page.getByRole('region', { name: 'Per region', exact: true }).getByRole('row', { name: /Latin America/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'grants dashboard');
  const csv = join(folder, 'grants.csv');
  await app.setNextSaveFile(csv);
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(status(page, 'The CSV file was saved.')).toBeVisible();
  expect(readFileSync(csv, 'utf8').length).toBeGreaterThan(50);
});
