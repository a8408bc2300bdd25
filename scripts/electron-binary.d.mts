// Types of scripts/electron-binary.mjs, for the TypeScript that imports it (unit tests, the Playwright config).

export interface ElectronBinaryOptions {
  /** The project folder holding node_modules; default: this repository. */
  root?: string;
  /** Default: process.env (ELECTRON_OVERRIDE_DIST_PATH is read from it). */
  env?: NodeJS.ProcessEnv;
  /** Default: process.platform. */
  platform?: NodeJS.Platform;
}

export function findElectronBinary(options?: ElectronBinaryOptions): string | null;

export function electronNotFoundReason(options?: ElectronBinaryOptions): string | null;

/** The one line `npm start` prints when it cannot run the app: what failed, then what still works without Electron. */
export function cannotStartMessage(failure: string): string;

/** The Electron installer's error output reduced to its first meaningful line, without class name or stack. */
export function installerFailure(stderr: string): string;
