// Paths the shell derives from its folder and command line: built files, the --vault-dir flag, the browser profile.
import { createHash } from 'node:crypto';
import { join, resolve } from 'node:path';

export interface AppFiles {
  preload: string;
  /** The folder the app:// protocol serves. */
  rendererRoot: string;
}

/** `appPath` is `app.getAppPath()`: the project folder under `npm start`, app.asar when packaged; the layout is the same. */
export function appFiles(appPath: string): AppFiles {
  return {
    preload: join(appPath, 'dist', 'preload', 'preload.cjs'),
    rendererRoot: join(appPath, 'dist', 'renderer'),
  };
}

/** The value of `--vault-dir=DIR` or `--vault-dir DIR` (the first one given), else undefined. */
export function vaultDirFlag(argv: readonly string[]): string | undefined {
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index];
    if (arg === '--vault-dir') {
      const next = argv[index + 1];
      return next && !next.startsWith('--') ? next : undefined;
    }
    if (arg?.startsWith('--vault-dir=')) return arg.slice('--vault-dir='.length) || undefined;
  }
  return undefined;
}

/**
 * The Chromium profile (userData) for a vault somewhere other than the default: its own folder, so the single-instance
 * lock means "one app per vault" and two vaults (or parallel end-to-end runs) can be open at once. Null for the
 * default vault, which keeps the ordinary profile. The hash only names the folder; the vault path is no secret.
 */
export function profileDirFor(vaultDir: string, defaultVaultDir: string, userDataDir: string): string | null {
  if (resolve(vaultDir) === resolve(defaultVaultDir)) return null;
  const digest = createHash('sha256').update(resolve(vaultDir)).digest('hex').slice(0, 16);
  return join(userDataDir, 'instances', digest);
}
