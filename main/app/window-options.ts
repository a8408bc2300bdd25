// The options of the app's window: the locked-down web preferences of security.md item 17 and the preload path.
import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

/** Every value is spelled out even where it is Electron's default, so a change of default cannot loosen it. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
} as const satisfies WebPreferences;

export interface WindowOptionsInput {
  preloadPath: string;
  /** Developer tools only outside packaged builds. */
  devTools: boolean;
}

export function createWindowOptions(input: WindowOptionsInput): BrowserWindowConstructorOptions {
  return {
    title: 'CRE Desktop',
    width: 1200,
    height: 800,
    minWidth: 800,
    minHeight: 560,
    // Shown on 'ready-to-show' so the user never sees an empty frame.
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: input.preloadPath, devTools: input.devTools },
  };
}
