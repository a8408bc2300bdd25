// The options of the app's window: its default and minimum size, the locked-down web preferences of security.md item 17 and the preload path.
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

/** The smallest window the layout is designed and tested for (tests/e2e/shell-layout.spec.ts runs at this size). */
export const MIN_WINDOW = { width: 1024, height: 680 } as const;

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
    // The smallest window the workbench is laid out for: every sidebar destination in view, no horizontal scrolling.
    minWidth: MIN_WINDOW.width,
    minHeight: MIN_WINDOW.height,
    // Shown on 'ready-to-show' so the user never sees an empty frame.
    show: false,
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: input.preloadPath, devTools: input.devTools },
  };
}
