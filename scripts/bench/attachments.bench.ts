// Attachment figures: a 1 GiB file streamed into a real vault and saved back out as a copy, write and read MB/s and peak RSS.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_ATTACHMENT_BYTES } from '../../common/resources/resource.schema.js';
import { attachmentRoundTrip } from './attachments-round-trip.js';

/** The largest attachment the vault accepts, unless a smaller size is asked for (for a quick run). */
const BYTES = Number(process.env['CRE_BENCH_ATTACHMENT_BYTES'] ?? MAX_ATTACHMENT_BYTES);
const MB = 1000 * 1000;
const MIB = 1024 * 1024;

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'cre-bench-attach-'));
  try {
    const run = await attachmentRoundTrip(dir, BYTES);
    if (run.storedSha256 !== run.inputSha256 || run.copySha256 !== run.inputSha256) throw new Error('The copy does not match the input.');
    const rate = (ms: number) => `${(BYTES / MB / (ms / 1000)).toFixed(1).padStart(7)} MB/s   (${(ms / 1000).toFixed(1)} s)`;
    const mib = (bytes: number) => `${(bytes / MIB).toFixed(0).padStart(7)} MiB`;
    console.log(`Attachment round trip of ${(BYTES / MIB).toFixed(0)} MiB in 1 MiB chunks, SHA-256 checked both ways:`);
    console.log(`  write (attach, one transaction)   ${rate(run.writeMs)}`);
    console.log(`  read (save a copy, temp + rename) ${rate(run.readMs)}`);
    console.log(`  RSS before the attach             ${mib(run.rssBeforeBytes)}`);
    console.log(`  peak RSS (maxRSS)                 ${mib(run.peakRssBytes)}   (+${((run.peakRssBytes - run.rssBeforeBytes) / MIB).toFixed(0)} MiB during the round trip)`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
