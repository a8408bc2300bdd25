// Bundle figures: export and import of 10k records and 1 GiB of attachments between real vaults (MB/s, peak RSS, each
// step in its own process), the format alone on in-memory frames, and `age` on a file of the same size for comparison.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { MAX_ATTACHMENT_BYTES } from '../../common/resources/resource.schema.js';
import { buildVaults, paths, type StepFigures } from './bundles-bench-steps.js';

const RECORDS = Number(process.env['CRE_BENCH_BUNDLE_RECORDS'] ?? 10_000);
const ATTACHMENT_BYTES = Number(process.env['CRE_BENCH_BUNDLE_ATTACHMENT_BYTES'] ?? MAX_ATTACHMENT_BYTES);
const ATTACHMENT_FILES = 8;
const GOAL_MB_S = 150;
const GOAL_AGE_RATIO = 0.5;
const GOAL_RSS_BYTES = 300 * 1000 * 1000;
const MB = 1000 * 1000;
const MIB = 1024 * 1024;
const STEPS = join(dirname(fileURLToPath(import.meta.url)), 'bundles-bench-steps.ts');

const rate = (bytes: number, ms: number) => bytes / MB / (ms / 1000);
const mbs = (bytes: number, ms: number) => `${rate(bytes, ms).toFixed(1).padStart(7)} MB/s (${(ms / 1000).toFixed(1).padStart(5)} s)`;
const mib = (bytes: number) => `${(bytes / MIB).toFixed(0).padStart(5)} MiB`;
const mark = (ok: boolean) => (ok ? 'met' : 'NOT met');

/**
 * The steps compiled once to plain JavaScript, as the app ships (esbuild, like the main bundle): measured under the
 * TypeScript loader instead, every step's peak RSS would carry some 70 MiB of the loader.
 */
async function compileSteps(): Promise<string> {
  // Inside the project, so the packages left outside resolve from its node_modules.
  const outfile = join(dirname(STEPS), '..', '..', 'dist', 'bench', 'bundles-bench-steps.mjs');
  // The native and wasm packages stay outside, as in the app's main bundle (scripts/build.mjs).
  const external = ['better-sqlite3-multiple-ciphers', 'libsodium-wrappers-sumo', 'sodium-native', '@zxcvbn-ts/*', 'electron'];
  await build({ entryPoints: [STEPS], outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', external, logLevel: 'error',
    // CommonJS packages inside an ES module bundle still call require for Node's own modules.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  });
  return outfile;
}

let compiledSteps = STEPS;

/** Runs one step in a fresh process, so its peak RSS is its own; the step prints its figures as its last line. */
function step(name: string, dir: string, input?: unknown): StepFigures {
  const args = [compiledSteps, name, dir, ...(input === undefined ? [] : [JSON.stringify(input)])];
  const run = spawnSync(process.execPath, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 16 * MIB });
  if (run.status !== 0) throw new Error(`The ${name} step exited with ${run.status ?? run.signal}.`);
  const last = run.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(last) as StepFigures;
}

interface AgeRun {
  ms: number;
  /** From GNU time when it is installed. */
  peakRssBytes: number | null;
}

/** One `age` command, timed from here (process start included, as for the steps), with its peak RSS when measurable. */
function age(args: readonly string[]): AgeRun {
  const timed = spawnSync('time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0;
  const start = performance.now();
  const run = timed
    ? spawnSync('time', ['-f', '%M', 'age', ...args], { encoding: 'utf8' })
    : spawnSync('age', args, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (run.status !== 0) throw new Error(`age ${args.join(' ')} failed: ${run.stderr}`);
  const kib = timed ? Number(run.stderr.trim().split('\n').pop()) : NaN;
  return { ms, peakRssBytes: Number.isFinite(kib) ? kib * 1024 : null };
}

function ageAvailable(): string | null {
  const version = spawnSync('age', ['--version'], { encoding: 'utf8' });
  const keygen = spawnSync('age-keygen', ['--version'], { encoding: 'utf8' });
  return version.status === 0 && keygen.status === 0 ? version.stdout.trim() : null;
}

/** age encrypt then decrypt of `input` (the bundle itself: a file of exactly the same size). */
function ageRound(dir: string, input: string): { encrypt: AgeRun; decrypt: AgeRun } {
  const key = join(dir, 'age.key');
  const out = join(dir, 'age.out');
  if (spawnSync('age-keygen', ['-o', key], { encoding: 'utf8' }).status !== 0) throw new Error('age-keygen failed');
  const recipient = spawnSync('age-keygen', ['-y', key], { encoding: 'utf8' }).stdout.trim();
  const encrypt = age(['-r', recipient, '-o', out, input]);
  const decrypt = age(['-d', '-i', key, '-o', '/dev/null', out]);
  rmSync(out, { force: true });
  return { encrypt, decrypt };
}

function rssLine(figures: StepFigures): string {
  return `peak RSS ${mib(figures.peakRssBytes)} (${mib(figures.rssBeforeBytes).trim()} before the step)   goal ≤ 300 MB (286 MiB): ${mark(figures.peakRssBytes <= GOAL_RSS_BYTES)}`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cre-bench-bundles-'));
  compiledSteps = await compileSteps();
  try {
    const setupStart = performance.now();
    await buildVaults(dir, RECORDS, ATTACHMENT_BYTES, ATTACHMENT_FILES);
    console.log(`Vaults built in ${((performance.now() - setupStart) / 1000).toFixed(0)} s: coordinator with ${RECORDS} records (communities and collaborators`);
    console.log(`of Asian countries, regional or network) and ${(ATTACHMENT_BYTES / MIB).toFixed(0)} MiB in ${ATTACHMENT_FILES} attachments on network resources; the Asia facilitator's empty.`);

    const exported = step('export', dir);
    const imported = step('import', dir);
    const bytes = exported.bytes;
    const rows = Object.values(exported.contents?.records ?? {}).reduce((a, b) => a + b, 0);
    console.log(`\nBundle: ${bytes} bytes (${(bytes / MIB).toFixed(0)} MiB), ${rows} rows, ${exported.contents?.attachments.count ?? 0} attachments.`);
    const exportOk = rate(bytes, exported.ms) >= GOAL_MB_S;
    const importOk = rate(bytes, imported.ms) >= GOAL_MB_S;
    console.log(`  export (vault → bundle file, fsync)  ${mbs(bytes, exported.ms)}   goal ≥ ${GOAL_MB_S} MB/s: ${mark(exportOk)}`);
    console.log(`                                       ${rssLine(exported)}`);
    console.log(`  import (bundle file → vault, commit) ${mbs(bytes, imported.ms)}   goal ≥ ${GOAL_MB_S} MB/s: ${mark(importOk)}`);
    console.log(`                                       ${rssLine(imported)}`);

    // The format alone: rows padded to the export's average size per row, attachments in 1 MiB pieces.
    const contents = exported.contents ?? { records: {}, tombstones: 0, attachments: { count: 0, bytes: 0 } };
    const rowBytes = rows > 0 ? Math.floor((bytes - contents.attachments.bytes) / rows) : 0;
    const written = step('format-write', dir, { contents, rowBytes });
    const read = step('format-read', dir);
    rmSync(paths(dir).formatBundle, { force: true });
    console.log(`\nFormat alone (writeBundle / readBundle on in-memory frames of the same sizes, no SQLCipher): ${written.bytes} bytes`);
    console.log(`  write  ${mbs(written.bytes, written.ms)}   ${rssLine(written)}`);
    console.log(`  read   ${mbs(read.bytes, read.ms)}   ${rssLine(read)}`);

    const sqlcipher = step('ceiling-sqlcipher', dir) as StepFigures & { readMs: number };
    const plain = step('ceiling-plain', dir) as StepFigures & { readMs: number };
    console.log(`\nStorage ceiling: 256 × 1 MiB blobs in one transaction, then read back in order`);
    console.log(`  SQLCipher 4 vault   write ${mbs(sqlcipher.bytes, sqlcipher.ms)}   read ${mbs(sqlcipher.bytes, sqlcipher.readMs)}`);
    console.log(`  plain SQLite (WAL)  write ${mbs(plain.bytes, plain.ms)}   read ${mbs(plain.bytes, plain.readMs)}`);

    const version = ageAvailable();
    let ratios: { encrypt: number; decrypt: number } | null = null;
    if (version === null) {
      console.log('\nage: not installed (Debian package `age`), so the comparison is skipped.');
    } else {
      const round = ageRound(dir, paths(dir).bundle);
      const ageRss = (run: AgeRun) => (run.peakRssBytes === null ? '' : `   peak RSS ${mib(run.peakRssBytes)}`);
      ratios = { encrypt: rate(bytes, exported.ms) / rate(bytes, round.encrypt.ms), decrypt: rate(bytes, imported.ms) / rate(bytes, round.decrypt.ms) };
      console.log(`\nage ${version}, X25519 recipient, a file of the same size (the bundle itself):`);
      console.log(`  encrypt ${mbs(bytes, round.encrypt.ms)}${ageRss(round.encrypt)}`);
      console.log(`  decrypt ${mbs(bytes, round.decrypt.ms)}${ageRss(round.decrypt)}`);
      console.log(`  export / age encrypt  ${ratios.encrypt.toFixed(2)}×   goal ≥ ${GOAL_AGE_RATIO}×: ${mark(ratios.encrypt >= GOAL_AGE_RATIO)}`);
      console.log(`  import / age decrypt  ${ratios.decrypt.toFixed(2)}×   goal ≥ ${GOAL_AGE_RATIO}×: ${mark(ratios.decrypt >= GOAL_AGE_RATIO)}`);
      console.log(`  format write / age encrypt ${(rate(written.bytes, written.ms) / rate(bytes, round.encrypt.ms)).toFixed(2)}×, format read / age decrypt ${(rate(read.bytes, read.ms) / rate(bytes, round.decrypt.ms)).toFixed(2)}×`);
    }

    const goals = [
      ['export ≥ 150 MB/s', exportOk],
      ['import ≥ 150 MB/s', importOk],
      ['peak RSS ≤ 300 MB', exported.peakRssBytes <= GOAL_RSS_BYTES && imported.peakRssBytes <= GOAL_RSS_BYTES],
      ...(ratios ? ([['≥ 0.5× age', ratios.encrypt >= GOAL_AGE_RATIO && ratios.decrypt >= GOAL_AGE_RATIO]] as const) : []),
    ] as const;
    console.log(`\nSummary: ${goals.map(([goal, ok]) => `${goal} ${mark(ok)}`).join('; ')}.`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
