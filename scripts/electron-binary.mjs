// Finds the Electron binary without loading the electron package, whose require() starts a download when the binary is missing.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '..');

/** The file name the electron package would use when it has no path.txt (its install script's table). */
function defaultExecutable(platform) {
  if (platform === 'darwin' || platform === 'mas') return 'Electron.app/Contents/MacOS/Electron';
  if (platform === 'win32') return 'electron.exe';
  return 'electron';
}

/** Follows the electron package's own rules: ELECTRON_OVERRIDE_DIST_PATH first, else dist/<path.txt>. */
function inspect({ root = ROOT, env = process.env, platform = process.platform } = {}) {
  const packageDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(packageDir, 'path.txt');
  const recorded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';

  const override = env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = path.join(override, recorded || defaultExecutable(platform));
    return existsSync(candidate)
      ? { binary: candidate, reason: null }
      : { binary: null, reason: `ELECTRON_OVERRIDE_DIST_PATH is set, but ${candidate} does not exist` };
  }
  if (!existsSync(path.join(packageDir, 'package.json'))) {
    return { binary: null, reason: 'the electron package is not installed: node_modules/electron is missing' };
  }
  if (!recorded) {
    return {
      binary: null,
      reason: 'the electron package is installed without its binary: node_modules/electron/path.txt is missing, so Electron was never downloaded',
    };
  }
  const candidate = path.join(packageDir, 'dist', recorded);
  return existsSync(candidate)
    ? { binary: candidate, reason: null }
    : { binary: null, reason: `node_modules/electron/path.txt names dist/${recorded}, which does not exist` };
}

/**
 * The absolute path of the Electron executable, or null when none is installed.
 * @param {{ root?: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform }} [options]
 * @returns {string | null}
 */
export function findElectronBinary(options) {
  return inspect(options).binary;
}

/**
 * Why no Electron binary was found (one sentence, for skip messages), or null when one was.
 * @param {{ root?: string, env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform }} [options]
 * @returns {string | null}
 */
export function electronNotFoundReason(options) {
  return inspect(options).reason;
}
