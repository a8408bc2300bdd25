// What a spec can do to the app, whichever way it runs (Chromium harness or the real Electron app).
import type { Page } from '@playwright/test';

export type HarnessPowerEvent = 'suspend' | 'lock-screen';

export interface AppHarness {
  page: Page;
  vaultDir: string;
  firePowerEvent(event: HarnessPowerEvent): Promise<void>;
  /** Pretends the user has been idle this long and lets the auto-lock check run. */
  idleFor(seconds: number): Promise<void>;
  /** The file the next open dialog answers with (once); null reads as the user cancelling it. */
  setNextOpenFile(path: string | null): Promise<void>;
  /** The file the next save dialog answers with (once); null reads as the user cancelling it. */
  setNextSaveFile(path: string | null): Promise<void>;
  /**
   * Moves the core's clock this far ahead (what the vault takes as "now": due dates, overdue reports, audit times);
   * the page's own clock is not moved. Undefined where the clock cannot be moved (the Electron app).
   */
  advanceClock?: (ms: number) => Promise<void>;
  close(): Promise<void>;
}
