// Grants calls and reviews in the UI: a call with a rubric and a working group made through the form, opened with its
// lifecycle button; applications entered and reviewers assigned through the contract; the reviewer's own declaration
// (nothing of the application before it), scoring with each level's description, a conflict declared and the recusal
// that follows; the ranked table's mean, spread and disagreement flag, a sealed row; the reviewers panel; CSV export;
// delete and undo. Axe on each screen.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { VaultIdentity } from '../../db/team.repo.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { buildContactCard, contactCardText } from '../../main/core/team/contact-card.js';
import { dateField, fillDate } from './date-steps.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { createConfirmedVault, sidebarPlace } from './vault-steps.js';

const PASSPHRASE = 'herons wait where the river bends';
const ME = 'Ana Torres';
const BO = 'Bo Santos';
const CHIDI = 'Chidi Okafor';
const CALL = 'Community seed fund 2027';
const SEEDS = 'Seeds for the river school';
const RADIO = 'Radio for the valley';
const ORIGINAL = 'Queremos semillas nativas para la escuela del río.';

/** Cards for two more team members, signed by their own (throwaway) keys, as the team screen would import them. */
async function memberCards(): Promise<string[]> {
  const sodium = await loadSodium();
  return [BO, CHIDI].map((displayName) => {
    const signing = sodium.crypto_sign_keypair();
    const encryption = sodium.crypto_box_keypair();
    const identity: VaultIdentity = {
      vaultId: crypto.randomUUID(),
      displayName,
      role: 'facilitator',
      region: 'latin_america',
      signingPublicKey: signing.publicKey,
      signingSecretKey: signing.privateKey,
      encryptionPublicKey: encryption.publicKey,
      encryptionSecretKey: encryption.privateKey,
    };
    return contactCardText(buildContactCard(sodium, identity, new Date().toISOString()));
  });
}

/** My name, two team members and a community, through the contract. */
async function seed(page: Page): Promise<void> {
  const cards = await memberCards();
  await page.evaluate(
    async ({ me, cards }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      must(await window.cre.team.updateMe({ displayName: me, role: 'coordinator', region: 'latin_america' }));
      for (const text of cards) must(await window.cre.team.importCardText({ text }));
      must(await window.cre.communities.create({ community: { name: 'Comunidad del Río Claro', country: 'CO', languages: ['es'], sharing: 'regional' } }));
    },
    { me: ME, cards },
  );
}

/** Two applications to the call, and their reviewers: all three on the first, me and Bo on the second. */
async function applyAndAssign(page: Page): Promise<void> {
  await page.evaluate(
    async ({ call, seeds, radio, original }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      const cre = window.cre;
      const found = must(await cre.grantCalls.list({ states: [], region: null, deleted: false, offset: 0, limit: 10 })).find((entry) => entry.texts[0]?.title === call);
      if (!found) throw new Error('no call');
      const community = must(await cre.communities.list({ text: '', deleted: false, region: null, offset: 0, limit: 10 }))[0];
      if (!community) throw new Error('no community');
      const group = found.workingGroup.map((member) => member.vaultId);
      for (const [title, reviewers] of [
        [seeds, group],
        [radio, group.slice(0, 2)],
      ] as const) {
        const { id } = must(
          await cre.grantApplications.create({
            application: {
              callId: found.id,
              communityId: community.id,
              title,
              enteredBy: 'Ana Torres',
              receivedAt: new Date().toISOString(),
              channel: 'phone',
              originalLanguage: 'es',
              originalText: original,
              translationLanguage: 'en',
              translation: 'We want native seeds for the river school.',
              budget: [{ description: 'Seeds and tools', amount: 3000, currency: 'USD', rate: 1 }],
              eligibility: found.eligibility.map((item) => ({ itemId: item.id, met: true })),
              letterLanguage: 'es',
            },
          }),
        );
        must(await cre.grantReviews.assign({ applicationId: id, reviewerVaultIds: [...reviewers] }));
      }
    },
    { call: CALL, seeds: SEEDS, radio: RADIO, original: ORIGINAL },
  );
}

/** The secretariat enters Bo's conflict and Chidi's scores (received by phone) on their behalf; Bo's review then stays closed. */
async function otherReviewers(page: Page): Promise<string> {
  return page.evaluate(
    async ({ seeds, bo, chidi }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      const cre = window.cre;
      const application = must(await cre.grantApplications.list({ callId: null, communityId: null, states: [], deleted: false, offset: 0, limit: 10 })).find((entry) => entry.title === seeds);
      if (!application) throw new Error('no application');
      const call = must(await cre.grantCalls.get({ id: application.callId }));
      const reviews = must(await cre.grantReviews.forApplication({ applicationId: application.id }));
      const of = (name: string) => reviews.find((review) => review.reviewerName === name)?.id ?? '';
      must(await cre.grantReviews.declare({ id: of(bo), declaration: { declaration: 'conflict', reason: 'My sister leads the school.' } }));
      must(await cre.grantReviews.declare({ id: of(chidi), declaration: { declaration: 'none' } }));
      const [need, feasibility] = call.rubric;
      must(await cre.grantReviews.score({ id: of(chidi), scores: { scores: [{ criterionId: need?.id ?? '', score: 1 }, { criterionId: feasibility?.id ?? '', score: 2 }] } }));
      const refused = await cre.grantReviews.open({ id: of(bo) });
      return refused.ok ? 'opened' : refused.error.code;
    },
    { seeds: SEEDS, bo: BO, chidi: CHIDI },
  );
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name, exact: true });
const grantsNav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Grants sections' }).getByRole('button', { name, exact: true });

async function createCallThroughForm(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'New call' }).first().click();
  await expect(h1(page, 'New call')).toBeFocused();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention' })).toBeVisible();
  await expect(page.getByLabel('Title, English')).toHaveAccessibleDescription('Fill this in.');
  await expect(page.getByText('Choose at least one region.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'call form with errors');

  await page.getByLabel('Title, English').fill(CALL);
  await page.getByLabel('Text of the call, English').fill('Small grants for community-led defence of land and water.');
  await page.getByRole('checkbox', { name: 'Latin America' }).check();
  await fillDate(dateField(page, 'Opening date'), '2026-01-05');
  await fillDate(dateField(page, 'Closing date'), '2030-03-31');
  await expect(page.getByLabel('Ceiling per grant')).toHaveValue('5000');
  await page.getByLabel('Total envelope').fill('20000');
  await page.getByRole('button', { name: 'Add a requirement' }).click();
  await page.getByLabel('Requirement, Item 1').fill('The community decided to apply in an assembly.');
  // The rubric: two criteria, the second weighing double, with what each level means.
  await page.getByLabel('Criterion, Criterion 1', { exact: true }).fill('Community need');
  await page.getByLabel('Level 0 means, Criterion 1').fill('No need shown');
  await page.getByLabel('Level 5 means, Criterion 1').fill('Urgent and well documented');
  await page.getByRole('button', { name: 'Add a criterion' }).click();
  await page.getByLabel('Criterion, Criterion 2', { exact: true }).fill('Feasibility');
  await page.getByLabel('Weight, Criterion 2').fill('2');
  await page.getByLabel('Level 5 means, Criterion 2').fill('A clear plan the community can carry out');
  for (const name of [ME, BO, CHIDI]) await page.getByRole('checkbox', { name }).check();
  await page.getByLabel('Quorum').fill('2');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(h1(page, CALL)).toBeFocused();
  await expect(page.getByText('The call was saved.')).toBeVisible();
}

test('a call through the form, declarations before scoring, recusal, the ranked table with its disagreement flag, delete and undo', async ({ app }) => {
  test.setTimeout(180_000);
  const { page } = app;
  await createConfirmedVault(page, PASSPHRASE);
  await seed(page);

  await sidebarPlace(page, 'Grants').click();
  await expect(h1(page, 'Calls for small grants')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No calls yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'empty calls list');

  await createCallThroughForm(page);
  const rubric = page.getByRole('table', { name: 'Rubric' });
  await expect(rubric.getByRole('row', { name: /Feasibility/ })).toContainText('A clear plan the community can carry out');
  await expect(page.getByRole('region', { name: 'Working group' })).toContainText(CHIDI);
  await expectNoSeriousA11yViolations(page, 'call detail');
  await page.getByRole('button', { name: 'Move to “Open”' }).click();
  await expect(page.getByRole('region', { name: 'Lifecycle' }).getByRole('strong')).toHaveText('Open');
  await expect(page.getByRole('button', { name: 'Move to “Closed”' })).toBeVisible();

  // The list: title, state, the deadline in the call's time zone, ceiling and envelope in its currency.
  await grantsNav(page, 'Calls').click();
  const row = page.getByRole('row', { name: new RegExp(CALL) });
  await expect(row).toContainText('Open');
  await expect(row).toContainText('$5,000 / $20,000');
  await expect(row).toContainText('2030');
  await expectNoSeriousA11yViolations(page, 'calls list');

  await applyAndAssign(page);

  // My reviews: both wait on a declaration; the first opens on the declaration alone, nothing of the application yet.
  await grantsNav(page, 'My reviews').click();
  await expect(h1(page, 'My reviews')).toBeFocused();
  await expect(page.getByRole('row', { name: new RegExp(SEEDS) })).toContainText('Declaration needed');
  await expectNoSeriousA11yViolations(page, 'my reviews');
  await page.getByRole('button', { name: SEEDS }).click();
  await expect(h1(page, 'Review')).toBeFocused();
  await expect(page.getByText(ORIGINAL)).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'What you are asked to review' })).toContainText('Comunidad del Río Claro');
  await expectNoSeriousA11yViolations(page, 'review declaration');
  await page.getByRole('button', { name: 'Record the declaration' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose one of the two answers.' })).toBeVisible();
  await page.getByLabel('No conflict of interest').check();
  await page.getByRole('button', { name: 'Record the declaration' }).click();

  // Scoring: the original beside its translation, each option saying what its level means.
  await expect(h1(page, `Review: ${SEEDS}`)).toBeVisible();
  await expect(page.getByText(ORIGINAL)).toBeVisible();
  await expect(page.getByText('We want native seeds for the river school.')).toBeVisible();
  const need = page.getByRole('group', { name: 'Community need (weight 1)' });
  const feasibility = page.getByRole('group', { name: 'Feasibility (weight 2)' });
  await expect(need.getByRole('radio', { name: '5 — Urgent and well documented' })).toBeVisible();
  await need.getByRole('radio', { name: '5 — Urgent and well documented' }).check();
  await page.getByRole('button', { name: 'Submit scores' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Score every criterion before submitting.' })).toBeVisible();
  await expect(feasibility.getByText('Choose a score for this criterion.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'review scoring');
  await feasibility.getByRole('radio', { name: /^4/ }).check();
  await page.getByLabel('Comment on Feasibility').fill('The school already has a garden.');
  await page.getByRole('button', { name: 'Submit scores' }).click();
  await expect(page.getByText('Your scores were submitted.')).toBeVisible();

  // The second application: a conflict, with its reason required, and then nothing of it opens.
  await page.getByRole('button', { name: 'Back to my reviews' }).click();
  await page.getByRole('button', { name: RADIO }).click();
  await page.getByLabel('A conflict of interest (recuse)').check();
  await page.getByRole('button', { name: 'Record the declaration' }).click();
  await expect(page.getByLabel('What the conflict is')).toHaveAccessibleDescription(/Say what the conflict is\./);
  await page.getByLabel('What the conflict is').fill('I helped write this application.');
  await page.getByRole('button', { name: 'Record the declaration' }).click();
  await expect(page.getByText(/You declared a conflict of interest with this application/)).toBeVisible();
  await expect(page.getByText(ORIGINAL)).toHaveCount(0);

  expect(await otherReviewers(page)).toBe('recused');

  // The ranked table: the weighted mean (4.33 and 1.67 → 3.00), the spread, the flag; the recused row sealed.
  await grantsNav(page, 'Calls').click();
  await page.getByRole('button', { name: CALL }).click();
  await page.getByRole('button', { name: 'Ranked table' }).click();
  await expect(h1(page, `Ranked table: ${CALL}`)).toBeFocused();
  const seeds = page.getByRole('row', { name: new RegExp(SEEDS) });
  await expect(seeds).toContainText('3.00');
  await expect(seeds).toContainText('2.67');
  await expect(seeds).toContainText('Reviewers disagree');
  // Need 5 against 1, feasibility 4 against 2: both criteria differ by 2 points or more.
  await expect(seeds.getByText('reviewers differ by 2 points or more')).toHaveCount(2);
  const radio = page.getByRole('row', { name: new RegExp(RADIO) });
  await expect(radio).toContainText('You are recused');
  await expect(radio.getByRole('button')).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'ranked table');

  // The application's reviewers: each one's stage; the secretariat opens Bo's review and finds it sealed by his conflict.
  await seeds.getByRole('button', { name: SEEDS }).click();
  const reviewers = page.getByRole('region', { name: 'Reviewers' });
  await expect(reviewers.getByRole('row', { name: new RegExp(BO) })).toContainText('Recused');
  await expect(reviewers.getByRole('row', { name: new RegExp(CHIDI) })).toContainText('Submitted');
  await expect(reviewers.getByText("Every member of the call's working group is assigned.")).toBeVisible();
  await reviewers.getByRole('button', { name: `Open review ${BO}` }).click();
  await expect(page.getByText(`You are entering this for ${BO}, as the secretariat.`)).toBeVisible();
  await expect(page.getByText(`${BO} declared a conflict of interest with this application and is recused from it.`)).toBeVisible();
  await expect(page.getByText(ORIGINAL)).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'a recused review opened for its reviewer');
  await page.getByRole('button', { name: 'Back to the application' }).click();
  // Unassigning asks first; the member can then be assigned again.
  await reviewers.getByRole('button', { name: `Unassign ${CHIDI}` }).click();
  await page.getByRole('dialog', { name: `Unassign ${CHIDI}?` }).getByRole('button', { name: 'Unassign' }).click();
  await expect(reviewers.getByText(`${CHIDI} no longer reviews this application.`)).toBeVisible();
  await reviewers.getByRole('checkbox', { name: CHIDI }).check();
  await reviewers.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(reviewers.getByText('1 reviewer assigned.')).toBeVisible();
  await expect(reviewers.getByRole('row', { name: new RegExp(CHIDI) })).toContainText('Declaration needed');
  await grantsNav(page, 'Calls').click();
  await page.getByRole('button', { name: CALL }).click();

  // Export the applications with their scores as CSV, from "More actions".
  await expect(h1(page, CALL)).toBeFocused();
  const csvPath = join(app.vaultDir, '..', 'grants.csv');
  await app.setNextSaveFile(csvPath);
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Export applications as CSV' }).click();
  await expect(page.getByText('The CSV file was saved.')).toBeVisible();
  expect(readFileSync(csvPath, 'utf8')).toContain(SEEDS);

  // Delete from "More actions", asked first; undo on the list brings it back.
  await page.getByRole('button', { name: 'More actions' }).click();
  await page.getByRole('menuitem', { name: 'Delete' }).click();
  await page.getByRole('dialog', { name: `Delete the call “${CALL}”?` }).getByRole('button', { name: 'Delete' }).click();
  await expect(h1(page, 'Calls for small grants')).toBeVisible();
  await expect(page.getByText(`The call “${CALL}” was deleted.`)).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByText(`The call “${CALL}” is back.`)).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(CALL) })).toBeVisible();
  await page.getByRole('button', { name: 'Deleted calls' }).click();
  await expect(h1(page, 'Deleted calls')).toBeFocused();
  await expect(page.getByText('No call has been deleted.')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'deleted calls');
});
