// A second app over a second vault, beside the `app` fixture's: for flows between two people, like exchanging contact cards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestInfo } from '@playwright/test';
import type { AppHarness } from './harness/app-harness.js';
import { openChromiumHarness } from './harness/chromium-harness.js';
import { openElectronHarness } from './harness/electron-harness.js';

/**
 * Opens another app on a fresh vault folder, the same way the fixture opened the first: a second Electron app, or a second
 * page of the same browser bound to its own core. Its `close` also removes the folder.
 */
export async function openSecondApp(first: AppHarness, testInfo: TestInfo): Promise<AppHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'cre-e2e-second-'));
  const vaultDir = join(dir, 'vault');
  const electronBinary = testInfo.project.metadata['electronBinary'] as string | null | undefined;
  const secondPage = testInfo.project.name === 'electron' && electronBinary ? null : await first.page.context().newPage();
  const harness = secondPage === null ? await openElectronHarness(electronBinary ?? '', vaultDir) : await openChromiumHarness(secondPage, vaultDir);
  return {
    ...harness,
    close: async () => {
      try {
        await harness.close();
        await secondPage?.close();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
