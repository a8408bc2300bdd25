// Reports, once and with its reason, that the Electron run was skipped on a machine without an Electron binary.
import { test } from '@playwright/test';
import { electronNotFoundReason } from '../../scripts/electron-binary.mjs';

const reason = electronNotFoundReason() ?? 'unknown reason';

// The title carries the reason so every reporter shows it, not only those that print annotations.
test(`Electron run — skipped: no Electron binary (${reason})`, () => {
  test.skip(true, `skipped: no Electron binary (${reason})`);
});
