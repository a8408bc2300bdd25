// Prints the dashboard report to PDF with Chromium's printer, in a hidden window that runs no script and loads nothing else.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { SECURE_WEB_PREFERENCES } from './window-options.js';

/** The app's locked-down preferences, with JavaScript off: the report is static HTML. Never shown, rendered offscreen. */
export const PRINT_WINDOW_OPTIONS = {
  show: false,
  webPreferences: { ...SECURE_WEB_PREFERENCES, javascript: false, offscreen: true, devTools: false },
} as const satisfies BrowserWindowConstructorOptions;

type PrintWindow = Pick<BrowserWindow, 'loadURL' | 'destroy'> & { webContents: Pick<BrowserWindow['webContents'], 'printToPDF'> };

/**
 * The document travels as a data: URL, so no plaintext file is ever written for it; the window is destroyed afterwards.
 * `openWindow` is `new BrowserWindow(options)`, passed in by main.ts so this file runs without Electron.
 */
export function createPdfPrinter(openWindow: (options: typeof PRINT_WINDOW_OPTIONS) => PrintWindow): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    const window = openWindow(PRINT_WINDOW_OPTIONS);
    try {
      await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`);
      const pdf = await window.webContents.printToPDF({ pageSize: 'A4', printBackground: true });
      return new Uint8Array(pdf);
    } finally {
      window.destroy();
    }
  };
}
