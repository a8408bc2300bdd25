// The secretariat's committee review packets in the UI: a packet composed for a verified committee member (an unverified
// reviewer shown but not selectable), the preview showing what travels and the contacts withheld, the packet saved as a
// file with its state on the list, and a file that is not a return refused with nothing written. The member's vault (in
// reviewer mode, driven through the contract) opens the packet, declares, scores, answers and returns it; the secretariat
// imports the return and sees the declaration, the advisory score, the answer and the advice with who said them, the
// packet returned, a second import refused, and the advisory score apart in the ranked table and on the application.
// Axe on every screen.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AppHarness } from './harness/app-harness.js';
import type { TeamRole } from '../../common/team/team.schema.js';
import type { VaultIdentity } from '../../db/team.repo.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { buildContactCard, contactCardText } from '../../main/core/team/contact-card.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { openSecondApp } from './two-vaults.js';
import { createConfirmedVault, sidebarPlace } from './vault-steps.js';

const PASSPHRASE = 'owls keep the night ledger honest';
const ME = 'Lucía Secretariat';
const MEMBER = 'Amara Diallo';
const OUTSIDER = 'Tomás Quispe';
const COMMUNITY = 'Imaginary Comunidad Río Verde';
const CALL = 'Seeds for river schools 2026';
const APPLICATION = 'Native seed bank';
const PACKET = 'Advice on the seed bank';
const ADVICE = 'Fund it, and visit in the dry season.';

let folder = '';
test.beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'cre-e2e-review-'));
});
test.afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A reviewer's contact card, signed by its own throwaway keys, as the Team screen imports it. */
async function reviewerCard(name: string, role: TeamRole): Promise<string> {
  const sodium = await loadSodium();
  const signing = sodium.crypto_sign_keypair();
  const encryption = sodium.crypto_box_keypair();
  const identity: VaultIdentity = {
    vaultId: crypto.randomUUID(),
    displayName: name,
    role,
    region: 'africa',
    signingPublicKey: signing.publicKey,
    signingSecretKey: signing.privateKey,
    encryptionPublicKey: encryption.publicKey,
    encryptionSecretKey: encryption.privateKey,
  };
  return contactCardText(buildContactCard(sodium, identity, new Date().toISOString()));
}

/** The committee member's vault, in reviewer mode; answers its contact card. */
async function memberVault(page: Page): Promise<string> {
  return page.evaluate(
    async ({ passphrase, name }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      must(await window.cre.vault.create({ passphrase, reviewer: true }));
      must(await window.cre.team.updateMe({ displayName: name, role: 'advisory_committee', region: 'africa' }));
      return must(await window.cre.team.myCard({})).text;
    },
    { passphrase: PASSPHRASE, name: MEMBER },
  );
}

/** Adds a card to a vault's team and marks it verified (the safety numbers compared out of band). */
async function addVerified(page: Page, text: string): Promise<void> {
  await page.evaluate(async (card) => {
    const added = await window.cre.team.importCardText({ text: card });
    if (!added.ok) throw new Error(added.error.message);
    const verified = await window.cre.team.setVerified({ memberId: added.value.member.id, verified: true });
    if (!verified.ok) throw new Error(verified.error.message);
  }, text);
}

/** The member's side, through the contract: opens the packet file, declares no conflict, scores, answers, advises and returns. */
async function reviewAndReturn(member: AppHarness, packetPath: string, returnPath: string): Promise<void> {
  await member.setNextOpenFile(packetPath);
  await member.setNextSaveFile(returnPath);
  await member.page.evaluate(
    async ({ advice }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      const cre = window.cre;
      const opened = must(await cre.reviewInbox.importPacket({ token: crypto.randomUUID() }));
      if (opened === null) throw new Error('no packet opened');
      const packet = must(await cre.reviewInbox.get({ packetId: opened.packetId }));
      for (const application of packet.applications) {
        must(await cre.reviewInbox.declare({ packetId: packet.packetId, applicationId: application.id, declaration: 'none' }));
        must(await cre.reviewInbox.score({ packetId: packet.packetId, applicationId: application.id, scores: [{ criterionId: 'impact', score: 4, comment: 'Strong local roots.' }] }));
      }
      const answers = packet.questions.map((question) => ({ questionId: question.id, rating: 4 }));
      must(await cre.reviewInbox.answer({ packetId: packet.packetId, answers, advice }));
      const returned = must(await cre.reviewInbox.returnReview({ packetId: packet.packetId, token: crypto.randomUUID() }));
      if (!returned.saved) throw new Error('the return was not saved');
    },
    { advice: ADVICE },
  );
}

/** Through the contract: this vault is the coordinator; a verified committee member, an unverified outside reviewer, and an application with contacts. */
async function seed(page: Page, memberCard: string): Promise<void> {
  const cards = { member: memberCard, outsider: await reviewerCard(OUTSIDER, 'working_group') };
  await page.evaluate(
    async ({ me, cards, community, call, application }) => {
      const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
        if (!reply.ok) throw new Error(reply.error.message);
        return reply.value;
      };
      const cre = window.cre;
      must(await cre.team.updateMe({ displayName: me, role: 'coordinator', region: 'latin_america' }));
      const member = must(await cre.team.importCardText({ text: cards.member })).member;
      must(await cre.team.setVerified({ memberId: member.id, verified: true }));
      must(await cre.team.importCardText({ text: cards.outsider }));
      const place = must(
        await cre.communities.create({
          community: { name: community, country: 'PE', languages: ['es'], sharing: 'network', contacts: [{ type: 'phone', value: '+51 900 000 111' }] },
        }),
      );
      const vaultId = must(await cre.team.me({})).vaultId;
      const callId = must(
        await cre.grantCalls.create({
          call: {
            kind: 'open',
            regions: ['latin_america'],
            strategyAreas: ['community_organizing'],
            texts: [{ language: 'en', title: call, text: 'Small grants for seed banks.' }],
            eligibility: [],
            opensAt: '2020-01-01T08:00',
            closesAt: '2099-12-31T17:00',
            timeZone: 'America/Lima',
            currency: 'USD',
            ceiling: 5000,
            envelope: 20000,
            requiredDocuments: [],
            rubric: [{ id: 'impact', name: 'Impact', weight: 1, levels: ['None', 'Weak', 'Some', 'Good', 'Strong', 'Outstanding'] }],
            workingGroup: [{ vaultId, name: me }],
            quorum: 1,
          },
        }),
      ).id;
      must(await cre.grantCalls.move({ id: callId, to: 'open' }));
      must(
        await cre.grantApplications.create({
          application: {
            callId,
            communityId: place.id,
            title: application,
            enteredBy: me,
            receivedAt: new Date().toISOString(),
            channel: 'phone',
            originalLanguage: 'es',
            originalText: 'Queremos un banco de semillas nativas.',
            budget: [{ description: 'Seeds and shelves', amount: 3000, currency: 'USD', rate: 1 }],
            contacts: [{ type: 'phone', value: '+51 900 000 222' }],
            letterLanguage: 'es',
          },
        }),
      );
    },
    { me: ME, cards, community: COMMUNITY, call: CALL, application: APPLICATION },
  );
}

const h1 = (page: Page, name: string) => page.getByRole('heading', { level: 1, name });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('compose a packet for a verified committee member, preview, save, see it sent; the member returns it; the return imported and shown', async ({ app }, testInfo) => {
  test.setTimeout(360_000);
  const { page } = app;
  const member = await openSecondApp(app, testInfo);
  try {
    await createConfirmedVault(page, PASSPHRASE);
    await seed(page, await memberVault(member.page));
    await addVerified(member.page, await page.evaluate(async () => {
      const card = await window.cre.team.myCard({});
      if (!card.ok) throw new Error(card.error.message);
      return card.value.text;
    }));
    await secretariatFlow(app, member);
  } finally {
    await member.close();
  }
});

async function secretariatFlow(app: AppHarness, member: AppHarness): Promise<void> {
  const { page } = app;

  // The list, empty at first.
  await sidebarPlace(page, 'Committee reviews').click();
  await expect(h1(page, 'Committee reviews')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'No review packets yet' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'committee reviews (empty)');

  // The compose form: the unverified reviewer is listed but cannot be chosen; an empty packet says what is missing.
  await page.getByRole('button', { name: 'Compose a packet' }).first().click();
  await expect(h1(page, 'Compose a packet')).toBeFocused();
  const recipients = page.getByRole('group', { name: 'Recipients' });
  await expect(recipients.getByLabel(new RegExp(`^${OUTSIDER}`))).toBeDisabled();
  await expect(recipients.getByText('A reviewer you have not verified cannot receive a packet', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Some fields need attention.' })).toBeVisible();
  await expect(page.getByLabel('Title', { exact: true })).toHaveAccessibleDescription('This is required.');
  await expectNoSeriousA11yViolations(page, 'compose a packet with errors');

  await page.getByLabel('Title', { exact: true }).fill(PACKET);
  await recipients.getByLabel(new RegExp(`^${MEMBER}`)).check();
  await page.getByLabel('Call', { exact: true }).selectOption({ label: CALL });
  await page.getByRole('group', { name: 'Applications of this call' }).getByLabel(new RegExp(`^${APPLICATION}`)).check();
  await expect(page.getByRole('list', { name: 'Chosen applications' }).getByRole('button', { name: `Remove ${APPLICATION}` })).toBeVisible();
  await page.getByRole('button', { name: 'Add a question' }).click();
  await page.getByLabel('Question, Question 1').fill('How well does the call reach river communities?');
  await page.getByLabel('Kind of answer, Question 1').selectOption({ label: 'Rating from 1 to 5' });
  await page.getByLabel('What 1 means, Question 1').fill('Not at all');
  await page.getByLabel('What 5 means, Question 1').fill('Very well');
  await expect(page.getByLabel('Expires after (days)')).toHaveValue('60');

  // The preview: exactly what travels to the member, and the contacts that stay in this vault.
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('heading', { level: 3, name: `For ${MEMBER}` })).toBeVisible();
  const travels = page.getByRole('list', { name: `What travels to ${MEMBER}` });
  await expect(travels.getByText('1 application', { exact: true })).toBeVisible();
  await expect(travels.getByText('1 question', { exact: true })).toBeVisible();
  await expect(page.getByRole('list', { name: `Applications for ${MEMBER}` })).toContainText(`${APPLICATION} · ${COMMUNITY}`);
  const withheld = page.getByRole('table', { name: `Withheld from the packet for ${MEMBER}, and why` });
  await expect(withheld.getByRole('row', { name: /The applicant's contacts/ })).toContainText('Contacts never leave this vault.');
  await expect(withheld.getByRole('row', { name: /The community's contacts/ })).toContainText('Contacts never leave this vault.');
  await expectNoSeriousA11yViolations(page, 'compose a packet with its preview');

  // A change makes the preview stale until it is asked for again.
  await page.getByLabel('Blind review').check();
  await expect(page.getByText('The packet changed since this preview.', { exact: false })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Compose 1 packet' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('list', { name: `Applications for ${MEMBER}` })).toContainText(`${APPLICATION} · name and community hidden`);

  // Composed: the packet's page, then its file saved for the member alone.
  await page.getByRole('button', { name: 'Compose 1 packet' }).click();
  await expect(h1(page, PACKET)).toBeFocused();
  await expect(status(page, 'The packet was composed.')).toBeVisible();
  await expect(page.getByText('Composed', { exact: true }).first()).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'packet detail (composed)');
  const path = join(folder, 'packet.crebundle');
  await app.setNextSaveFile(path);
  await page.getByRole('button', { name: 'Save packet file…' }).click();
  await expect(status(page, `The packet for ${MEMBER} was saved`)).toBeVisible();
  expect(statSync(path).size).toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: 'Save packet file…' })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'packet detail (sent)');

  // The list shows it sent.
  await page.getByRole('button', { name: 'Back to committee reviews' }).click();
  await expect(h1(page, 'Committee reviews')).toBeFocused();
  const row = page.getByRole('table', { name: 'Review packets, newest first' }).getByRole('row', { name: new RegExp(PACKET) });
  await expect(row).toContainText(MEMBER);
  await expect(row).toContainText('Sent');
  await expectNoSeriousA11yViolations(page, 'committee reviews (one sent)');

  // A packet is not a return: refused, nothing written, the packet still only sent.
  await app.setNextOpenFile(path);
  await page.getByRole('button', { name: 'Import a return…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The return was refused. Nothing was written.' })).toBeVisible();
  await expect(row).toContainText('Sent');
  await expectNoSeriousA11yViolations(page, 'committee reviews (refused return)');

  // The member returns it; the secretariat imports the return and reads it on the packet's page.
  const returnPath = join(folder, 'return.crebundle');
  await reviewAndReturn(member, path, returnPath);
  await app.setNextOpenFile(returnPath);
  await page.getByRole('button', { name: 'Import a return…' }).click();
  await expect(status(page, `The return from ${MEMBER} for “${PACKET}” was imported.`)).toBeVisible();
  await expect(page.getByText('1 application scored', { exact: true })).toBeVisible();
  await expect(row).toContainText('Returned');
  await page.getByRole('button', { name: `Open the packet ${PACKET}` }).click();
  await expect(h1(page, PACKET)).toBeFocused();
  const declarations = page.getByRole('table', { name: 'Conflict-of-interest declarations' });
  await expect(declarations.getByRole('row', { name: new RegExp(APPLICATION) })).toContainText('No conflict');
  await expect(declarations.getByRole('row', { name: new RegExp(APPLICATION) })).toContainText(MEMBER);
  const scores = page.getByRole('region', { name: 'Advisory scores' });
  await expect(scores).toContainText('Weighted score: 4 of 5');
  await expect(scores.getByRole('row', { name: /Impact/ })).toContainText('Strong local roots.');
  await expect(page.getByRole('region', { name: 'Answers' })).toContainText('4 of 5 (1: Not at all, 5: Very well)');
  await expect(page.getByRole('region', { name: 'Free advice' })).toContainText(ADVICE);
  await expectNoSeriousA11yViolations(page, 'packet detail (returned)');

  // The same return again: refused, nothing written.
  await page.getByRole('button', { name: 'Back to committee reviews' }).click();
  await app.setNextOpenFile(returnPath);
  await page.getByRole('button', { name: 'Import a return…' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'This return was already imported.' })).toBeVisible();

  // The advisory score apart: its own column in the ranked table, its own section on the application.
  await sidebarPlace(page, 'Grants').click();
  await page.getByRole('button', { name: CALL }).click();
  await page.getByRole('button', { name: 'Ranked table' }).click();
  await expect(h1(page, `Ranked table: ${CALL}`)).toBeFocused();
  await expect(page.getByRole('columnheader', { name: 'Advisory committee' })).toBeVisible();
  const ranked = page.getByRole('row', { name: new RegExp(APPLICATION) });
  await expect(ranked.getByRole('cell').last()).toContainText('4.00');
  await expect(ranked.getByText('1 review', { exact: true })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'ranked table with the advisory column');
  await ranked.getByRole('button', { name: APPLICATION }).click();
  const advisory = page.getByRole('region', { name: 'Advisory committee' });
  await expect(advisory.getByRole('row', { name: new RegExp(MEMBER) })).toContainText('4 of 5');
  await expect(advisory.getByRole('row', { name: new RegExp(MEMBER) })).toContainText('No conflict');
  await expectNoSeriousA11yViolations(page, 'application with advisory reviews');
}
