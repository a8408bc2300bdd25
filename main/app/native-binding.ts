// Where the Electron-ABI build of the SQLCipher addon lives (docs/decisions/0002-two-native-builds.md).
import { join } from 'node:path';

export const SQLITE_PACKAGE = 'better-sqlite3-multiple-ciphers';
export const ADDON_FILE = 'better_sqlite3.node';
/** Folder, inside the app folder, where `npm start` puts the addon rebuilt for Electron. */
export const ELECTRON_NATIVE_DIR = '.electron-native';

export interface NativeBindingInput {
  /** `app.isPackaged`. */
  isPackaged: boolean;
  /** `app.getAppPath()`: the project folder under `npm start`, `<resources>/app.asar` when packaged. */
  appPath: string;
  /** `process.resourcesPath`. */
  resourcesPath: string;
}

/**
 * Under `npm start`, node_modules holds Node's build (the tests need it), so the app loads the copy rebuilt for
 * Electron. Packaged, electron-builder has rebuilt the package for Electron and unpacked `*.node` out of the asar,
 * because the operating system cannot load a library from inside an archive.
 */
export function nativeBindingPath(input: NativeBindingInput): string {
  if (!input.isPackaged) return join(input.appPath, ELECTRON_NATIVE_DIR, ADDON_FILE);
  return join(input.resourcesPath, 'app.asar.unpacked', 'node_modules', SQLITE_PACKAGE, 'build', 'Release', ADDON_FILE);
}
