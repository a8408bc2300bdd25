// `npm run bench`: every benchmark in turn, each in its own process so one's memory and caches do not colour the next.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const BENCHES = ['vault.bench.ts', 'roster.bench.ts', 'matching.bench.ts', 'csv-import.bench.ts', 'dashboard.bench.ts', 'similar.bench.ts', 'attachments.bench.ts', 'bundles.bench.ts', 'grants.bench.ts', 'grants-ranked.bench.ts', 'review.bench.ts', 'sync-delivery.bench.ts'];

let failed = 0;
for (const bench of BENCHES) {
  console.log(`\n== ${bench}`);
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(here, bench)], { stdio: 'inherit', env: process.env });
  if (run.status !== 0) {
    failed += 1;
    console.error(`${bench} exited with ${run.status ?? run.signal}`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
