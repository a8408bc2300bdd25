// The window's size limits, and security item 17: its web preferences are locked down and cannot drift back to Electron's looser options.
import { describe, expect, it } from 'vitest';
import { createWindowOptions, MIN_WINDOW, SECURE_WEB_PREFERENCES } from '../../../main/app/window-options.js';

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

  it('opens at 1200×800 and cannot shrink below the 1024×680 the layout is made for', () => {
    expect(options).toMatchObject({ width: 1200, height: 800, minWidth: 1024, minHeight: 680 });
    expect(MIN_WINDOW).toEqual({ width: 1024, height: 680 });
  });

  it('stays hidden until the page is ready', () => {
    expect(options.show).toBe(false);
  });
});
