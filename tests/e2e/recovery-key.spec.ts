// Replacing the recovery key from Home: the new key opens the vault, the old one does not, and an unconfirmed key is flagged everywhere.
import type { Page } from '@playwright/test';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { confirmRecoveryKey, createConfirmedVault, createVault, home, landingPage, openVaultSettings, readRecoveryKey, rosterHome, unlock, unlockScreen } from './vault-steps.js';

const PASSPHRASE = 'mangrove rivers carry stubborn pebbles';
const NEW_PASSPHRASE = 'seven lanterns drift over quiet dunes';

const keySection = (page: Page) => page.getByRole('region', { name: 'Recovery key', exact: true });
const notConfirmedWarning = (page: Page) => page.getByRole('status').filter({ hasText: 'Your recovery key was never confirmed' });

/** From Home: makes a new recovery key with the passphrase, types it back, and returns it once Home is back. */
async function replaceRecoveryKey(page: Page, passphrase: string): Promise<string> {
  await keySection(page).getByLabel('Passphrase to make a new recovery key', { exact: true }).fill(passphrase);
  await keySection(page).getByRole('button', { name: 'Make a new recovery key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write down your new recovery key' })).toBeVisible();
  await expect(page.getByText('Your old recovery key no longer works.')).toBeVisible();
  const recoveryKey = await readRecoveryKey(page);
  await confirmRecoveryKey(page, recoveryKey);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(home(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Your new recovery key is confirmed. The old one no longer works.' })).toBeVisible();
  return recoveryKey;
}

async function recoverWith(page: Page, recoveryKey: string): Promise<void> {
  await page.getByRole('button', { name: 'Use your recovery key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recover your vault' })).toBeVisible();
  await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey);
  await page.getByLabel('New passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill(NEW_PASSPHRASE);
  await page.getByRole('button', { name: 'Recover vault' }).click();
}

test('makes a new recovery key from Home, confirms it, and recovers the vault with it', async ({ app }) => {
  const { page } = app;
  const oldKey = await createConfirmedVault(page, PASSPHRASE);
  await expect(keySection(page).getByText('Yes, you typed part of it back')).toBeVisible();
  await expect(notConfirmedWarning(page)).toHaveCount(0);

  await keySection(page).getByLabel('Passphrase to make a new recovery key', { exact: true }).fill('not the right passphrase at all');
  await keySection(page).getByRole('button', { name: 'Make a new recovery key' }).click();
  await expect(keySection(page).getByRole('alert')).toHaveText('That passphrase does not open this vault.');

  const newKey = await replaceRecoveryKey(page, PASSPHRASE);
  expect(newKey).not.toBe(oldKey);
  await expect(home(page)).toBeFocused();
  await expect(keySection(page).getByText('Yes, you typed part of it back')).toBeVisible();
  const activity = page.getByRole('table', { name: 'Recent activity' });
  await expect(activity.getByText('New recovery key made')).toBeVisible();
  await expect(activity.getByText('Recovery key confirmed')).toHaveCount(2);

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(unlockScreen(page)).toBeVisible();
  await recoverWith(page, newKey);
  await openVaultSettings(page);
});

test('the old recovery key no longer opens the vault once a new one was made', async ({ app }) => {
  const { page } = app;
  const oldKey = await createConfirmedVault(page, PASSPHRASE);
  await replaceRecoveryKey(page, PASSPHRASE);

  await page.getByRole('button', { name: 'Lock now' }).click();
  await recoverWith(page, oldKey);
  await expect(page.getByRole('alert').filter({ hasText: 'That recovery key does not open this vault.' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Recover your vault' })).toBeVisible();
});

test('a key never confirmed is flagged on Home, which leads to making a new one', async ({ app }) => {
  const { page } = app;
  // Locking while the key is on screen drops it before the user could confirm it.
  await createVault(page, PASSPHRASE);
  await app.firePowerEvent('suspend');
  await expect(unlockScreen(page)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Recovery key' })).toHaveCount(0);
  await unlock(page, PASSPHRASE);

  // Unlocking lands on Today: the shell warns there too, and leads to Vault settings.
  const warning = notConfirmedWarning(page);
  await expect(landingPage(page)).toBeVisible();
  await expect(warning).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'Today with an unconfirmed recovery key');
  await warning.getByRole('button', { name: 'Open Vault settings' }).click();
  await expect(home(page)).toBeVisible();
  await expect(warning).toHaveCount(1);
  await expect(keySection(page).getByText('No, never confirmed')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'home with an unconfirmed recovery key');

  await warning.getByRole('button', { name: 'Make a new recovery key' }).click();
  await expect(keySection(page).getByLabel('Passphrase to make a new recovery key', { exact: true })).toBeFocused();

  await keySection(page).getByLabel('Passphrase to make a new recovery key', { exact: true }).fill(PASSPHRASE);
  await keySection(page).getByRole('button', { name: 'Make a new recovery key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Write down your new recovery key' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'new recovery key');

  // A lock in the middle of the new-key flow drops that key too, and Home still flags it after unlocking.
  await app.firePowerEvent('lock-screen');
  await expect(unlockScreen(page)).toBeVisible();
  await unlock(page, PASSPHRASE);
  await openVaultSettings(page);
  await expect(warning).toBeVisible();

  await keySection(page).getByLabel('Passphrase to make a new recovery key', { exact: true }).fill(PASSPHRASE);
  await keySection(page).getByRole('button', { name: 'Make a new recovery key' }).click();
  const newKey = await readRecoveryKey(page);
  await confirmRecoveryKey(page, newKey);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await expect(home(page)).toBeVisible();
  await expect(warning).toHaveCount(0);
  await expect(keySection(page).getByText('Yes, you typed part of it back')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'home after a new recovery key');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Roster' }).click();
  await expect(rosterHome(page)).toBeVisible();
  await expect(warning).toHaveCount(0);
});
