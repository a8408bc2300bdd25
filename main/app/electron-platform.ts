// The core's Platform on Electron: power and screen-lock events, system idle time, the OS locale, the clock and timers.
import { CreFailure } from '../../common/contract/errors.js';
import type { FileFilter, Platform, PowerEvent } from '../core/platform.js';

const POWER_EVENTS: readonly PowerEvent[] = ['suspend', 'lock-screen', 'shutdown'];

/** The part of Electron's `powerMonitor` used here; it is passed in so this file runs (and is tested) without Electron. */
export interface PowerMonitorLike {
  on(event: PowerEvent, listener: () => void): unknown;
  removeListener(event: PowerEvent, listener: () => void): unknown;
  getSystemIdleTime(): number;
}

type OpenOptions = { title: string; filters: FileFilter[]; properties: ['openFile'] };
type SaveOptions = { title: string; defaultPath: string; filters: FileFilter[]; properties: ['showOverwriteConfirmation'] };
type OpenResult = Promise<{ canceled: boolean; filePaths: string[] }>;
type SaveResult = Promise<{ canceled: boolean; filePath?: string | undefined }>;

/** The part of Electron's `dialog` used here: modal on the window when there is one. */
export interface DialogLike<W> {
  showOpenDialog(window: W, options: OpenOptions): OpenResult;
  showOpenDialog(options: OpenOptions): OpenResult;
  showSaveDialog(window: W, options: SaveOptions): SaveResult;
  showSaveDialog(options: SaveOptions): SaveResult;
}

export interface ElectronPlatformDeps<W = unknown> {
  /** Electron's `powerMonitor`; it may only be used after the app is ready. */
  powerMonitor: PowerMonitorLike;
  /** `app.getLocale()`. */
  getLocale: () => string;
  /** Electron's `dialog` and the window to attach it to; without it, file dialogs answer as cancelled. */
  dialogs?: { dialog: DialogLike<W>; parentWindow: () => W | null };
  /** Prints HTML to PDF in a hidden window (pdf-printer.ts); without it, printing fails with a typed error. */
  printToPdf?: (html: string) => Promise<Uint8Array>;
}

export function createElectronPlatform<W = unknown>(deps: ElectronPlatformDeps<W>): Platform {
  return {
    now: () => Date.now(),
    systemIdleSeconds: () => deps.powerMonitor.getSystemIdleTime(),
    systemLocale: () => deps.getLocale(),
    onPowerEvent(listener) {
      const subscriptions = POWER_EVENTS.map((event) => {
        const handler = () => listener(event);
        deps.powerMonitor.on(event, handler);
        return () => deps.powerMonitor.removeListener(event, handler);
      });
      return () => {
        for (const unsubscribe of subscriptions) unsubscribe();
      };
    },
    every(ms, task) {
      const timer = setInterval(task, ms);
      return () => clearInterval(timer);
    },
    async chooseOpenFile(options) {
      if (!deps.dialogs) return null;
      const { dialog, parentWindow } = deps.dialogs;
      const parent = parentWindow();
      const open: OpenOptions = { title: options.title, filters: options.filters, properties: ['openFile'] };
      const result = await (parent === null ? dialog.showOpenDialog(open) : dialog.showOpenDialog(parent, open));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSaveFile(options) {
      if (!deps.dialogs) return null;
      const { dialog, parentWindow } = deps.dialogs;
      const parent = parentWindow();
      const save: SaveOptions = { title: options.title, defaultPath: options.defaultName, filters: options.filters, properties: ['showOverwriteConfirmation'] };
      const result = await (parent === null ? dialog.showSaveDialog(save) : dialog.showSaveDialog(parent, save));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    printToPdf(html) {
      if (!deps.printToPdf) return Promise.reject(new CreFailure('internal', 'Printing to PDF is not available here.'));
      return deps.printToPdf(html);
    },
  };
}
