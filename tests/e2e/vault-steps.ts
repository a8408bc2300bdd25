// Steps that several specs take through the UI: create a vault, read and confirm a recovery key, unlock.
import type { Page } from '@playwright/test';
import { expect } from './fixtures.js';

export const home = (page: Page) => page.getByRole('heading', { level: 1, name: 'Your vault' });
export const unlockScreen = (page: Page) => page.getByRole('heading', { level: 1, name: 'Unlock your vault' });
/** Where an open vault lands (after create, unlock, recover or the sample): Today. */
export const landingPage = (page: Page) => page.getByRole('heading', { level: 1, name: 'Today' });
/** The roster's front page, reached through the sidebar. */
export const rosterHome = (page: Page) => page.getByRole('heading', { level: 1, name: 'Roster' });
/** A place in the sidebar of an open vault, by its name. */
export const sidebarPlace = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

/** Checks that the vault opened on Today, then goes to Vault settings (the home of the vault's own settings). */
export async function openVaultSettings(page: Page): Promise<void> {
  await expect(landingPage(page)).toBeVisible();
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Vault settings' }).click();
  await expect(home(page)).toBeVisible();
}

/** The recovery key on the screen that shows it, as `XXXXX-XXXXX-…`. */
export async function readRecoveryKey(page: Page): Promise<string> {
  const keyText = await page.getByRole('list', { name: 'Recovery key' }).innerText();
  const groups = keyText.match(/[A-Z2-7]{5}/g) ?? [];
  expect(groups).toHaveLength(8);
  return groups.join('-');
}

/** Creates a vault and stops on the screen that shows its recovery key, which it returns. */
export async function createVault(page: Page, passphrase: string): Promise<string> {
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByLabel('Confirm passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Create vault' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write down your recovery key' })).toBeVisible();
  return readRecoveryKey(page);
}

/** From the screen showing a recovery key, ticks "written down" and types the two asked groups; Confirm is left to the caller. */
export async function confirmRecoveryKey(page: Page, recoveryKey: string): Promise<void> {
  await page.getByLabel('I have written it down').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Check your recovery key' })).toBeVisible();
  const groups = recoveryKey.split('-');
  const asked = await page.getByLabel(/^Group \d$/).all();
  expect(asked).toHaveLength(2);
  for (const input of asked) {
    const label = (await input.getAttribute('aria-label')) ?? (await page.locator(`label[for="${await input.getAttribute('id')}"]`).innerText());
    const index = Number(/\d/.exec(label)?.[0]) - 1;
    await input.fill(groups[index]?.toLowerCase() ?? '');
  }
}

/** Creates a vault, confirms its recovery key, lands on Today and opens Vault settings; returns the key. */
export async function createConfirmedVault(page: Page, passphrase: string): Promise<string> {
  const recoveryKey = await createVault(page, passphrase);
  await confirmRecoveryKey(page, recoveryKey);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await openVaultSettings(page);
  return recoveryKey;
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}
