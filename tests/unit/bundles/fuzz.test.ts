// Property test: real bundles damaged at random (bit flips, overwrites, truncations, cuts, insertions, duplicated or
// swapped chunk- and 64 KiB-aligned regions) are always refused with a bundle code: never accepted, never an untyped error.
// CRE_FUZZ_RUNS sets the number of cases (default 10,000, the security brief's amount); scripts/fuzz-bundles.ts prints the counts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSodium, type Sodium } from '../../../main/core/crypto/sodium.js';
import { BUNDLE_CODES } from '../../vectors/bundle-craft.js';
import { fuzzBases, mutationArbitrary, runFuzzCase, type FuzzBase } from '../../vectors/bundle-mutations.js';

const RUNS = Number(process.env['CRE_FUZZ_RUNS'] ?? 10_000);

let sodium: Sodium;
let dir: string;
let bases: FuzzBase[];

beforeAll(async () => {
  sodium = await loadSodium();
  dir = mkdtempSync(join(tmpdir(), 'cre-bundle-fuzz-'));
  bases = await fuzzBases(sodium, dir);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('mutated bundles', () => {
  it('reads both unmutated bases successfully, and refuses them one byte short', async () => {
    for (const base of bases) expect((await runFuzzCase(sodium, base, [{ kind: 'truncate', at: 1 - Number.EPSILON }], join(dir, 'case.bin'))).outcome).toBe('bad_payload');
    for (const base of bases) expect(await runFuzzCase(sodium, base, [{ kind: 'swap', unit: 'chunk', a: 0, b: 0 }], join(dir, 'case.bin'))).toEqual({ changed: false, outcome: 'success' });
  });

  it(`refuses every change with a bundle code (${RUNS} cases)`, async () => {
    const codes = new Map<string, number>();
    const path = join(dir, 'case.bin');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bases.length - 1 }), mutationArbitrary, async (which, mutations) => {
        const result = await runFuzzCase(sodium, bases[which] as FuzzBase, mutations, path);
        codes.set(result.outcome, (codes.get(result.outcome) ?? 0) + 1);
        if (result.crash) throw new Error(result.crash);
      }),
      { numRuns: RUNS },
    );
    const seen = [...codes.keys()].filter((code) => code !== 'success');
    expect(seen.every((code) => BUNDLE_CODES.includes(code as never))).toBe(true);
    // The mutations reach past the header: the payload's checks answer too.
    expect(seen).toContain('bad_payload');
    expect(seen).toContain('bad_header');
    expect(seen).toContain('truncated');
  }, 60_000 + RUNS * 50);
});
