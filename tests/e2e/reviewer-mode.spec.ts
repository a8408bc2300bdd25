// Reviewer mode end to end: a vault created with "I review for the exchange" has only the Review inbox, Team and Vault
// settings and lands on the inbox; the member gives a name and a reviewer role and exchanges cards with the
// secretariat; then, in French, opens a packet, declares a conflict on one application (it closes), scores two,
// answers the questions, saves a copy of a file, and returns the review; past its expiry only the member's answers stay.
// Axe on every new screen.
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { openSecretariat } from './review-packet-steps.js';
import { confirmRecoveryKey, createVault } from './vault-steps.js';

const PASSPHRASE = 'lantern herons weigh quiet harbours';
const REVIEWER_CHOICE = 'I review for the exchange (Advisory Committee or a grant working group)';
const MEMBER = 'Amara Diallo';

/** The sidebar's places, in whatever language the page is in. */
const sidebar = (page: Page) => page.getByRole('navigation');
const inboxHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Review inbox' });

/** Creates a vault in reviewer mode through the first-run choice and confirms its recovery key. */
async function createReviewerVault(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'I work for the network (coordinator or facilitator)' })).toBeChecked();
  await page.getByRole('radio', { name: REVIEWER_CHOICE }).check();
  const recoveryKey = await createVault(page, PASSPHRASE);
  await confirmRecoveryKey(page, recoveryKey);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(inboxHeading(page)).toBeVisible();
}

/** On Team: a name and the working-group role (the only other choice being the Advisory Committee); answers the card text. */
async function introduceMyself(page: Page): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeFocused();
  await expect(page.getByText('You review for the exchange.')).toBeVisible();
  const role = page.getByLabel('Role', { exact: true });
  await expect(role).toHaveValue('advisory_committee');
  expect(await role.locator('option').allInnerTexts()).toEqual(['Advisory Committee', 'Working group']);
  await page.getByLabel('Your name').fill(MEMBER);
  await role.selectOption({ label: 'Working group' });
  await page.getByRole('button', { name: 'Save my details' }).click();
  await expect(page.getByText('Your details were saved.')).toBeVisible();
  return page.getByLabel('Card text', { exact: true }).inputValue();
}

test('a reviewer vault: the first-run choice, only the inbox, Team and settings, and a name and role on Team', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('group', { name: 'How will you use CRE Desktop?' })).toBeVisible();
  await page.getByRole('radio', { name: REVIEWER_CHOICE }).check();
  await expectNoSeriousA11yViolations(page, 'create, reviewer chosen');
  await page.getByRole('radio', { name: 'I work for the network (coordinator or facilitator)' }).check();
  await createReviewerVault(page);

  await expect(inboxHeading(page)).toBeFocused();
  expect(await sidebar(page).getByRole('button').allInnerTexts()).toEqual(['Review inbox', 'Team', 'Vault settings']);
  await expect(sidebar(page).getByRole('button', { name: 'Review inbox' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('button', { name: 'Lock', exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No review packets yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'review inbox, empty');

  // The empty inbox sends the member to Team, where their card is.
  await page.getByRole('button', { name: 'Go to Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeFocused();
  const card = await introduceMyself(page);
  expect(card).toMatch(/^CRE-CARD-1:/);
  await expectNoSeriousA11yViolations(page, 'team in reviewer mode');

  // Still a reviewer after a lock and an unlock: back on the inbox.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(inboxHeading(page)).toBeVisible();
  expect(await sidebar(page).getByRole('button').allInnerTexts()).toEqual(['Review inbox', 'Team', 'Vault settings']);
});

test('in French, the member opens a packet, declares a conflict, scores two applications, answers and returns', async ({ app }) => {
  test.setTimeout(240_000);
  const { page } = app;
  const dir = mkdtempSync(join(tmpdir(), 'cre-e2e-packet-'));
  const secretariat = await openSecretariat(dir);
  try {
    await createReviewerVault(page);
    await sidebar(page).getByRole('button', { name: 'Team', exact: true }).click();
    const card = await introduceMyself(page);

    // The secretariat adds the member's card; the member adds the secretariat's and verifies it.
    const { member } = await secretariat.call<{ member: { id: string } }>('cre:team.importCardText', { text: card });
    await secretariat.call('cre:team.setVerified', { memberId: member.id, verified: true });
    const { text } = await secretariat.call<{ text: string }>('cre:team.myCard', {});
    await page.getByLabel('Contact card text').fill(text);
    await page.getByRole('button', { name: 'Add contact' }).click();
    await page.getByRole('button', { name: /^Secretariat/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Secretariat' });
    await dialog.getByRole('button', { name: 'Mark as verified' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();

    const packetPath = join(dir, 'round.crebundle');
    await secretariat.writePacket(MEMBER, packetPath);

    await page.locator('#sidebar-language').selectOption('fr');
    await sidebar(page).getByRole('button', { name: 'Examens reçus' }).click();
    await app.setNextOpenFile(packetPath);
    await page.getByRole('button', { name: 'Ouvrir un dossier d’examen…' }).click();
    await expect(page.getByText('« Round of March », de Secretariat, est dans vos examens reçus')).toBeVisible();
    const row = page.getByRole('row', { name: /Round of March/ });
    await expect(row.getByText('Ouvert')).toBeVisible();
    await expect(row.getByText('Déclarées : 0 sur 3')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'review inbox with a packet (fr)');

    await row.getByRole('button', { name: 'Round of March' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Round of March' })).toBeFocused();
    await expect(page.getByText('Please advise on these.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Rapport de suivi' })).toBeVisible();
    // Figures labelled in French when the page knows the key, the key itself otherwise; records in their own words.
    for (const label of ['Mises en relation', 'Collaborations : Active', 'Collaborations dans l’axe stratégique : Non précisé', 'grants.pending']) {
      await expect(page.getByRole('rowheader', { name: label, exact: true })).toBeVisible();
    }
    await expect(page.getByText('Proposée le')).toBeVisible();
    await expect(page.getByText('Train two people, not one.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Water rights' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'packet (fr)');

    // A conflict closes the first application for good.
    await page.getByRole('button', { name: 'Rio Verde seeds' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Rio Verde seeds' })).toBeFocused();
    await expectNoSeriousA11yViolations(page, 'declaration (fr)');
    await page.getByRole('radio', { name: 'J’ai un conflit d’intérêts' }).check();
    await page.getByRole('button', { name: 'Enregistrer ma déclaration' }).click();
    await expect(page.getByLabel('Ce qui vous lie à cette candidature')).toHaveAccessibleDescription(/Dites quel est le conflit\./);
    await page.getByLabel('Ce qui vous lie à cette candidature').fill('I advised this community last year.');
    await page.getByRole('button', { name: 'Enregistrer ma déclaration' }).click();
    await expect(page.getByText('elle vous est fermée définitivement')).toBeVisible();
    await expect(page.getByText('Our river.')).toHaveCount(0);

    // No conflict on the other two: each opens with its rubric, and is scored as a draft.
    for (const [title, score] of [['Montaña radio', '4 — Good'], ['Lago school', '2 — Partial']] as const) {
      await page.getByRole('button', { name: 'Retour au dossier Round of March' }).click();
      await page.getByRole('button', { name: title }).click();
      await page.getByRole('radio', { name: 'Je n’ai aucun conflit d’intérêts' }).check();
      await page.getByRole('button', { name: 'Enregistrer ma déclaration' }).click();
      await expect(page.getByRole('heading', { name: 'Vos notes' })).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Texte original (espagnol)' })).toBeVisible();
      await page.getByRole('group', { name: 'Fit with the call (poids 2)' }).getByRole('radio', { name: score }).check();
      await page.getByLabel('Commentaire sur Fit with the call').fill(`Comment on ${title}`);
      // A draft is a whole set of scores: the criterion left out is named first.
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await expect(page.getByRole('alert').filter({ hasText: 'un brouillon garde un jeu complet de notes' })).toBeVisible();
      await expect(page.getByRole('group', { name: 'Feasibility (poids 1)' })).toHaveAccessibleDescription('Choisissez une note pour ce critère.');
      await page.getByRole('group', { name: 'Feasibility (poids 1)' }).getByRole('radio', { name: '3 — Fair' }).check();
      await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
      await expect(page.getByText('Vos notes ont été enregistrées comme brouillon.')).toBeVisible();
    }
    await page.getByRole('button', { name: 'Retour au dossier Round of March' }).click();
    await page.getByRole('button', { name: 'Montaña radio' }).click();
    await expect(page.getByRole('group', { name: 'Fit with the call (poids 2)' }).getByRole('radio', { name: '4 — Good' })).toBeChecked();
    await expect(page.getByText('Une copie enregistrée sort du coffre')).toBeVisible();
    const copyPath = join(dir, 'budget.pdf');
    await app.setNextSaveFile(copyPath);
    await page.getByRole('button', { name: /^Enregistrer une copie….*budget\.pdf$/ }).click();
    await expect(page.getByText('Une copie de budget.pdf a été enregistrée hors du coffre.')).toBeVisible();
    expect(existsSync(copyPath)).toBe(true);
    await expectNoSeriousA11yViolations(page, 'application with scoring (fr)');

    await page.getByRole('button', { name: 'Retour au dossier Round of March' }).click();
    await expect(page.getByRole('row', { name: /Rio Verde seeds/ }).getByText('Conflit : fermée')).toBeVisible();
    await expect(page.getByRole('row', { name: /Lago school/ }).getByText('Notée')).toBeVisible();
    await page.getByLabel('What should the exchange do next?').fill('Visit the valley before the rains.');
    await page.getByRole('group', { name: 'How well did the exchange listen?' }).getByRole('radio', { name: '4', exact: true }).check();
    await page.getByLabel('Avis libre').fill('Fund the radio first.');
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await expect(page.getByText('Vos réponses et votre avis ont été enregistrés comme brouillon.')).toBeVisible();

    // The confirmation lists what the return holds, and nothing else.
    await page.getByRole('button', { name: 'Renvoyer mon examen…' }).click();
    const confirm = page.getByRole('dialog', { name: 'Renvoyer votre examen ?' });
    await expect(confirm.getByText('3 déclarations de conflit d’intérêts, dont 1 conflit, avec sa raison')).toBeVisible();
    await expect(confirm.getByText('vos notes et commentaires sur 2 candidatures')).toBeVisible();
    await expect(confirm.getByText('vos réponses à 2 sur 2 questions')).toBeVisible();
    await expect(confirm.getByText('votre avis libre')).toBeVisible();
    await expect(confirm.getByText('Rien d’autre')).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'return confirmation (fr)');
    const returnPath = join(dir, 'return.crebundle');
    await app.setNextSaveFile(returnPath);
    await confirm.getByRole('button', { name: 'Renvoyer mon examen' }).click();
    await expect(page.getByText(/Vous avez renvoyé votre examen le/)).toBeVisible();
    expect(statSync(returnPath).size).toBeGreaterThan(0);

    // Read-only afterwards: the answers as given, no more drafts.
    await expect(page.getByRole('button', { name: 'Enregistrer le brouillon' })).toHaveCount(0);
    await expect(page.getByText('Fund the radio first.')).toBeVisible();
    await expect(page.getByText('Renvoyé', { exact: true }).first()).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'returned packet (fr)');

    // Past its expiry the content is removed; the member's own answers stay.
    if (app.advanceClock) {
      await app.advanceClock(61 * 24 * 60 * 60 * 1000);
      await page.getByRole('button', { name: 'Retour aux examens reçus' }).click();
      const expired = page.getByRole('row', { name: /Round of March/ });
      await expect(expired.getByText('Expiré')).toBeVisible();
      await expect(expired.getByText('Contenu effacé', { exact: true })).toBeVisible();
      await expired.getByRole('button', { name: 'Round of March' }).click();
      await expect(page.getByText(/son contenu a été effacé de cet ordinateur\. Vos propres réponses restent\./)).toBeVisible();
      await expect(page.getByText('Fund the radio first.')).toBeVisible();
      await expect(page.getByText('Visit the valley before the rains.')).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Candidatures sur lesquelles donner un avis' })).toHaveCount(0);
      await expectNoSeriousA11yViolations(page, 'expired packet (fr)');
    }
  } finally {
    secretariat.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
});
