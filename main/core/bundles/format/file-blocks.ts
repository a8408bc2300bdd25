// Bundle files read and written in blocks of a few MiB: one system call per block instead of one per 64 KiB chunk,
// whose round trips through the thread pool otherwise leave the crypto idle most of the time.
import type { FileHandle } from 'node:fs/promises';
import { readExactly } from './bundle-header.js';

export const FILE_BLOCK_BYTES = 4 * 1024 * 1024;

/**
 * Appends to a file through two blocks in turn: while one is being written, the other fills, so the encryption does not
 * wait for the disk. `flush` writes what is left and waits for everything.
 */
export class BlockWriter {
  private readonly blocks = [new Uint8Array(FILE_BLOCK_BYTES), new Uint8Array(FILE_BLOCK_BYTES)];
  private current = 0;
  private fill = 0;
  private writing: Promise<void> = Promise.resolve();

  constructor(private readonly file: FileHandle) {}

  async write(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.byteLength) {
      const block = this.blocks[this.current] as Uint8Array;
      const take = Math.min(block.byteLength - this.fill, bytes.byteLength - offset);
      block.set(bytes.subarray(offset, offset + take), this.fill);
      this.fill += take;
      offset += take;
      if (this.fill === block.byteLength) await this.handOver();
    }
  }

  async flush(): Promise<void> {
    await this.handOver();
    await this.writing;
  }

  /** Zeroes the blocks: they held ciphertext only, but nothing of a bundle lingers in memory longer than needed. */
  wipe(): void {
    for (const block of this.blocks) block.fill(0);
  }

  /** Starts writing the current block once the previous write ended, and moves on to the other block. */
  private async handOver(): Promise<void> {
    await this.writing;
    const block = this.blocks[this.current] as Uint8Array;
    const length = this.fill;
    this.writing = this.writeAll(block, length);
    // A failure surfaces at the next handOver or flush; until then it must not be reported as unhandled.
    this.writing.catch(() => undefined);
    this.current = 1 - this.current;
    this.fill = 0;
  }

  private async writeAll(block: Uint8Array, length: number): Promise<void> {
    let written = 0;
    while (written < length) written += (await this.file.write(block, written, length - written)).bytesWritten;
  }
}

interface Block {
  bytes: Uint8Array;
  start: number;
  length: number;
}

/**
 * Reads a file front to back in blocks, the next block read ahead while the current one is used; `read` fills `into`
 * from `position`, which only ever moves forward.
 */
export class BlockReader {
  private readonly size: number;
  private current: Block;
  private spare: Uint8Array;
  private next: Promise<Block> | null = null;

  constructor(
    private readonly file: FileHandle,
    private readonly fileBytes: number,
  ) {
    this.size = Math.min(FILE_BLOCK_BYTES, Math.max(1, fileBytes));
    this.current = { bytes: new Uint8Array(this.size), start: 0, length: 0 };
    this.spare = new Uint8Array(this.size);
  }

  async read(into: Uint8Array, position: number): Promise<void> {
    let filled = 0;
    while (filled < into.byteLength) {
      const at = position + filled;
      if (at < this.current.start || at >= this.current.start + this.current.length) await this.moveTo(at);
      const offset = at - this.current.start;
      const take = Math.min(this.current.length - offset, into.byteLength - filled);
      into.set(this.current.bytes.subarray(offset, offset + take), filled);
      filled += take;
    }
  }

  /** Makes the block that holds `at` current: the one read ahead when it is that one, else a fresh read. */
  private async moveTo(at: number): Promise<void> {
    const ahead = this.next ? await this.next : null;
    this.next = null;
    const previous = this.current.bytes;
    if (ahead && ahead.start === at) {
      this.current = ahead;
    } else {
      if (ahead) this.spare = ahead.bytes;
      this.current = await this.load(this.spare, at);
      this.spare = new Uint8Array(0);
    }
    // The block just left becomes the buffer the next read-ahead fills.
    const following = this.current.start + this.current.length;
    if (following < this.fileBytes) {
      this.next = this.load(previous, following);
      this.next.catch(() => undefined);
    } else {
      this.spare = previous;
    }
  }

  private async load(bytes: Uint8Array, start: number): Promise<Block> {
    const buffer = bytes.byteLength === this.size ? bytes : new Uint8Array(this.size);
    const length = Math.min(this.size, this.fileBytes - start);
    await readExactly(this.file, buffer.subarray(0, length), start);
    return { bytes: buffer, start, length };
  }
}
