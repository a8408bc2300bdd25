// Steps of the committee review spec: the secretariat's call, applications and its own working-group review through the
// contract; a vault created in reviewer mode; contact cards exchanged on Team and verified by comparing safety numbers.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';
import { confirmRecoveryKey, createVault } from './vault-steps.js';

export const REVIEWER_CHOICE = 'I review for the exchange (Advisory Committee or a grant working group)';
export const LEVELS = ['None', 'Weak', 'Some', 'Good', 'Strong', 'Outstanding'];

export interface SecretariatSeed {
  me: string;
  community: string;
  call: string;
  /** Application titles; the first is scored by the secretariat itself, as the call's working group. */
  applications: readonly [string, string, string];
  /** The secretariat's own scores on the first application, for Impact (weight 2) and Feasibility (weight 1). */
  ownScores: readonly [number, number];
}

/** Through the contract: the coordinator's name, a community sharing with the network, an open call and three applications. */
export async function seedSecretariat(page: Page, seed: SecretariatSeed): Promise<void> {
  await page.evaluate(async ({ me, community, call, applications, ownScores, levels }) => {
    const must = <T>(reply: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!reply.ok) throw new Error(reply.error.message);
      return reply.value;
    };
    const cre = window.cre;
    must(await cre.team.updateMe({ displayName: me, role: 'coordinator', region: 'latin_america' }));
    const vaultId = must(await cre.team.me({})).vaultId;
    const place = must(
      await cre.communities.create({
        community: { name: community, country: 'PE', languages: ['es'], sharing: 'network', contacts: [{ type: 'phone', value: '+51 900 000 111' }] },
      }),
    );
    const callId = must(
      await cre.grantCalls.create({
        call: {
          kind: 'open',
          regions: ['latin_america'],
          strategyAreas: ['community_organizing'],
          texts: [{ language: 'en', title: call, text: 'Small grants for river communities.' }],
          eligibility: [],
          opensAt: '2020-01-01T08:00',
          closesAt: '2099-12-31T17:00',
          timeZone: 'America/Lima',
          currency: 'USD',
          ceiling: 5000,
          envelope: 20000,
          requiredDocuments: [],
          rubric: [
            { id: 'impact', name: 'Impact', weight: 2, levels },
            { id: 'feasibility', name: 'Feasibility', weight: 1, levels },
          ],
          workingGroup: [{ vaultId, name: me }],
          quorum: 1,
        },
      }),
    ).id;
    must(await cre.grantCalls.move({ id: callId, to: 'open' }));
    const ids: string[] = [];
    for (const title of applications) {
      const made = must(
        await cre.grantApplications.create({
          application: {
            callId,
            communityId: place.id,
            title,
            enteredBy: me,
            receivedAt: new Date().toISOString(),
            channel: 'phone',
            originalLanguage: 'es',
            originalText: `Solicitud: ${title}.`,
            budget: [{ description: 'Materials', amount: 3000, currency: 'USD', rate: 1 }],
            contacts: [{ type: 'phone', value: '+51 900 000 222' }],
            letterLanguage: 'es',
          },
        }),
      );
      ids.push(made.id);
    }
    // The working group's review of the first application: the secretariat's own.
    must(await cre.grantReviews.assign({ applicationId: ids[0]!, reviewerVaultIds: [vaultId] }));
    const [review] = must(await cre.grantReviews.forApplication({ applicationId: ids[0]! }));
    must(await cre.grantReviews.declare({ id: review!.id, declaration: { declaration: 'none' } }));
    must(
      await cre.grantReviews.score({
        id: review!.id,
        scores: { scores: [{ criterionId: 'impact', score: ownScores[0] }, { criterionId: 'feasibility', score: ownScores[1] }] },
      }),
    );
  }, { ...seed, levels: LEVELS });
}

/** Creates a vault in reviewer mode through the first-run choice, confirms its recovery key, lands on the inbox. */
export async function createReviewerVault(page: Page, passphrase: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  await page.getByRole('radio', { name: REVIEWER_CHOICE }).check();
  const recoveryKey = await createVault(page, passphrase);
  await confirmRecoveryKey(page, recoveryKey);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Review inbox' })).toBeVisible();
}

export async function openTeam(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Team', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeVisible();
}

/** On Team: the reviewer's name saved (their role stays Advisory Committee); answers the card text. */
export async function nameReviewer(page: Page, name: string): Promise<string> {
  await openTeam(page);
  await expect(page.getByLabel('Role', { exact: true })).toHaveValue('advisory_committee');
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Save my details' }).click();
  await expect(page.getByText('Your details were saved.')).toBeVisible();
  return cardText(page);
}

/** The card text Team shows for this vault. */
export async function cardText(page: Page): Promise<string> {
  const text = await page.getByLabel('Card text', { exact: true }).inputValue();
  expect(text).toMatch(/^CRE-CARD-1:/);
  return text;
}

/** Pastes another vault's card on Team; it is added unverified. */
export async function addCard(page: Page, text: string, name: string): Promise<void> {
  await page.getByLabel('Contact card text').fill(text);
  await page.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByText(`${name} was added to the team, unverified.`, { exact: false })).toBeVisible();
}

/** Opens the member's dialog on Team and answers the safety number shown, 12 groups of 5 digits. */
export async function safetyNumber(page: Page, name: string): Promise<string[]> {
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  const dialog = page.getByRole('dialog', { name });
  const groups = await dialog.getByRole('list', { name: `Safety number with ${name}` }).getByRole('listitem').allInnerTexts();
  expect(groups).toHaveLength(12);
  return groups;
}

/** In the member's open dialog: marks them verified and closes it. */
export async function markVerified(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name });
  await dialog.getByRole('button', { name: 'Mark as verified' }).click();
  await expect(dialog.getByText(`${name} is now verified.`)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
}
