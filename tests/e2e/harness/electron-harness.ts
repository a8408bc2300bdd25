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
    // Native dialogs cannot be answered from the test: the next call to Electron's dialog is replaced, once.
    setNextOpenFile: async (path) => {
      await app.evaluate(({ dialog }, answer) => {
        const original = dialog.showOpenDialog.bind(dialog);
        dialog.showOpenDialog = (async () => {
          dialog.showOpenDialog = original;
          return { canceled: answer === null, filePaths: answer === null ? [] : [answer] };
        }) as typeof dialog.showOpenDialog;
      }, path);
    },
    setNextSaveFile: async (path) => {
      await app.evaluate(({ dialog }, answer) => {
        const original = dialog.showSaveDialog.bind(dialog);
        dialog.showSaveDialog = (async () => {
          dialog.showSaveDialog = original;
          return answer === null ? { canceled: true } : { canceled: false, filePath: answer };
        }) as typeof dialog.showSaveDialog;
      }, path);
    },
    // advanceClock is left out: the app's main process reads the system clock, which a spec cannot move.
    close: () => app.close(),
  };
}
