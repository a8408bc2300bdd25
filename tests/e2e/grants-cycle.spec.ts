// The small-grants cycle end to end through the screens, as the secretariat lives it: a call with a rubric and a working
// group, an application a facilitator entered for a community in Spanish with its translation, three reviewers of whom
// one is recused and two score, the ranked table's mean and disagreement flag, a decision meeting with its quorum after
// recusals, the award letter in Spanish read back from its PDF, tranche 1 paid, the report overdue on Today, approved,
// tranche 2 paid on its condition, and the grants dashboard's totals before and after. Axe on each screen as it is reached.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { dateField, fillDate } from './date-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { allCallsFigure, dayFromToday, letterAmount, pdfText, scoreOption, seedTeamAndCommunity } from './grants-cycle-steps.js';
import { createConfirmedVault, sidebarPlace } from './vault-steps.js';

const PASSPHRASE = 'condors circle over the high pasture';
/** This vault: the secretariat's coordinator, who may enter declarations and scores on a reviewer's behalf. */
const ME = 'Lucía Flores';
/** The Latin America facilitator: she entered the application, and helped write it, so she is recused. */
const MARIA = 'María Quispe';
const AMARA = 'Amara Diallo';
const COMMUNITY = 'Comunidad campesina de Ccollpa';
const CALL = 'Land and water small grants 2026';
const TITLE = 'Semillas nativas para Ccollpa';
const ORIGINAL = 'Queremos recuperar las semillas nativas de papa y formar a los jóvenes de la comunidad.';
const TRANSLATION = "We want to recover native potato seeds and train the community's young people.";
const CONFLICT = 'I helped the community write this application.';
const DAY_MS = 24 * 60 * 60 * 1000;

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const grantsNav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Grants sections' }).getByRole('button', { name, exact: true });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

// A step that cannot happen fails in half a minute rather than at the end of the whole test's time.
test.use({ actionTimeout: 30_000 });

let folder = '';
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cre-e2e-grants-cycle-'));
});
test.afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
});

/** The call through its form: texts, region, dates, money, a checklist item, a two-criterion rubric and the working group. */
async function createCall(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New call' }).first().click();
  await expect(h1(page, 'New call')).toBeFocused();
  await page.getByLabel('Title, English').fill(CALL);
  await page.getByLabel('Text of the call, English').fill('Small grants for communities defending their land and water.');
  await page.getByRole('checkbox', { name: 'Latin America' }).check();
  await fillDate(dateField(page, 'Opening date'), dayFromToday(-7));
  await fillDate(dateField(page, 'Closing date'), dayFromToday(30));
  await expect(page.getByLabel('Ceiling per grant')).toHaveValue('5000');
  await page.getByLabel('Total envelope').fill('40000');
  await page.getByRole('button', { name: 'Add a requirement' }).click();
  await page.getByLabel('Requirement, Item 1').fill('The community decided to apply in an assembly.');
  await page.getByLabel('Criterion, Criterion 1', { exact: true }).fill('Community need');
  await page.getByLabel('Level 0 means, Criterion 1').fill('No need shown');
  await page.getByLabel('Level 5 means, Criterion 1').fill('Urgent and well documented');
  await page.getByRole('button', { name: 'Add a criterion' }).click();
  await page.getByLabel('Criterion, Criterion 2', { exact: true }).fill('Feasibility');
  await page.getByLabel('Weight, Criterion 2').fill('2');
  await page.getByLabel('Level 5 means, Criterion 2').fill('A clear plan the community can carry out');
  for (const name of [ME, MARIA, AMARA]) await page.getByRole('checkbox', { name, exact: true }).check();
  await page.getByLabel('Quorum').fill('2');
  await expectNoSeriousA11yViolations(page, 'call form');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(h1(page, CALL)).toBeFocused();
  await expect(page.getByText('The call was saved.')).toBeVisible();
}

/** The application form, opened from the call: what María took down from the community's voice note. */
async function enterApplication(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New application' }).click();
  await expect(h1(page, 'New application')).toBeFocused();
  await expect(page.getByLabel('Call', { exact: true })).toHaveValue(/.+/);
  await page.getByLabel('Community', { exact: true }).selectOption({ label: COMMUNITY });
  await page.getByLabel('Title', { exact: true }).fill(TITLE);
  // The form starts with this vault's name; the facilitator who took the application down is named instead.
  await expect(page.getByLabel('Entered by')).toHaveValue(ME);
  await page.getByLabel('Entered by').fill(MARIA);
  await page.getByLabel('Channel').selectOption({ label: 'Voice note' });
  await page.getByLabel('Original language').selectOption('es');
  await page.getByLabel('Original text').fill(ORIGINAL);
  await page.getByLabel('Translation language').selectOption('en');
  await page.getByLabel('Translation', { exact: true }).fill(TRANSLATION);
  await page.getByLabel('What it pays for, Budget line 1').fill('Semillas y herramientas');
  await page.getByLabel('Amount, Budget line 1').fill('3000');
  await page.getByRole('button', { name: 'Add a budget line' }).click();
  await page.getByLabel('What it pays for, Budget line 2').fill('Talleres para jóvenes');
  await page.getByLabel('Amount, Budget line 2').fill('1500');
  // A new line is in the call's currency, its rate locked at 1.
  await expect(page.getByLabel('Currency, Budget line 2')).toHaveValue('USD');
  await expect(page.getByText(/Total requested: \$4,500/)).toBeVisible();
  await page.getByLabel('The community decided to apply in an assembly.').check();
  await page.getByLabel('Language of the award letter').selectOption('es');
  await expectNoSeriousA11yViolations(page, 'application form');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(h1(page, TITLE)).toBeFocused();
  await expect(status(page, 'Application saved.')).toBeVisible();
}

/** Opens a reviewer's review from the application's Reviewers panel, as the secretariat acting for them. */
async function openReviewFor(page: Page, name: string): Promise<void> {
  await page.getByRole('region', { name: 'Reviewers' }).getByRole('button', { name: `Open review ${name}` }).click();
  await expect(h1(page, 'Review')).toBeFocused();
  await expect(page.getByText(`You are entering this for ${name}, as the secretariat.`)).toBeVisible();
}

/** Scores the open review's two criteria and submits them. */
async function score(page: Page, need: number, feasibility: number, comment: string): Promise<void> {
  await expect(h1(page, `Review: ${TITLE}`)).toBeVisible();
  await expect(page.getByText(ORIGINAL)).toBeVisible();
  await expect(page.getByText(TRANSLATION)).toBeVisible();
  await scoreOption(page.getByRole('group', { name: 'Community need (weight 1)' }), need).check();
  await scoreOption(page.getByRole('group', { name: 'Feasibility (weight 2)' }), feasibility).check();
  await page.getByLabel('Comment on Feasibility').fill(comment);
  await page.getByRole('button', { name: 'Submit scores' }).click();
  await expect(page.getByText('Your scores were submitted.')).toBeVisible();
}

/** Whether the core lets anyone open this reviewer's review of the application: its error code, or 'opened'. */
async function tryOpeningReviewOf(page: Page, reviewer: string): Promise<string> {
  return page.evaluate(
    async ({ title, reviewer }) => {
      const cre = window.cre;
      const listed = await cre.grantApplications.list({ callId: null, communityId: null, states: [], deleted: false, offset: 0, limit: 10 });
      const application = listed.ok ? listed.value.find((entry) => entry.title === title) : undefined;
      if (!application) return 'no application';
      const reviews = await cre.grantReviews.forApplication({ applicationId: application.id });
      const review = reviews.ok ? reviews.value.find((entry) => entry.reviewerName === reviewer) : undefined;
      if (!review) return 'no review';
      const opened = await cre.grantReviews.open({ id: review.id });
      return opened.ok ? 'opened' : opened.error.code;
    },
    { title: TITLE, reviewer },
  );
}

test('the grants cycle: call, application, recusal, scores, ranked table, meeting, letter, tranches, overdue report, dashboard', async ({ app }, testInfo) => {
  test.setTimeout(300_000);
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await seedTeamAndCommunity(page, ME, [{ name: MARIA, region: 'latin_america' }, { name: AMARA, region: 'africa' }], COMMUNITY);

  await test.step('a call with a rubric, made through its form and opened', async () => {
    await sidebarPlace(page, 'Grants').click();
    await expect(h1(page, 'Calls for small grants')).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'calls list (empty)');
    await createCall(page);
    await expect(page.getByRole('table', { name: 'Rubric' }).getByRole('row', { name: /Feasibility/ })).toContainText('A clear plan the community can carry out');
    await expectNoSeriousA11yViolations(page, 'call detail');
    await page.getByRole('button', { name: 'Move to “Open”' }).click();
    await expect(page.getByRole('region', { name: 'Lifecycle' }).getByRole('strong')).toHaveText('Open');
  });

  await test.step('the Latin America facilitator enters an application in Spanish with its translation', async () => {
    await enterApplication(page);
    await expect(page.getByRole('region', { name: 'Original, in Spanish' })).toContainText(ORIGINAL);
    await expect(page.getByRole('region', { name: 'Translation, in English' })).toContainText(TRANSLATION);
    await expect(page.getByRole('region', { name: 'Budget' }).getByRole('row', { name: /Total requested/ })).toContainText('$4,500');
    const intake = page.getByRole('region', { name: 'How it came in' });
    await expect(intake).toContainText(MARIA);
    await expect(intake).toContainText('Voice note');
    await expectNoSeriousA11yViolations(page, 'application detail');
    const lifecycle = page.getByRole('region', { name: 'Lifecycle' });
    await lifecycle.getByRole('button', { name: 'Mark as Eligible' }).click();
    await expect(status(page, 'Marked as Eligible.')).toBeVisible();
    await lifecycle.getByRole('button', { name: 'Mark as In review' }).click();
    await expect(lifecycle.getByText('Now: In review')).toBeVisible();
  });

  await test.step('three working-group members assigned; María declares a conflict and her review stays closed', async () => {
    const reviewers = page.getByRole('region', { name: 'Reviewers' });
    for (const name of [ME, MARIA, AMARA]) await reviewers.getByRole('checkbox', { name, exact: true }).check();
    await reviewers.getByRole('button', { name: 'Assign', exact: true }).click();
    await expect(reviewers.getByText('3 reviewers assigned.')).toBeVisible();
    for (const name of [ME, MARIA, AMARA]) await expect(reviewers.getByRole('row', { name: new RegExp(name) })).toContainText('Declaration needed');

    await openReviewFor(page, MARIA);
    await expect(page.getByText(ORIGINAL)).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'review declaration for another reviewer');
    await page.getByLabel('A conflict of interest (recuse)').check();
    await page.getByLabel('What the conflict is').fill(CONFLICT);
    await page.getByRole('button', { name: 'Record the declaration' }).click();
    await expect(page.getByText(`${MARIA} declared a conflict of interest with this application and is recused from it.`)).toBeVisible();
    await expect(page.getByText(ORIGINAL)).toHaveCount(0);
    await expect(page.getByRole('group', { name: 'Community need (weight 1)' })).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, 'recused review');
    // Whoever asks, her review does not open: the core answers `recused` (and records the attempt).
    expect(await tryOpeningReviewOf(page, MARIA)).toBe('recused');
    await page.getByRole('button', { name: 'Back to the application' }).click();
    await expect(reviewers.getByRole('row', { name: new RegExp(MARIA) })).toContainText('Recused');
  });

  await test.step('two reviewers score: Amara (entered for her by the secretariat) and this vault’s own reviewer', async () => {
    await openReviewFor(page, AMARA);
    await page.getByLabel('No conflict of interest').check();
    await page.getByRole('button', { name: 'Record the declaration' }).click();
    await score(page, 2, 3, 'The workshops need a trainer from outside the community.');
    await expectNoSeriousA11yViolations(page, 'review scoring');
    await page.getByRole('button', { name: 'Back to the application' }).click();
    await expect(page.getByRole('region', { name: 'Reviewers' }).getByRole('row', { name: new RegExp(AMARA) })).toContainText('Submitted');

    await grantsNav(page, 'My reviews').click();
    await expect(h1(page, 'My reviews')).toBeFocused();
    await expect(page.getByRole('row', { name: new RegExp(TITLE) })).toContainText('Declaration needed');
    await expectNoSeriousA11yViolations(page, 'my reviews');
    await page.getByRole('button', { name: TITLE }).click();
    await expect(h1(page, 'Review')).toBeFocused();
    await page.getByLabel('No conflict of interest').check();
    await page.getByRole('button', { name: 'Record the declaration' }).click();
    await score(page, 5, 4, 'The community already keeps a seed bank.');
  });

  await test.step('the ranked table: the weighted mean, the spread and the disagreement flag', async () => {
    await grantsNav(page, 'Calls').click();
    await page.getByRole('button', { name: CALL }).click();
    await page.getByRole('button', { name: 'Ranked table' }).click();
    await expect(h1(page, `Ranked table: ${CALL}`)).toBeFocused();
    // Mine 5 and 4 (weighted 4.33), Amara's 2 and 3 (2.67): mean 3.50, spread 1.67; need differs by 3 points.
    const row = page.getByRole('row', { name: new RegExp(TITLE) });
    await expect(row).toContainText('3.50');
    await expect(row).toContainText('1.67');
    await expect(row).toContainText('Reviewers disagree');
    await expect(row.getByText('reviewers differ by 2 points or more')).toHaveCount(1);
    await expect(row).toContainText('2 of 3');
    await expectNoSeriousA11yViolations(page, 'ranked table');
  });

  await test.step('a decision meeting with its quorum counted after the recusal', async () => {
    await grantsNav(page, 'Calls').click();
    await page.getByRole('button', { name: CALL }).click();
    await page.getByRole('button', { name: 'Move to “Closed”' }).click();
    await page.getByRole('button', { name: 'Move to “In review”' }).click();
    await expect(page.getByRole('region', { name: 'Lifecycle' }).getByRole('strong')).toHaveText('In review');
    await page.getByRole('button', { name: 'Decision meeting' }).click();
    await expect(h1(page, `Record a decision meeting of ${CALL}`)).toBeFocused();
    const decision = page.getByRole('group', { name: TITLE });
    await expect(decision).toContainText('mean score 3.50 of 5');
    await expect(decision).toContainText(`Recused: ${MARIA} (${CONFLICT}).`);
    const present = page.getByRole('group', { name: 'Working-group members present' });
    await present.getByRole('checkbox', { name: ME, exact: true }).check();
    await present.getByRole('checkbox', { name: MARIA, exact: true }).check();
    await expect(decision).toContainText('Quorum not met: 1 present without a conflict, 2 needed.');
    await present.getByRole('checkbox', { name: AMARA, exact: true }).check();
    await expect(decision).toContainText('Quorum met: 2 present without a conflict, 2 needed.');
    await decision.getByLabel('Approved').check();
    await decision.getByLabel('Rationale').fill('The seed bank is the community’s own; the workshops are trimmed.');
    await decision.getByLabel('Approved amount (USD)').fill('4000');
    await expectNoSeriousA11yViolations(page, 'decision meeting form');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await expect(h1(page, `Decision meeting of ${CALL}`)).toBeVisible();
    const decided = page.getByRole('region', { name: 'Decisions' }).getByRole('row', { name: new RegExp(TITLE) });
    await expect(decided).toContainText('Approved');
    await expect(decided).toContainText('Quorum met: 2 present');
    await expectNoSeriousA11yViolations(page, 'decision meeting');
  });

  let disbursedBefore = Number.NaN;
  await test.step('the grants dashboard before any payment', async () => {
    await grantsNav(page, 'Grants dashboard').click();
    await expect(h1(page, 'Grants dashboard')).toBeFocused();
    disbursedBefore = await allCallsFigure(page, 'Disbursed');
    expect(disbursedBefore).toBe(0);
    expect(await allCallsFigure(page, 'Approved')).toBe(1);
    await expectNoSeriousA11yViolations(page, 'grants dashboard');
  });

  await test.step('the award: two tranches (on signature; when report 1 is approved) and a report', async () => {
    await grantsNav(page, 'Applications').click();
    await page.getByRole('row', { name: new RegExp(TITLE) }).getByRole('button', { name: TITLE }).click();
    await expect(h1(page, TITLE)).toBeFocused();
    await page.getByRole('button', { name: 'Make the award' }).click();
    await expect(h1(page, `Award: ${TITLE}`)).toBeFocused();
    await expect(page.getByLabel('Amount (USD)', { exact: true })).toHaveValue('4000');
    await page.getByRole('button', { name: 'Add a report' }).click();
    const reportDue = page.getByRole('group', { name: /^Due date ?, Report 1$/ });
    await fillDate(reportDue, dayFromToday(30));
    await page.getByLabel('Amount (USD), Tranche 1').fill('2500');
    await page.getByRole('button', { name: 'Add a tranche' }).click();
    await page.getByLabel('Amount (USD), Tranche 2').fill('1500');
    await page.getByLabel('Condition, Tranche 2').selectOption('report_approved');
    await page.getByLabel('Which report, Tranche 2').selectOption('1');
    await fillDate(dateField(page, 'Agreement signed on'), dayFromToday(0));
    await expect(page.getByText(/The tranches add up to \$4,000(\.00)? of \$4,000/)).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'award form');
    await page.getByRole('button', { name: 'Save the award' }).click();
    await expect(status(page, 'The award was made.')).toBeVisible();
    const tranches = page.getByRole('region', { name: 'Tranches and payments' });
    await expect(tranches.getByRole('listitem').filter({ hasText: 'Tranche 1' })).toContainText('Condition met');
    await expect(tranches.getByRole('listitem').filter({ hasText: 'Tranche 2' })).toContainText('When report 1 is approved');
    await expect(tranches.getByRole('listitem').filter({ hasText: 'Tranche 2' })).toContainText('Condition not met');
    await expect(page.getByRole('region', { name: 'Reports' }).getByRole('row', { name: /Report 1/ })).not.toContainText('Overdue');
    await expectNoSeriousA11yViolations(page, 'award');
  });

  await test.step('the award letter, in Spanish, read back from its PDF', async () => {
    const letter = join(folder, 'carta.pdf');
    await app.setNextSaveFile(letter);
    await page.getByRole('button', { name: 'Save award letter (PDF)' }).click();
    await expect(status(page, 'The award letter was saved.')).toBeVisible();
    const text = await pdfText(letter);
    for (const words of ['Carta de adjudicación', 'Nos alegra comunicarles', 'Calendario de pagos', 'Al firmar el acuerdo', 'Cuando se apruebe el informe 1', 'Informe narrativo']) {
      expect(text, `the letter says “${words}”`).toContain(words);
    }
    expect(text).toContain(COMMUNITY);
    expect(text).toContain(TITLE);
    expect(text).toContain(letterAmount(4000, 'USD', 'es'));
    expect(text).toContain(letterAmount(2500, 'USD', 'es'));
    expect(text).not.toContain('Award letter');
  });

  await test.step('tranche 1 paid', async () => {
    const tranches = page.getByRole('region', { name: 'Tranches and payments' });
    await tranches.getByRole('button', { name: 'Record payment Tranche 1' }).click();
    const drawer = page.getByRole('dialog', { name: 'Record a payment on Tranche 1' });
    await expect(drawer.getByLabel('Amount (USD)')).toHaveValue('2500');
    await drawer.getByLabel('Reference').fill('TRF-2026-014');
    await expectNoSeriousA11yViolations(page, 'record payment drawer');
    await drawer.getByRole('button', { name: 'Record payment' }).click();
    await expect(status(page, 'The payment was recorded.')).toBeVisible();
    await expect(tranches.getByRole('listitem').filter({ hasText: 'Tranche 1' })).toContainText('bank transfer');
  });

  await test.step('the report turns overdue and shows on Today', async () => {
    if (!app.advanceClock) {
      testInfo.annotations.push({ type: 'skipped step', description: 'The report turning overdue needs the core clock moved ahead, which only the Chromium harness can do.' });
      return;
    }
    // The report is due in 30 days: 45 days later, by the vault's clock, it is overdue.
    await app.advanceClock(45 * DAY_MS);
    await sidebarPlace(page, 'Today').click();
    const overdue = page.getByRole('region', { name: /^Grant reports overdue/ });
    const line = overdue.getByRole('listitem').filter({ hasText: `Report 1 (narrative) of ${TITLE}` });
    await expect(line).toContainText(COMMUNITY);
    await expect(line).toContainText('was due');
    await expectNoSeriousA11yViolations(page, 'today with an overdue grant report');
    await overdue.getByRole('button', { name: `Report 1 (narrative) of ${TITLE}` }).click();
    await expect(h1(page, `Award: ${TITLE}`)).toBeFocused();
    await expect(page.getByRole('region', { name: 'Reports' }).getByRole('row', { name: /Report 1/ })).toContainText('Overdue');
  });

  await test.step('the report received and approved; tranche 2 paid on its condition', async () => {
    // On the award page: reached from Today's line, or still there when the clock could not be moved.
    await expect(h1(page, `Award: ${TITLE}`)).toBeVisible();
    const reports = page.getByRole('region', { name: 'Reports' });
    await reports.getByRole('button', { name: 'Mark received Report 1 (narrative)' }).click();
    const receive = page.getByRole('dialog', { name: 'Mark Report 1 (narrative) received' });
    await receive.getByLabel('The report', { exact: true }).fill('Recuperamos doce variedades de papa; veinte jóvenes aprendieron a guardarlas.');
    await expectNoSeriousA11yViolations(page, 'mark report received drawer');
    await receive.getByRole('button', { name: 'Mark received' }).click();
    await expect(status(page, 'Report 1 (narrative) was marked received.')).toBeVisible();
    await reports.getByRole('button', { name: 'Review Report 1 (narrative)' }).click();
    const review = page.getByRole('dialog', { name: 'Review Report 1 (narrative)' });
    await review.getByLabel('Approved').check();
    await expectNoSeriousA11yViolations(page, 'review report drawer');
    await review.getByRole('button', { name: 'Save the review' }).click();
    await expect(reports.getByRole('row', { name: /Report 1/ })).toContainText('Approved');

    const tranches = page.getByRole('region', { name: 'Tranches and payments' });
    await expect(tranches.getByRole('listitem').filter({ hasText: 'Tranche 2' })).toContainText('Condition met');
    await tranches.getByRole('button', { name: 'Record payment Tranche 2' }).click();
    const drawer = page.getByRole('dialog', { name: 'Record a payment on Tranche 2' });
    await expect(drawer.getByLabel('Amount (USD)')).toHaveValue('1500');
    await drawer.getByRole('button', { name: 'Record payment' }).click();
    await expect(status(page, 'The payment was recorded.')).toBeVisible();
    // Every report approved and every tranche paid: the grant is closed.
    await expect(page.getByRole('region', { name: 'The award' })).toContainText('Closed');
    await expectNoSeriousA11yViolations(page, 'award, paid in full');
  });

  await test.step('the dashboard’s totals count the award and both payments; Today is clear again', async () => {
    await grantsNav(page, 'Grants dashboard').click();
    await expect(h1(page, 'Grants dashboard')).toBeFocused();
    const disbursedAfter = await allCallsFigure(page, 'Disbursed');
    expect(disbursedAfter).toBe(4000);
    expect(disbursedAfter).toBeGreaterThan(disbursedBefore);
    expect(await allCallsFigure(page, 'Awarded')).toBe(4000);
    expect(await allCallsFigure(page, 'Awards')).toBe(1);
    await sidebarPlace(page, 'Today').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Grant reports overdue/ })).toHaveCount(0);
  });
});
