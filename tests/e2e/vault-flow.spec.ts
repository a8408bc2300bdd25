// The whole vault life in the UI: create, confirm the recovery key, lock, unlock, change passphrase, recover, auto-lock, Spanish.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { confirmRecoveryKey, createVault, openVaultSettings, unlock, unlockScreen } from './vault-steps.js';

const es = JSON.parse(readFileSync(join(process.cwd(), 'common/i18n/locales/es/app.json'), 'utf8')) as {
  unlock: { title: string; submit: string };
};

const FIRST = 'mangrove rivers carry stubborn pebbles';
const SECOND = 'seven lanterns drift over quiet dunes';
const THIRD = 'copper kites argue with patient herons';

test('create, confirm the recovery key, lock, unlock, change passphrase, recover, lock on suspend, speak Spanish', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'create vault');

  const recoveryKey = await createVault(page, FIRST);
  await expectNoSeriousA11yViolations(page, 'recovery key');
  await confirmRecoveryKey(page, recoveryKey);
  await expectNoSeriousA11yViolations(page, 'confirm recovery key');
  await page.getByRole('button', { name: 'Confirm' }).click();

  await openVaultSettings(page);
  await expect(page.getByText('SQLCipher 4')).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'home');

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(unlockScreen(page)).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'unlock');

  await unlock(page, 'not the right passphrase at all');
  await expect(page.getByRole('alert').filter({ hasText: 'That passphrase does not open this vault.' })).toBeVisible();
  await unlock(page, FIRST);
  await openVaultSettings(page);

  await page.getByLabel('Current passphrase', { exact: true }).fill(FIRST);
  await page.getByLabel('New passphrase', { exact: true }).fill(SECOND);
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill(SECOND);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByText('Your passphrase was changed. Use the new one from now on.')).toBeVisible();

  await page.getByRole('button', { name: 'Verify vault' }).click();
  await expect(page.getByText('Database integrity: no problems found.')).toBeVisible();

  // The keyboard shortcut locks as the button does.
  await page.keyboard.press('Control+L');
  await expect(unlockScreen(page)).toBeVisible();
  await unlock(page, FIRST);
  await expect(page.getByRole('alert').filter({ hasText: 'That passphrase does not open this vault.' })).toBeVisible();

  await page.getByRole('button', { name: 'Use your recovery key' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Recover your vault' })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'recover');
  await page.getByLabel('Recovery key', { exact: true }).fill(recoveryKey.toLowerCase().replace(/-/g, ' '));
  await page.getByLabel('New passphrase', { exact: true }).fill(THIRD);
  await page.getByLabel('Confirm new passphrase', { exact: true }).fill(THIRD);
  await page.getByRole('button', { name: 'Recover vault' }).click();
  await openVaultSettings(page);

  await app.firePowerEvent('suspend');
  await expect(unlockScreen(page)).toBeVisible();
  await expect(page.getByText('Locked because the computer went to sleep.')).toBeVisible();

  await page.getByLabel('Language').selectOption('es');
  await expect(page.getByRole('heading', { level: 1, name: es.unlock.title })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expectNoSeriousA11yViolations(page, 'unlock in Spanish');
  await page.getByRole('textbox').first().fill(THIRD);
  await page.getByRole('button', { name: es.unlock.submit, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(es.unlock.title);
  // Security item 4: nothing of the session is kept in the page's storage.
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  expect(await page.evaluate(async () => (await indexedDB.databases()).length)).toBe(0);
});

test('locks after the chosen idle time and clears what was shown', async ({ app }) => {
  const { page } = app;
  const recoveryKey = await createVault(page, FIRST);
  await confirmRecoveryKey(page, recoveryKey);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await openVaultSettings(page);
  await expect(page.getByText(app.vaultDir)).toBeVisible();

  await app.idleFor(5 * 60);
  await expect(unlockScreen(page)).toBeVisible();
  await expect(page.getByText(/Locked after .* of inactivity\./)).toBeVisible();
  await expect(page.getByText(app.vaultDir)).toHaveCount(0);
  const reply = await page.evaluate(() => window.cre.vault.getAutoLock());
  expect(reply).toEqual({ ok: false, error: expect.objectContaining({ code: 'locked' }) });
});

test('after five wrong passphrases, waits longer before each attempt and says how long', async ({ app }) => {
  const { page } = app;
  const recoveryKey = await createVault(page, FIRST);
  await confirmRecoveryKey(page, recoveryKey);
  await page.getByRole('button', { name: 'Confirm' }).click();
  await openVaultSettings(page);
  await page.getByRole('button', { name: 'Lock now' }).click();
  const unlockButton = page.getByRole('button', { name: 'Unlock', exact: true });
  // Five free attempts, then waits of 1 s and 2 s; after the seventh failure the wait is 4 s, long enough to watch.
  for (let attempt = 1; attempt <= 7; attempt += 1) {
    await expect(unlockButton).toBeEnabled({ timeout: 5_000 });
    await unlock(page, `wrong guess number ${attempt}`);
    await expect(page.getByText(`Failed attempts since the last unlock: ${attempt}`)).toBeVisible();
  }
  await expect(page.getByRole('timer')).toHaveText(/Try again in [34] s/);
  await expect(unlockButton).toBeDisabled();
  await expect(unlockButton).toBeEnabled({ timeout: 6_000 });
  await unlock(page, FIRST);
  await openVaultSettings(page);
});
