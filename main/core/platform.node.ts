// Platform for plain Node: the CLI (real clock, no idle or power events) and tests (a hand-driven platform).
import { CreFailure } from '../../common/contract/errors.js';
import type { Platform, PowerEvent } from './platform.js';

/** The CLI takes file paths as arguments: a dialog asked for there is a bug. */
const noDialog = (): Promise<never> => Promise.reject(new CreFailure('internal', 'File dialogs are not available on the command line.'));

export function createNodePlatform(): Platform {
  return {
    now: () => Date.now(),
    systemIdleSeconds: () => 0,
    systemLocale: () => process.env['LC_ALL'] ?? process.env['LC_MESSAGES'] ?? process.env['LANG'] ?? 'en',
    onPowerEvent: () => () => undefined,
    every: (ms, task) => {
      const timer = setInterval(task, ms);
      timer.unref();
      return () => clearInterval(timer);
    },
    chooseOpenFile: noDialog,
    chooseSaveFile: noDialog,
    printToPdf: () => Promise.reject(new CreFailure('internal', 'Printing to PDF is not available on the command line.')),
  };
}

export interface ManualPlatform extends Platform {
  setNow(ms: number): void;
  advance(ms: number): void;
  setIdleSeconds(seconds: number): void;
  firePowerEvent(event: PowerEvent): void;
  /** Runs every repeating task once, as if their interval had elapsed. */
  tick(): void;
  /** The answer of the next open-file dialog (once); without one the dialog reads as cancelled. */
  setNextOpenFile(path: string | null): void;
  /** The answer of the next save-file dialog (once); without one the dialog reads as cancelled. */
  setNextSaveFile(path: string | null): void;
  /** What prints HTML to PDF (a browser, in the E2E harness); without one printing fails as on the command line. */
  setPdfPrinter(printer: ((html: string) => Promise<Uint8Array>) | null): void;
}

/** A platform whose clock, idle time and power events the test drives by hand. */
export function createManualPlatform(start = Date.UTC(2026, 0, 1), locale = 'en-GB'): ManualPlatform {
  let now = start;
  let idle = 0;
  const listeners = new Set<(event: PowerEvent) => void>();
  const tasks = new Set<() => void>();
  let nextOpen: string | null = null;
  let nextSave: string | null = null;
  let pdfPrinter: ((html: string) => Promise<Uint8Array>) | null = null;
  return {
    now: () => now,
    systemIdleSeconds: () => idle,
    systemLocale: () => locale,
    onPowerEvent: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    every: (_ms, task) => {
      tasks.add(task);
      return () => tasks.delete(task);
    },
    setNow: (ms) => {
      now = ms;
    },
    advance: (ms) => {
      now += ms;
    },
    setIdleSeconds: (seconds) => {
      idle = seconds;
    },
    firePowerEvent: (event) => {
      for (const listener of [...listeners]) listener(event);
    },
    tick: () => {
      for (const task of [...tasks]) task();
    },
    chooseOpenFile: async () => {
      const answer = nextOpen;
      nextOpen = null;
      return answer;
    },
    chooseSaveFile: async () => {
      const answer = nextSave;
      nextSave = null;
      return answer;
    },
    setNextOpenFile: (path) => {
      nextOpen = path;
    },
    setNextSaveFile: (path) => {
      nextSave = path;
    },
    printToPdf: (html) =>
      pdfPrinter === null ? Promise.reject(new CreFailure('internal', 'There is no PDF printer on this platform.')) : pdfPrinter(html),
    setPdfPrinter: (printer) => {
      pdfPrinter = printer;
    },
  };
}
