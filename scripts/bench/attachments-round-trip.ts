// One attachment round trip on a real vault: a generated file streamed in, then saved out as a copy, with hashes, timings
// and memory. Shared by the attachments benchmark (1 GiB) and the bounded-memory test (200 MB), each in its own process.
import { createHash } from 'node:crypto';
import { closeSync, createReadStream, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { createCore } from '../../main/core/create-core.js';
import { FLOOR_KDF_PARAMS } from '../../main/core/crypto/kdf.js';
import { createManualPlatform } from '../../main/core/platform.node.js';

const PIECE_BYTES = 1024 * 1024;
const TOKEN = '0190d5a0-0000-7000-8000-0000000000be';

export interface RoundTrip {
  bytes: number;
  inputSha256: string;
  storedSha256: string;
  copySha256: string;
  writeMs: number;
  readMs: number;
  /** Resident memory just before the file went in, and the process's peak (maxRSS) by the end, in bytes. */
  rssBeforeBytes: number;
  peakRssBytes: number;
}

/** Writes `bytes` of varied content piece by piece, hashing as it goes: the file is never whole in memory here either. */
function generateFile(path: string, bytes: number): string {
  const hash = createHash('sha256');
  const piece = Buffer.alloc(PIECE_BYTES);
  const fd = openSync(path, 'w', 0o600);
  try {
    for (let written = 0, n = 0; written < bytes; n += 1) {
      // A cheap pattern that differs in every piece, so a swapped or repeated chunk changes the hash.
      piece.fill(n % 251);
      piece.writeUInt32BE(n, 0);
      const length = Math.min(PIECE_BYTES, bytes - written);
      const slice = piece.subarray(0, length);
      hash.update(slice);
      writeSync(fd, slice);
      written += length;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

async function hashFile(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const piece of createReadStream(path)) hash.update(piece as Buffer);
  return hash.digest('hex');
}

/** Runs the round trip in `dir` (a vault, the input and the copy end up there; the caller removes it). */
export async function attachmentRoundTrip(dir: string, bytes: number): Promise<RoundTrip> {
  const input = join(dir, 'input.bin');
  const copy = join(dir, 'copy.bin');
  const inputSha256 = generateFile(input, bytes);
  const core = await createCore({ vaultDir: join(dir, 'vault'), platform: createManualPlatform(), kdf: { mode: 'fixed', params: FLOOR_KDF_PARAMS } });
  try {
    core.vault.create('correct horse battery staple mangrove');
    const { id } = core.resources.create({ title: 'Benchmark file', type: 'other', strategyAreas: [], languages: [], sharing: 'secretariat' });
    const rssBeforeBytes = process.memoryUsage().rss;
    const t0 = performance.now();
    const stored = core.resources.attachFile(id, input, TOKEN);
    const t1 = performance.now();
    core.resources.saveCopyTo(stored.id, copy, TOKEN);
    const t2 = performance.now();
    const peakRssBytes = process.resourceUsage().maxRSS * 1024;
    return { bytes, inputSha256, storedSha256: stored.sha256, copySha256: await hashFile(copy), writeMs: t1 - t0, readMs: t2 - t1, rssBeforeBytes, peakRssBytes };
  } finally {
    core.dispose();
  }
}
