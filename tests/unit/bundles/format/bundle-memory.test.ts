// A ~200 MB bundle is written and read back with equal hashes while the process's memory stays far below its size: run in
// a child process so the peak (maxRSS) belongs to the round trip alone.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..', '..', '..', '..');
const MEBIBYTES = 200;
const BUNDLE_BYTES = MEBIBYTES * 1024 * 1024;
/**
 * Growth allowed: half the bundle. Holding the file whole, written or read, needs all of it; the streaming code measured
 * about 40 MB here, mostly 1 MiB frame buffers waiting for the garbage collector.
 */
const GROWTH_BOUND_BYTES = BUNDLE_BYTES / 2;

interface ChildFigures {
  bytes: number;
  pieces: number;
  inputSha256: string;
  outputSha256: string;
  rssBeforeBytes: number;
  peakRssBytes: number;
}

describe('bundles at bounded memory', () => {
  it('writes and reads a 200 MiB bundle with equal hashes while peak memory grows by less than half of it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cre-bundle-200mb-'));
    try {
      const child = spawnSync(process.execPath, ['--import', 'tsx', join('tests', 'unit', 'bundles', 'format', 'bundle-memory.child.ts'), dir, String(MEBIBYTES)], {
        cwd: ROOT,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
        timeout: 300_000,
      });
      expect(child.stderr).toBe('');
      expect(child.status).toBe(0);
      const result = JSON.parse(child.stdout) as ChildFigures;
      expect(result.bytes).toBeGreaterThan(BUNDLE_BYTES);
      expect(result.pieces).toBe(MEBIBYTES);
      expect(result.outputSha256).toBe(result.inputSha256);
      expect(result.peakRssBytes - result.rssBeforeBytes).toBeLessThan(GROWTH_BOUND_BYTES);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
