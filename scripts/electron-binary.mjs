// Finds the Electron binary without loading the electron package (whose require() starts a download when the binary is missing), and words the one line `npm start` prints when it cannot run the app.
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

/** What works without Electron, in the README's words ("Machines where the Electron binary cannot be downloaded"). */
const STILL_WORKS = 'the command-line tool (npm run cre -- …) and npm test (the app in a system Chromium) still work';

/**
 * The one line `npm start` prints when it cannot run the app: what failed, then what still works.
 * @param {string} failure what failed, as a clause ("the Electron binary could not be downloaded (fetch failed)")
 * @returns {string}
 */
export function cannotStartMessage(failure) {
  return `CRE Desktop cannot start: ${failure}. Without Electron, ${STILL_WORKS}.`;
}

/**
 * The part of the Electron installer's error output a person can act on: its first line that is not a stack frame,
 * without the error's class name ("TypeError: fetch failed\n    at ..." gives "fetch failed").
 * @param {string} stderr
 * @returns {string}
 */
export function installerFailure(stderr) {
  const first = stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '));
  const reason = first?.replace(/^[\w.]*(Error|Exception):\s*/, '');
  return reason || 'the installer stopped without saying why';
}
