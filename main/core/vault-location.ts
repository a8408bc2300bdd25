// Where the vault lives: --vault-dir, then CRE_VAULT_DIR, then the OS app-data folder Electron would use for this app.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

export const APP_DATA_NAME = 'CRE Desktop';
export const VAULT_SUBDIR = 'vault';

/** Mirrors Electron's `app.getPath('userData')` so the CLI and the app find the same vault. */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32') return join(env['APPDATA'] ?? join(home, 'AppData', 'Roaming'), APP_DATA_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DATA_NAME);
  return join(env['XDG_CONFIG_HOME'] ?? join(home, '.config'), APP_DATA_NAME);
}

export function resolveVaultDir(
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  userDataDir: () => string = () => defaultUserDataDir(),
): string {
  if (flag) return resolve(flag);
  const fromEnv = env['CRE_VAULT_DIR'];
  if (fromEnv) return resolve(fromEnv);
  return join(userDataDir(), VAULT_SUBDIR);
}
