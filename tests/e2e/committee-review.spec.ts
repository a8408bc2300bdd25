// The Advisory Committee's round through the screens of two apps: the secretariat and a committee member exchange and
// verify cards; the secretariat composes a packet, previews it and saves it; the member, in French, opens it, declares a
// conflict on one application (it closes), scores two, answers the questions and returns the review; the secretariat
// imports the return and sees the advisory scores, answers and advice on the packet's page and the advisory mean apart
// in the ranked table. Axe on every new screen.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { addCard, cardText, createReviewerVault, markVerified, nameReviewer, openTeam, safetyNumber, seedSecretariat } from './committee-review-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { openSecondApp } from './two-vaults.js';
import { createConfirmedVault, sidebarPlace } from './vault-steps.js';

const SECRETARIAT = 'Lucía Secretariat';
const MEMBER = 'Amara Diallo';
const CALL = 'Seeds for river schools 2026';
const [SEEDS, RADIO, SCHOOL] = ['Native seed bank', 'Community radio', 'River school'] as const;
const PACKET = 'Advice on the seed fund';
const TEXT_QUESTION = 'What should the next call focus on?';
const RATING_QUESTION = 'How well does the call reach river communities?';
const ADVICE = 'Fund the seed bank first; the radio needs a clearer budget.';

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

let folder = '';
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cre-e2e-committee-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** The secretariat composes the packet for the member, previews it, composes it and saves its file at `path`. */
async function composeAndSave(page: Page, path: string, save: (path: string) => Promise<void>): Promise<void> {
  await sidebarPlace(page, 'Committee reviews').click();
  await expect(h1(page, 'Committee reviews')).toBeFocused();
  await page.getByRole('button', { name: 'Compose a packet' }).first().click();
  await expect(h1(page, 'Compose a packet')).toBeFocused();
  await page.getByLabel('Title', { exact: true }).fill(PACKET);
  await page.getByRole('group', { name: 'Recipients' }).getByLabel(new RegExp(`^${MEMBER}`)).check();
  await page.getByLabel('Call', { exact: true }).selectOption({ label: CALL });
  const ofCall = page.getByRole('group', { name: 'Applications of this call' });
  for (const title of [SEEDS, RADIO, SCHOOL]) await ofCall.getByLabel(new RegExp(`^${title}`)).check();
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByLabel('Question, Question 1').fill(TEXT_QUESTION);
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByLabel('Question, Question 2').fill(RATING_QUESTION);
  await page.getByLabel('Kind of answer, Question 2').selectOption({ label: 'Rating from 1 to 5' });
  await page.getByLabel('What 1 means, Question 2').fill('Not at all');
  await page.getByLabel('What 5 means, Question 2').fill('Very well');
  await expectNoSeriousA11yViolations(page, 'compose a packet');

  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  const travels = page.getByRole('list', { name: `What travels to ${MEMBER}` });
  await expect(travels.getByText('3 applications', { exact: true })).toBeVisible();
  await expect(travels.getByText('2 questions', { exact: true })).toBeVisible();
  const withheld = page.getByRole('table', { name: `Withheld from the packet for ${MEMBER}, and why` });
  await expect(withheld.getByRole('row', { name: /The applicant's contacts/ })).toContainText('Contacts never leave this vault.');
  await expectNoSeriousA11yViolations(page, 'packet preview');

  await page.getByRole('button', { name: 'Compose 1 packet' }).click();
  await expect(h1(page, PACKET)).toBeFocused();
  await save(path);
  await page.getByRole('button', { name: 'Save packet file…' }).click();
  await expect(status(page, `The packet for ${MEMBER} was saved`)).toBeVisible();
  expect(statSync(path).size).toBeGreaterThan(0);
  await expectNoSeriousA11yViolations(page, 'packet saved');
}

/** In French: declares no conflict on `title` and scores it, Impact then Feasibility. */
async function declareNoneAndScore(page: Page, title: string, impact: string, feasibility: string): Promise<void> {
  await page.getByRole('button', { name: `Retour au dossier ${PACKET}` }).click();
  await page.getByRole('button', { name: title, exact: true }).click();
  await expect(h1(page, title)).toBeFocused();
  await page.getByRole('radio', { name: 'Je n’ai aucun conflit d’intérêts' }).check();
  await page.getByRole('button', { name: 'Enregistrer ma déclaration' }).click();
  await expect(page.getByRole('heading', { name: 'Vos notes' })).toBeVisible();
  await page.getByRole('group', { name: 'Impact (poids 2)' }).getByRole('radio', { name: impact }).check();
  await page.getByRole('group', { name: 'Feasibility (poids 1)' }).getByRole('radio', { name: feasibility }).check();
  await page.getByLabel('Commentaire sur Impact').fill(`Notes on ${title}`);
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByText('Vos notes ont été enregistrées comme brouillon.')).toBeVisible();
}

test('compose → preview → save → the member, in French, declares, scores, answers and returns → the secretariat imports and sees the advice', async ({ app }, testInfo) => {
  test.setTimeout(360_000);
  const secretariat = app.page;
  const other = await openSecondApp(app, testInfo);
  const member = other.page;
  try {
    await test.step('two vaults: the secretariat’s with a call and applications, the member’s in reviewer mode', async () => {
      await createConfirmedVault(secretariat, 'owls keep the night ledger honest');
      // Seeds 3 and 4 by the secretariat as working group: weighted (2×3 + 4) / 3 = 3.33.
      await seedSecretariat(secretariat, { me: SECRETARIAT, community: 'Imaginary Comunidad Río Verde', call: CALL, applications: [SEEDS, RADIO, SCHOOL], ownScores: [3, 4] });
      await createReviewerVault(member, 'lantern herons weigh quiet harbours');
    });

    await test.step('cards exchanged on Team and verified by the same safety number on both screens', async () => {
      const memberCard = await nameReviewer(member, MEMBER);
      await openTeam(secretariat);
      const secretariatCard = await cardText(secretariat);
      await addCard(secretariat, memberCard, MEMBER);
      await addCard(member, secretariatCard, SECRETARIAT);
      const atSecretariat = await safetyNumber(secretariat, MEMBER);
      const atMember = await safetyNumber(member, SECRETARIAT);
      expect(atMember).toEqual(atSecretariat);
      await markVerified(secretariat, MEMBER);
      await markVerified(member, SECRETARIAT);
    });

    const packetPath = join(folder, 'packet.crebundle');
    await test.step('the secretariat composes, previews and saves the packet', async () => {
      await composeAndSave(secretariat, packetPath, (path) => app.setNextSaveFile(path));
    });

    await test.step('the member, in French, opens the packet', async () => {
      await member.locator('#sidebar-language').selectOption('fr');
      await member.getByRole('navigation').getByRole('button', { name: 'Examens reçus', exact: true }).click();
      await other.setNextOpenFile(packetPath);
      await member.getByRole('button', { name: 'Ouvrir un dossier d’examen…' }).click();
      await expect(member.getByText(`« ${PACKET} », de ${SECRETARIAT}, est dans vos examens reçus`)).toBeVisible();
      const row = member.getByRole('row', { name: new RegExp(PACKET) });
      await expect(row.getByText('Déclarées : 0 sur 3')).toBeVisible();
      await expectNoSeriousA11yViolations(member, 'review inbox with the packet (fr)');
      await row.getByRole('button', { name: PACKET }).click();
      await expect(h1(member, PACKET)).toBeFocused();
      await expectNoSeriousA11yViolations(member, 'packet (fr)');
    });

    await test.step('a conflict closes one application; the two others are declared and scored', async () => {
      await member.getByRole('button', { name: SCHOOL, exact: true }).click();
      await expect(h1(member, SCHOOL)).toBeFocused();
      await expectNoSeriousA11yViolations(member, 'declaration (fr)');
      await member.getByRole('radio', { name: 'J’ai un conflit d’intérêts' }).check();
      await member.getByLabel('Ce qui vous lie à cette candidature').fill('My sister teaches at this school.');
      await member.getByRole('button', { name: 'Enregistrer ma déclaration' }).click();
      await expect(member.getByText('elle vous est fermée définitivement')).toBeVisible();
      await expect(member.getByRole('heading', { name: 'Vos notes' })).toHaveCount(0);

      // Seeds 5 and 4: (2×5 + 4) / 3 = 4.67; radio 2 and 2: 2.00.
      await declareNoneAndScore(member, SEEDS, '5 — Outstanding', '4 — Strong');
      await expectNoSeriousA11yViolations(member, 'application scored (fr)');
      await declareNoneAndScore(member, RADIO, '2 — Some', '2 — Some');
      await member.getByRole('button', { name: `Retour au dossier ${PACKET}` }).click();
      await expect(member.getByRole('row', { name: new RegExp(SCHOOL) }).getByText('Conflit : fermée')).toBeVisible();
      await expect(member.getByRole('row', { name: new RegExp(SEEDS) }).getByText('Notée')).toBeVisible();
    });

    const returnPath = join(folder, 'return.crebundle');
    await test.step('the member answers, gives advice and returns the review', async () => {
      await member.getByLabel(TEXT_QUESTION).fill('Seed banks run by women’s groups.');
      await member.getByRole('group', { name: RATING_QUESTION }).getByRole('radio', { name: '4', exact: true }).check();
      await member.getByLabel('Avis libre').fill(ADVICE);
      await member.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await expect(member.getByText('Vos réponses et votre avis ont été enregistrés comme brouillon.')).toBeVisible();
      await member.getByRole('button', { name: 'Renvoyer mon examen…' }).click();
      const confirm = member.getByRole('dialog', { name: 'Renvoyer votre examen ?' });
      await expect(confirm.getByText('vos notes et commentaires sur 2 candidatures')).toBeVisible();
      await expectNoSeriousA11yViolations(member, 'return confirmation (fr)');
      await other.setNextSaveFile(returnPath);
      await confirm.getByRole('button', { name: 'Renvoyer mon examen' }).click();
      await expect(member.getByText(/Vous avez renvoyé votre examen le/)).toBeVisible();
      expect(statSync(returnPath).size).toBeGreaterThan(0);
      await expectNoSeriousA11yViolations(member, 'returned packet (fr)');
    });

    await test.step('the secretariat imports the return and sees the declarations, advisory scores, answers and advice', async () => {
      await sidebarPlace(secretariat, 'Committee reviews').click();
      await expect(h1(secretariat, 'Committee reviews')).toBeFocused();
      await app.setNextOpenFile(returnPath);
      await secretariat.getByRole('button', { name: 'Import a return…' }).click();
      await expect(status(secretariat, `The return from ${MEMBER} for “${PACKET}” was imported.`)).toBeVisible();
      await expect(secretariat.getByText('2 applications scored')).toBeVisible();
      await expectNoSeriousA11yViolations(secretariat, 'committee reviews after the import');
      const row = secretariat.getByRole('table', { name: 'Review packets, newest first' }).getByRole('row', { name: new RegExp(PACKET) });
      await expect(row).toContainText('Returned');

      await secretariat.getByRole('button', { name: `Open the packet ${PACKET}` }).click();
      await expect(h1(secretariat, PACKET)).toBeFocused();
      const declarations = secretariat.getByRole('table', { name: 'Conflict-of-interest declarations' });
      await expect(declarations.getByRole('row', { name: new RegExp(SCHOOL) })).toContainText('Conflict of interest');
      await expect(declarations.getByRole('row', { name: new RegExp(SCHOOL) })).toContainText('My sister teaches at this school.');
      await expect(declarations.getByRole('row', { name: new RegExp(SEEDS) })).toContainText(MEMBER);
      const scores = secretariat.getByRole('region', { name: SEEDS });
      await expect(scores).toContainText('Weighted score: 4.7 of 5');
      await expect(scores.getByRole('table', { name: `Scores for ${SEEDS}` }).getByRole('row', { name: /^Impact/ })).toContainText(`Notes on ${SEEDS}`);
      await expect(secretariat.getByRole('region', { name: RADIO })).toContainText('Weighted score: 2 of 5');
      const answers = secretariat.getByRole('region', { name: 'Answers' });
      await expect(answers).toContainText(`${TEXT_QUESTION}Seed banks run by women’s groups.`);
      await expect(answers).toContainText(`${RATING_QUESTION}4 of 5`);
      await expect(answers).toContainText(MEMBER);
      const advice = secretariat.getByRole('region', { name: 'Free advice' });
      await expect(advice).toContainText(ADVICE);
      await expect(advice).toContainText(MEMBER);
      await expectNoSeriousA11yViolations(secretariat, 'packet with its return');
    });

    await test.step('the ranked table keeps the working group’s mean and the advisory mean apart', async () => {
      await sidebarPlace(secretariat, 'Grants').click();
      await secretariat.getByRole('navigation', { name: 'Grants sections' }).getByRole('button', { name: 'Calls', exact: true }).click();
      await secretariat.getByRole('button', { name: CALL }).click();
      await secretariat.getByRole('button', { name: 'Ranked table' }).click();
      await expect(h1(secretariat, `Ranked table: ${CALL}`)).toBeFocused();
      const row = (title: string) => secretariat.getByRole('row', { name: new RegExp(title) });
      // The advisory committee's column is the last: its mean and how many reviews, apart from the working group's 3.33.
      const advisory = (title: string) => row(title).getByRole('cell').last();
      await expect(row(SEEDS)).toContainText('3.33');
      await expect(advisory(SEEDS)).toHaveText(/^4\.67\s*1 review$/);
      await expect(advisory(RADIO)).toHaveText(/^2\.00\s*1 review$/);
      await expect(advisory(SCHOOL)).toHaveText('None yet');
      await expectNoSeriousA11yViolations(secretariat, 'ranked table with advisory scores');
    });
  } finally {
    await other.close();
  }
});
