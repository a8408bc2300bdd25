// First run with sample data: the choice in view without scrolling in every language; explore, see the SAMPLE DATA
// label and fictional records, a team (one member verified) and a bundle history; lock and unlock with the shown
// passphrase; discard.
import type { Locator, Page } from '@playwright/test';
import { SAMPLE_VAULT_PASSPHRASE } from '../../common/contract/sample.contract.js';
import { expect, expectNoSeriousA11yViolations, test } from './fixtures.js';
import { landingPage, openVaultSettings, rosterHome, unlockScreen } from './vault-steps.js';

/** The sample button's name in each language, and the window sizes it must be in view at: the app's minimum and a laptop. */
const EXPLORE = { en: 'Explore with sample data', es: 'Explorar con datos de ejemplo', fr: "Explorer avec des données d'exemple", pt: 'Explorar com dados de exemplo' } as const;
const WINDOWS = [
  { width: 1024, height: 680 },
  { width: 1280, height: 800 },
] as const;

const place = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name, exact: true });

/** In the viewport as the page first shows it: inside the window, with the page not scrolled. */
async function expectInViewWithoutScrolling(page: Page, target: Locator, what: string): Promise<void> {
  await expect(target).toBeVisible();
  expect(await page.evaluate(() => window.scrollY), `${what}: page scrolled`).toBe(0);
  const box = await target.boundingBox();
  const size = page.viewportSize();
  expect(box, what).not.toBeNull();
  expect(size, what).not.toBeNull();
  if (box === null || size === null) return;
  expect(box.y + box.height, `${what}: bottom edge`).toBeLessThanOrEqual(size.height);
  expect(box.x + box.width, `${what}: right edge`).toBeLessThanOrEqual(size.width);
  expect(box.y, `${what}: top edge`).toBeGreaterThanOrEqual(0);
}

test('the sample choice is in view without scrolling at 1024×680 and 1280×800, in every language', async ({ app }) => {
  const { page } = app;
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  for (const size of WINDOWS) {
    await page.setViewportSize(size);
    for (const [language, name] of Object.entries(EXPLORE)) {
      await page.getByRole('banner').getByRole('combobox').selectOption(language);
      const button = page.getByRole('button', { name, exact: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await expectInViewWithoutScrolling(page, button, `${language} at ${size.width}×${size.height}`);
      // The page never needs a sideways scroll either.
      expect(await page.evaluate(() => document.documentElement.scrollWidth), `${language} at ${size.width}`).toBeLessThanOrEqual(size.width);
    }
  }
  await page.getByRole('banner').getByRole('combobox').selectOption('en');
  await expectNoSeriousA11yViolations(page, 'first run, 1280×800');
});

test('explore with sample data: roster, a team with one verified member, a bundle history; then discard it', async ({ app }) => {
  const { page } = app;
  await page.setViewportSize({ width: 1024, height: 680 });
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  await expect(page.getByText(SAMPLE_VAULT_PASSPHRASE).first()).toBeVisible();
  await expectInViewWithoutScrolling(page, page.getByRole('button', { name: 'Explore with sample data' }), 'sample button');
  await page.getByRole('button', { name: 'Explore with sample data' }).click();

  await expect(landingPage(page)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByText('SAMPLE DATA', { exact: true }).first()).toBeVisible();
  await place(page, 'Roster').click();
  await expect(rosterHome(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /500 collaborators/ })).toBeVisible();
  await expectNoSeriousA11yViolations(page, 'roster of the sample vault');

  // Team: two facilitators, Africa verified, Asia not yet.
  await place(page, 'Team').click();
  const members = page.getByRole('table', { name: /^Team members/ });
  await expect(members.getByRole('row')).toHaveCount(3);
  await expect(members.getByRole('row', { name: /Talrin Quinembe \(sample\)/ })).toContainText('Verified');
  await expect(members.getByRole('row', { name: /Mirlio Xanarath \(sample\)/ })).toContainText('Unverified');
  await expectNoSeriousA11yViolations(page, 'team of the sample vault');

  // Bundles: a bundle received from and one sent to the verified member, and one from the unverified member refused.
  await place(page, 'Bundles').click();
  const history = page.getByRole('table', { name: 'Bundles sent and received, newest first' });
  await expect(history.getByRole('row')).toHaveCount(4);
  await expect(history.getByRole('row').nth(1)).toContainText('Mirlio Xanarath (sample) (claimed)');
  await expect(history.getByRole('row').nth(1)).toContainText('Refused');
  await expect(history.getByRole('row').nth(2)).toContainText('Talrin Quinembe (sample)');
  await expect(history.getByRole('row').nth(2)).toContainText('Sent');
  await expect(history.getByRole('row').nth(3)).toContainText('Imported');
  await expectNoSeriousA11yViolations(page, 'bundles of the sample vault');

  await page.keyboard.press('Control+L');
  await expect(unlockScreen(page)).toBeVisible();
  await expect(page.getByText('SAMPLE DATA', { exact: true }).first()).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(SAMPLE_VAULT_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();

  await openVaultSettings(page);
  await expectNoSeriousA11yViolations(page, 'vault settings of the sample vault');
  await page.getByRole('button', { name: 'Discard sample vault' }).click();
  await page.getByRole('button', { name: 'Yes, discard the sample vault' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Create your vault' })).toBeVisible();
  await expect(page.getByText('SAMPLE DATA', { exact: true })).toHaveCount(0);
});
