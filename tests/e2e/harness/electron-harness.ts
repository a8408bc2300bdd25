// The real Electron app, driven by Playwright's Electron support, when an Electron binary is installed.
import { _electron as electron } from '@playwright/test';
import type { AppHarness } from './app-harness.js';

export async function openElectronHarness(executablePath: string, vaultDir: string): Promise<AppHarness> {
  const app = await electron.launch({
    executablePath,
    args: ['.', `--vault-dir=${vaultDir}`],
    env: { ...process.env, CRE_KDF_PROFILE: 'floor' } as Record<string, string>,
  });
  const page = await app.firstWindow();
  return {
    page,
    vaultDir,
    firePowerEvent: async (event) => {
      await app.evaluate(({ powerMonitor }, name) => powerMonitor.emit(name), event);
    },
    idleFor: async (seconds) => {
      // The auto-lock check asks powerMonitor for the system idle time every few seconds.
      await app.evaluate(({ powerMonitor }, value) => {
        powerMonitor.getSystemIdleTime = () => value;
      }, seconds);
    },
    close: () => app.close(),
  };
}
