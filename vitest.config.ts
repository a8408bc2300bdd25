// Unit and integration tests under Node, on real vault files in temp folders.
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    // One fork per core: the default leaves one core idle, which on a two-core CI machine halves the speed.
    maxWorkers: availableParallelism(),
    testTimeout: 120_000,
    hookTimeout: 120_000,
    reporters: process.env['CRE_TEST_REPORT'] ? ['default', 'json'] : ['default'],
    outputFile: { json: 'reports/vitest.json' },
    env: { CRE_KDF_PROFILE: 'floor' },
  },
});
