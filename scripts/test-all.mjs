// `npm test`: typecheck, lint, unit/integration (vitest), E2E (Playwright); then one total line for CI.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

const env = { ...process.env, CRE_TEST_REPORT: '1', PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' };
const totals = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(name, command, args) {
  console.log(`\n=== ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  const ok = result.status === 0;
  if (!ok) failedSteps.push(name);
  return ok;
}

function readJson(file) {
  if (!existsSync(file)) return null;
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

rmSync('reports', { recursive: true, force: true });
mkdirSync('reports', { recursive: true });

/** A check that is not a test runner counts as one test: passed or failed. */
function check(name, command, args) {
  if (run(name, command, args)) totals.passed += 1;
  else totals.failed += 1;
}

check('typecheck', 'npx', ['tsc', '-p', 'tsconfig.json']);
check('typecheck renderer', 'npx', ['tsc', '-p', 'renderer/tsconfig.json']);
check('typecheck e2e', 'npx', ['tsc', '-p', 'tests/e2e/tsconfig.json']);
check('lint', 'npx', ['eslint', '.', '--max-warnings', '0']);

run('unit and integration', 'npx', ['vitest', 'run']);
const vitest = readJson('reports/vitest.json');
if (vitest) {
  totals.passed += vitest.numPassedTests ?? 0;
  totals.failed += vitest.numFailedTests ?? 0;
  totals.skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
  // A file that failed to load has no failed test of its own; count it so the total cannot look green.
  if (vitest.success === false && (vitest.numFailedTests ?? 0) === 0) totals.failed += 1;
} else {
  totals.failed += 1;
}

if (run('build renderer', 'node', ['scripts/build.mjs', '--renderer'])) {
  run('end to end', 'npx', ['playwright', 'test']);
  const playwright = readJson('reports/playwright.json');
  if (playwright?.stats) {
    totals.passed += (playwright.stats.expected ?? 0) + (playwright.stats.flaky ?? 0);
    totals.failed += playwright.stats.unexpected ?? 0;
    totals.skipped += playwright.stats.skipped ?? 0;
  } else {
    totals.failed += 1;
  }
} else {
  totals.failed += 1;
}

if (failedSteps.length > 0) console.log(`\nFailed steps: ${failedSteps.join(', ')}`);
const line = `${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`;
writeFileSync('reports/summary.txt', `${line}\n`);
console.log(`\n${line}`);
process.exit(failedSteps.length > 0 || totals.failed > 0 ? 1 : 0);
