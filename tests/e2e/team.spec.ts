// The team directory between two people: each sets their name, pastes the other's card, both see the same safety number,
// each marks the other verified; then a card with new keys for a known vault shows the keys-changed warning. Axe on each screen.
import type { Page } from '@playwright/test';
import type { VaultIdentity } from '../../db/team.repo.js';
import { loadSodium } from '../../main/core/crypto/sodium.js';
import { buildContactCard, contactCardText } from '../../main/core/team/contact-card.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { openSecondApp } from './two-vaults.js';
import { createConfirmedVault } from './vault-steps.js';

const PASSPHRASE = 'mangrove rivers carry stubborn pebbles';

async function openTeam(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Team' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team' })).toBeFocused();
}

/** Sets name, role and region, and answers the card text the page then shows. */
async function introduceMyself(page: Page, name: string, role: string, region: string): Promise<string> {
  await expect(page.getByText('Give your name first')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No team members yet' })).toBeVisible();
  await page.getByRole('button', { name: 'Save my details' }).click();
  await expect(page.getByLabel('Your name')).toHaveAccessibleDescription(/Give your name\./);
  await page.getByLabel('Your name').fill(name);
  await page.getByLabel('Role', { exact: true }).selectOption({ label: role });
  await page.getByLabel('Region', { exact: true }).selectOption({ label: region });
  await page.getByRole('button', { name: 'Save my details' }).click();
  await expect(page.getByText('Your details were saved.')).toBeVisible();
  await expect(page.getByRole('img', { name: 'QR code of your contact card' })).toBeVisible();
  const text = await page.getByLabel('Card text', { exact: true }).inputValue();
  expect(text).toMatch(/^CRE-CARD-1:[A-Za-z0-9_-]+$/);
  return text;
}

async function addCard(page: Page, text: string): Promise<void> {
  await page.getByLabel('Contact card text').fill(text);
  await page.getByRole('button', { name: 'Add contact' }).click();
}

const memberRow = (page: Page, name: string) => page.getByRole('row', { name: new RegExp(name) });

/** Opens the member's dialog and answers the safety number as the page shows it, 12 groups of 5 digits. */
async function readSafetyNumber(page: Page, name: string): Promise<string[]> {
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click();
  const dialog = page.getByRole('dialog', { name });
  await expect(dialog).toBeVisible();
  const groups = await dialog.getByRole('list', { name: `Safety number with ${name}` }).getByRole('listitem').allInnerTexts();
  expect(groups).toHaveLength(12);
  for (const group of groups) expect(group).toMatch(/^\d{5}$/);
  return groups;
}

test('two people exchange cards, compare the same safety number, verify each other, and a key change is flagged', async ({ app }, testInfo) => {
  test.setTimeout(180_000);
  const other = await openSecondApp(app, testInfo);
  try {
    const amaru = app.page;
    const lerato = other.page;
    await createConfirmedVault(amaru, PASSPHRASE);
    await createConfirmedVault(lerato, PASSPHRASE);
    await openTeam(amaru);
    await expectNoSeriousA11yViolations(amaru, 'team, before a name');
    const amaruCard = await introduceMyself(amaru, 'Amaru Quispe', 'Regional facilitator', 'Latin America');
    await expectNoSeriousA11yViolations(amaru, 'team, with a card');
    await openTeam(lerato);
    const leratoCard = await introduceMyself(lerato, 'Lerato Dlamini', 'Regional facilitator', 'Africa');

    // Each pastes the other's card; their own is refused.
    await addCard(lerato, amaruCard);
    await expect(lerato.getByText('Amaru Quispe was added to the team, unverified.', { exact: false })).toBeVisible();
    await addCard(amaru, leratoCard);
    await expect(amaru.getByText('Lerato Dlamini was added to the team, unverified.', { exact: false })).toBeVisible();
    await addCard(amaru, amaruCard);
    await expect(amaru.getByLabel('Contact card text')).toHaveAccessibleDescription(/This is your own contact card/);

    const row = memberRow(lerato, 'Amaru Quispe');
    await expect(row.getByText('Unverified')).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Regional facilitator' })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Latin America' })).toBeVisible();
    await expect(row.getByRole('cell', { name: 'Never' })).toBeVisible();
    await expectNoSeriousA11yViolations(lerato, 'team with a member');

    // Both screens show the same 60 digits.
    const atLerato = await readSafetyNumber(lerato, 'Amaru Quispe');
    const atAmaru = await readSafetyNumber(amaru, 'Lerato Dlamini');
    expect(atAmaru).toEqual(atLerato);
    await expectNoSeriousA11yViolations(lerato, 'safety number dialog');

    for (const [page, name] of [[lerato, 'Amaru Quispe'], [amaru, 'Lerato Dlamini']] as const) {
      const dialog = page.getByRole('dialog', { name });
      await dialog.getByRole('button', { name: 'Mark as verified' }).click();
      await expect(dialog.getByText(`${name} is now verified.`)).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Mark as unverified' })).toBeVisible();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
      await expect(memberRow(page, name).getByText('Verified', { exact: true })).toBeVisible();
    }

    // A card for Amaru's vault with other keys: Lerato sees the loud warning, and Amaru unverified again.
    const me = await amaru.evaluate(() => window.cre.team.me({}));
    if (!me.ok) throw new Error(me.error.message);
    const sodium = await loadSodium();
    const signing = sodium.crypto_sign_keypair();
    const encryption = sodium.crypto_box_keypair();
    const impostor: VaultIdentity = {
      vaultId: me.value.vaultId,
      displayName: 'Amaru Quispe',
      role: 'facilitator',
      region: 'latin_america',
      signingPublicKey: signing.publicKey,
      signingSecretKey: signing.privateKey,
      encryptionPublicKey: encryption.publicKey,
      encryptionSecretKey: encryption.privateKey,
    };
    await addCard(lerato, contactCardText(buildContactCard(sodium, impostor, new Date().toISOString())));
    await expect(lerato.getByRole('alert').filter({ hasText: "Amaru Quispe's keys have changed." })).toBeVisible();
    await expect(lerato.getByText(/Warning: Amaru Quispe's keys changed on/)).toBeVisible();
    await expect(memberRow(lerato, 'Amaru Quispe').getByText('Keys changed: compare the safety number again')).toBeVisible();
    await expect(memberRow(lerato, 'Amaru Quispe').getByText('Unverified')).toBeVisible();
    const changed = await readSafetyNumber(lerato, 'Amaru Quispe');
    expect(changed).not.toEqual(atLerato);
    await expect(lerato.getByRole('dialog', { name: 'Amaru Quispe' }).getByText(/Warning: Amaru Quispe's keys changed/)).toBeVisible();
    await expectNoSeriousA11yViolations(lerato, 'keys changed');
  } finally {
    await other.close();
  }
});
