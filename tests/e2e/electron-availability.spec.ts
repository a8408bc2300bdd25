// Reports, once and with its reason, that the Electron run was skipped on a machine without an Electron binary.
import { test } from '@playwright/test';
import { electronNotFoundReason } from '../../scripts/electron-binary.mjs';

test('the specs run in the real Electron app', () => {
  test.skip(true, `skipped: no Electron binary (${electronNotFoundReason()})`);
});
