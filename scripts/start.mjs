// `npm start`: builds the SQLCipher addon for Electron when needed, builds the app, and runs it in Electron with the given arguments.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { buildTargets } from './build.mjs';
import { cannotStartMessage, electronNotFoundReason, findElectronBinary, installerFailure } from './electron-binary.mjs';

const ROOT = path.resolve(import.meta.dirname, '..');
const SQLITE_PACKAGE = 'better-sqlite3-multiple-ciphers';
const NATIVE_DIR = path.join(ROOT, '.electron-native');
const BUILD_TREE = path.join(NATIVE_DIR, 'build-tree');
const ADDON = path.join(NATIVE_DIR, 'better_sqlite3.node');
const STAMP = path.join(NATIVE_DIR, 'electron-version.txt');

function packageVersion(name) {
  return JSON.parse(readFileSync(path.join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/** npm sets npm_config_node_gyp to its own node-gyp for scripts; a project-level node-gyp is the fallback. */
function findNodeGyp() {
  const candidates = [process.env.npm_config_node_gyp, path.join(ROOT, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js')];
  return candidates.find((candidate) => candidate && existsSync(candidate)) ?? null;
}

/**
 * Electron's documented "using npm" rebuild, done on a copy of the package so node_modules keeps Node's build for the
 * tests (docs/decisions/0002-two-native-builds.md). Skipped while the stamp says this Electron was already built for.
 */
function ensureElectronAddon() {
  const electronVersion = packageVersion('electron');
  const stamp = `electron ${electronVersion}; ${SQLITE_PACKAGE} ${packageVersion(SQLITE_PACKAGE)}; ${process.platform}-${process.arch}\n`;
  if (existsSync(ADDON) && existsSync(STAMP) && readFileSync(STAMP, 'utf8') === stamp) return;

  const nodeGyp = findNodeGyp();
  if (!nodeGyp) throw new Error('node-gyp was not found; run this through `npm start`, which provides it.');
  console.log(`Building ${SQLITE_PACKAGE} for Electron ${electronVersion} (once per Electron version)...`);

  rmSync(BUILD_TREE, { recursive: true, force: true });
  mkdirSync(NATIVE_DIR, { recursive: true });
  // Node's compiled output stays behind: the copy is built from source only.
  cpSync(path.join(ROOT, 'node_modules', SQLITE_PACKAGE), BUILD_TREE, {
    recursive: true,
    filter: (source) => path.relative(path.join(ROOT, 'node_modules', SQLITE_PACKAGE), source) !== 'build',
  });
  const result = spawnSync(process.execPath, [nodeGyp, 'rebuild', '--release'], {
    cwd: BUILD_TREE,
    stdio: 'inherit',
    env: {
      ...process.env,
      npm_config_runtime: 'electron',
      npm_config_target: electronVersion,
      npm_config_disturl: 'https://electronjs.org/headers',
      npm_config_build_from_source: 'true',
      // Electron's headers are cached apart from Node's, as Electron's documentation does it.
      npm_config_devdir: path.join(homedir(), '.electron-gyp'),
    },
  });
  if (result.status !== 0) {
    throw new Error(`node-gyp could not build ${SQLITE_PACKAGE} for Electron ${electronVersion} (it needs Electron's headers from electronjs.org and a C++ toolchain).`);
  }
  copyFileSync(path.join(BUILD_TREE, 'build', 'Release', 'better_sqlite3.node'), ADDON);
  writeFileSync(STAMP, stamp);
  rmSync(BUILD_TREE, { recursive: true, force: true });
}

/**
 * Electron 45 fetches its binary on first launch rather than at install. `npm start` asks for it once, through the
 * package's own installer, as a step of its own: finding the binary (here, in tests, in the Playwright config) never
 * downloads. Returns what failed, as a clause for the one-line message, or null when nothing was tried or it worked.
 */
function fetchElectronBinary() {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH || process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return null;
  const installer = path.join(ROOT, 'node_modules', 'electron', 'install.js');
  if (!existsSync(installer)) return null;
  console.log('Downloading the Electron binary (first start only)...');
  const result = spawnSync(process.execPath, [installer], {
    cwd: path.dirname(installer),
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (result.status === 0) return null;
  // The installer prints a whole stack ("TypeError: fetch failed" and its frames); one phrase of it is kept.
  return `the Electron binary could not be downloaded (${installerFailure(result.stderr ?? '')})`;
}

function run() {
  let electron = findElectronBinary();
  let failure = null;
  if (!electron) {
    failure = fetchElectronBinary();
    electron = findElectronBinary();
  }
  if (!electron) {
    console.error(cannotStartMessage(failure ?? `no Electron binary is installed (${electronNotFoundReason()})`));
    process.exitCode = 1;
    return;
  }
  ensureElectronAddon();
  return buildTargets(['main', 'preload', 'renderer'], { dev: true }).then(() => {
    // ELECTRON_RUN_AS_NODE would turn the app into a plain Node process.
    const { ELECTRON_RUN_AS_NODE: _runAsNode, ...env } = process.env;
    const child = spawn(electron, ['.', ...process.argv.slice(2)], { cwd: ROOT, stdio: 'inherit', env });
    child.on('exit', (code, signal) => {
      process.exitCode = code ?? (signal ? 1 : 0);
    });
    // As the electron package's own launcher does: a signal to this script reaches the app, which quits cleanly.
    for (const signal of ['SIGINT', 'SIGTERM']) {
      process.on(signal, () => {
        if (child.exitCode === null) child.kill(signal);
      });
    }
  });
}

try {
  await run();
} catch (error) {
  console.error(`CRE Desktop: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
