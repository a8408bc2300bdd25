// Security item 17: the window's web preferences are locked down and cannot drift back to Electron's looser options.
import { describe, expect, it } from 'vitest';
import { createWindowOptions, SECURE_WEB_PREFERENCES } from '../../../main/app/window-options.js';

describe('window options', () => {
  const options = createWindowOptions({ preloadPath: '/app/dist/preload/preload.cjs', devTools: false });
  const prefs = options.webPreferences ?? {};

  it('isolates and sandboxes the page, with no Node anywhere', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
    });
  });

  it('keeps web security on and every risky feature off', () => {
    expect(prefs).toMatchObject({
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      spellcheck: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
    });
  });

  it('spreads exactly the secure preferences plus the preload and the devtools switch', () => {
    expect(prefs).toEqual({ ...SECURE_WEB_PREFERENCES, preload: '/app/dist/preload/preload.cjs', devTools: false });
    expect(createWindowOptions({ preloadPath: 'p', devTools: true }).webPreferences?.devTools).toBe(true);
  });

  it('stays hidden until the page is ready', () => {
    expect(options.show).toBe(false);
  });
});
