// Bundle files go through two-block writers and read-ahead readers: bytes of any piece sizes come back exactly, across
// block boundaries, and a reader asked to move backwards or past the read-ahead still answers the right bytes.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BlockReader, BlockWriter, FILE_BLOCK_BYTES } from '../../../../main/core/bundles/format/file-blocks.js';
import { makeTempDir } from '../../../helpers/temp-vault.js';

describe('file blocks', () => {
  it('writes and reads back 2.5 blocks in uneven pieces', async () => {
    const data = randomBytes(FILE_BLOCK_BYTES * 2 + FILE_BLOCK_BYTES / 2 + 123);
    const path = join(makeTempDir('cre-blocks-'), 'f.bin');
    const out = await open(path, 'w');
    const writer = new BlockWriter(out);
    for (let at = 0, step = 1; at < data.byteLength; at += step, step = (step * 7 + 65_537) % 3_000_001) {
      await writer.write(data.subarray(at, Math.min(at + step, data.byteLength)));
    }
    await writer.flush();
    await out.close();
    expect(Buffer.compare(readFileSync(path), data)).toBe(0);

    const file = await open(path, 'r');
    const reader = new BlockReader(file, data.byteLength);
    const back = new Uint8Array(data.byteLength);
    for (let at = 0, step = 17; at < data.byteLength; at += step, step = (step * 13 + 4099) % 1_500_007) {
      await reader.read(back.subarray(at, Math.min(at + step, data.byteLength)), at);
    }
    expect(Buffer.compare(Buffer.from(back), data)).toBe(0);
    const again = new Uint8Array(1000);
    await reader.read(again, 5);
    expect(Buffer.compare(Buffer.from(again), data.subarray(5, 1005))).toBe(0);
    await reader.read(again, FILE_BLOCK_BYTES * 2 + 10);
    expect(Buffer.compare(Buffer.from(again), data.subarray(FILE_BLOCK_BYTES * 2 + 10, FILE_BLOCK_BYTES * 2 + 1010))).toBe(0);
    await file.close();
  });
});
