// The `app` fixture: a fresh vault folder and the app over it, in the harness or in Electron depending on the project.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import type { AppHarness } from './harness/app-harness.js';
import { openChromiumHarness } from './harness/chromium-harness.js';
import { openElectronHarness } from './harness/electron-harness.js';

export const test = base.extend<{ app: AppHarness }>({
  app: async ({ page }, use, testInfo) => {
    const dir = mkdtempSync(join(tmpdir(), 'cre-e2e-'));
    const vaultDir = join(dir, 'vault');
    const electronBinary = testInfo.project.metadata['electronBinary'] as string | null | undefined;
    const harness =
      testInfo.project.name === 'electron' && electronBinary
        ? await openElectronHarness(electronBinary, vaultDir)
        : await openChromiumHarness(page, vaultDir);
    try {
      await use(harness);
    } finally {
      await harness.close();
      rmSync(dir, { recursive: true, force: true });
    }
  },
});

export { expect };

/** Fails on any serious or critical axe violation (WCAG 2 A and AA rules) on the current screen. */
export async function expectNoSeriousA11yViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  expect(serious, `axe on the ${screen} screen`).toEqual([]);
}
