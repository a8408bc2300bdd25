// Standalone bundle fuzz run (security brief item 15): 10,000 mutated bundles by default (CRE_FUZZ_RUNS to change),
// printing the cases run, the codes seen and the crashes, which must be 0. Run: npx tsx scripts/fuzz-bundles.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadSodium } from '../main/core/crypto/sodium.js';
import { fuzzBases, mutationArbitrary, runFuzzCase, type FuzzBase } from '../tests/vectors/bundle-mutations.js';

const RUNS = Number(process.env['CRE_FUZZ_RUNS'] ?? 10_000);

const sodium = await loadSodium();
const dir = mkdtempSync(join(tmpdir(), 'cre-bundle-fuzz-'));
const codes: Record<string, number> = {};
let cases = 0;
let unchanged = 0;
let crashes = 0;
let failure: string | undefined;
try {
  const bases = await fuzzBases(sodium, dir);
  const path = join(dir, 'case.bin');
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 0, max: bases.length - 1 }), mutationArbitrary, async (which, mutations) => {
      const result = await runFuzzCase(sodium, bases[which] as FuzzBase, mutations, path);
      cases += 1;
      if (!result.changed) unchanged += 1;
      codes[result.outcome] = (codes[result.outcome] ?? 0) + 1;
      if (result.crash) {
        crashes += 1;
        throw new Error(result.crash);
      }
    }),
    { numRuns: RUNS },
  );
} catch (error) {
  failure = error instanceof Error ? error.message : String(error);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(JSON.stringify({ cases, unchanged, codes, crashes }, null, 2));
if (failure !== undefined || crashes > 0) {
  console.error(failure ?? 'crashes found');
  process.exitCode = 1;
}
