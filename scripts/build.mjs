// Builds the app: `node scripts/build.mjs [--main] [--preload] [--cli] [--renderer] [--dev] [--outdir=DIR]` (no target flag: all).
import { existsSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build as esbuild } from 'esbuild';

const ROOT = path.resolve(import.meta.dirname, '..');
export const TARGET_NAMES = ['main', 'preload', 'cli', 'renderer'];

/** Loaded from node_modules at run time: native addons, a wasm loader, and dictionaries too large to bundle twice. */
const MAIN_EXTERNALS = ['electron', 'better-sqlite3-multiple-ciphers', 'libsodium-wrappers-sumo', 'sodium-native', '@zxcvbn-ts/*'];

function relativeToRoot(file) {
  return path.relative(ROOT, file).split(path.sep).join('/');
}

function formatSize(bytes) {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${(bytes / 1024).toFixed(1)} kB`;
}

async function bundle(outfile, options) {
  rmSync(path.dirname(outfile), { recursive: true, force: true });
  await esbuild({ absWorkingDir: ROOT, bundle: true, outfile, logLevel: 'warning', ...options });
  return `${relativeToRoot(outfile)} (${formatSize(statSync(outfile).size)})`;
}

/** Marks every bare package import external except `.json` files, which are bundled (see the CLI builder). */
const externalPackagesButJson = {
  name: 'external-packages-but-json',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.kind === 'entry-point' || args.path.endsWith('.json')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

const BUILDERS = {
  main: ({ outDir, dev }) =>
    bundle(path.join(outDir, 'main', 'main.cjs'), {
      entryPoints: [path.join(ROOT, 'main', 'app', 'main.ts')],
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: MAIN_EXTERNALS,
      sourcemap: dev ? 'linked' : false,
    }),

  // A sandboxed preload can require only 'electron' (and a few polyfills): everything else must be inside the bundle.
  preload: ({ outDir, dev }) =>
    bundle(path.join(outDir, 'preload', 'preload.cjs'), {
      entryPoints: [path.join(ROOT, 'preload', 'preload.ts')],
      platform: 'node',
      format: 'cjs',
      target: 'es2022',
      external: ['electron'],
      sourcemap: dev ? 'inline' : false,
    }),

  cli: async ({ outDir }) => {
    const entry = path.join(ROOT, 'main', 'cli', 'cre.ts');
    if (!existsSync(entry)) return { skipped: 'main/cli/cre.ts does not exist yet' };
    return bundle(path.join(outDir, 'cli', 'cre.mjs'), {
      entryPoints: [entry],
      platform: 'node',
      format: 'esm',
      target: 'node20',
      // Packages stay in node_modules, but their JSON data is bundled: esbuild drops the `with { type: 'json' }`
      // attribute Node needs to import JSON, so an external JSON import fails at the CLI's first line.
      plugins: [externalPackagesButJson],
      sourcemap: false,
    });
  },

  renderer: async ({ outDir, customOutDir }) => {
    const configFile = path.join(ROOT, 'renderer', 'vite.config.ts');
    if (!existsSync(configFile)) return { skipped: 'renderer/vite.config.ts does not exist yet' };
    const { build } = await import('vite');
    // The config decides where the page goes (dist/renderer, which the app:// protocol serves); --outdir moves it.
    const rendererOut = path.join(outDir, 'renderer');
    await build({
      configFile,
      logLevel: 'warn',
      ...(customOutDir ? { build: { outDir: rendererOut, emptyOutDir: true } } : {}),
    });
    return `${relativeToRoot(rendererOut)}/`;
  },
};

/**
 * Builds the named targets in order and returns one line per target.
 * @param {string[]} names
 * @param {{ dev?: boolean, outDir?: string }} [options] dev: source maps for main and preload; outDir: instead of dist/
 */
export async function buildTargets(names, options = {}) {
  const outDir = path.resolve(ROOT, options.outDir ?? 'dist');
  const context = { outDir, dev: options.dev === true, customOutDir: options.outDir !== undefined };
  const lines = [];
  for (const name of names) {
    const builder = BUILDERS[name];
    if (!builder) throw new Error(`Unknown build target "${name}" (targets: ${TARGET_NAMES.join(', ')})`);
    const result = await builder(context);
    const line = typeof result === 'string' ? `built   ${name.padEnd(9)}${result}` : `skipped ${name.padEnd(9)}${result.skipped}`;
    console.log(line);
    lines.push(line);
  }
  return lines;
}

function parseArgs(argv) {
  const names = [];
  let dev = false;
  let outDir;
  for (const arg of argv) {
    if (arg === '--dev') dev = true;
    else if (arg.startsWith('--outdir=')) outDir = arg.slice('--outdir='.length);
    else if (arg.startsWith('--') && TARGET_NAMES.includes(arg.slice(2))) names.push(arg.slice(2));
    else throw new Error(`Unknown argument "${arg}". Usage: node scripts/build.mjs [--main] [--preload] [--cli] [--renderer] [--dev] [--outdir=DIR]`);
  }
  return { names: names.length > 0 ? names : TARGET_NAMES, options: outDir === undefined ? { dev } : { dev, outDir } };
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  try {
    const { names, options } = parseArgs(process.argv.slice(2));
    await buildTargets(names, options);
  } catch (error) {
    console.error(`build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
