// What a spec can do to the app, whichever way it runs (Chromium harness or the real Electron app).
import type { Page } from '@playwright/test';

export type HarnessPowerEvent = 'suspend' | 'lock-screen';

export interface AppHarness {
  page: Page;
  vaultDir: string;
  firePowerEvent(event: HarnessPowerEvent): Promise<void>;
  /** Pretends the user has been idle this long and lets the auto-lock check run. */
  idleFor(seconds: number): Promise<void>;
  close(): Promise<void>;
}
