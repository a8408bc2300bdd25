// First run with sample data: explore, see the SAMPLE DATA label and fictional records, lock and unlock with the shown passphrase, discard.
import { SAMPLE_VAULT_PASSPHRASE } from '../../common/contract/sample.contract.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { openVaultSettings, rosterHome, unlockScreen } from './vault-steps.js';

test('explore with sample data, then discard it and return to the first screen', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  await expect(page.getByText(SAMPLE_VAULT_PASSPHRASE).first()).toBeVisible();
  await page.getByRole('button', { name: 'Explore with sample data' }).click();

  await expect(rosterHome(page)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('SAMPLE DATA', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /500 collaborators/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'roster of the sample vault');

  await page.keyboard.press('Control+L');
  await expect(unlockScreen(page)).toBeVisible();
  await expect(page.getByText('SAMPLE DATA', { exact: true }).first()).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(SAMPLE_VAULT_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(rosterHome(page)).toBeVisible();

  await openVaultSettings(page);
  await expectNoSeriousA11yViolations(page, 'vault settings of the sample vault');
  await page.getByRole('button', { name: 'Discard sample vault' }).click();
  await page.getByRole('button', { name: 'Yes, discard the sample vault' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  await expect(page.getByText('SAMPLE DATA', { exact: true })).toHaveCount(0);
});
