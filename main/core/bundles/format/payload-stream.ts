// The payload: plaintext cut into fixed-size secretstream chunks (writing), and those chunks opened one at a time with
// checks 5–7 of the spec (reading). Either side holds one chunk, whatever the bundle's size.
import type { FileHandle } from 'node:fs/promises';
import { CreFailure } from '../../../../common/contract/errors.js';
import { initPull, pull, push, type SecretStream } from '../../crypto/secretstream.js';
import type { Sodium } from '../../crypto/sodium.js';
import { headerHash } from './bundle-crypto.js';
import { CHUNK_OVERHEAD_BYTES, type BundleHeader } from './bundle-header.js';
import { BlockReader } from './file-blocks.js';


/**
 * Seals plaintext written in pieces of any size into chunks of exactly `chunkSize` bytes. A full chunk is pushed only
 * once more bytes arrive, so the one left at `finish` is the last and gets TAG_FINAL.
 */
export class PayloadSealer {
  private readonly pending: Uint8Array;
  /** Each chunk's ciphertext, reused: the sink must be done with it when its promise settles. */
  private readonly sealed: Uint8Array;
  private fill = 0;
  private chunks = 0;
  private plaintextBytes = 0;

  constructor(
    private readonly sodium: Sodium,
    private readonly stream: SecretStream,
    /** Additional data of the first chunk: the header hash. */
    private readonly headerHash: Uint8Array,
    chunkSize: number,
    private readonly sink: (ciphertext: Uint8Array) => Promise<void>,
  ) {
    this.pending = new Uint8Array(chunkSize);
    this.sealed = new Uint8Array(chunkSize + CHUNK_OVERHEAD_BYTES);
  }

  get written(): number {
    return this.plaintextBytes;
  }

  async write(bytes: Uint8Array): Promise<void> {
    let offset = 0;
    while (offset < bytes.byteLength) {
      if (this.fill === this.pending.byteLength) await this.pushPending(this.sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE);
      const take = Math.min(this.pending.byteLength - this.fill, bytes.byteLength - offset);
      this.pending.set(bytes.subarray(offset, offset + take), this.fill);
      this.fill += take;
      offset += take;
    }
    this.plaintextBytes += bytes.byteLength;
  }

  async finish(): Promise<void> {
    if (this.fill === 0) throw new CreFailure('internal', 'A bundle cannot have an empty plaintext.');
    await this.pushPending(this.sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL);
    this.sodium.memzero(this.pending);
  }

  private async pushPending(tag: number): Promise<void> {
    const ad = this.chunks === 0 ? this.headerHash : null;
    const ciphertext = push(this.stream, this.pending.subarray(0, this.fill), ad, tag, this.sealed);
    this.chunks += 1;
    this.fill = 0;
    await this.sink(ciphertext);
  }
}

export interface PayloadSource {
  file: FileHandle;
  fileBytes: number;
  /** Where the first chunk starts: the header's length. */
  start: number;
  chunkSize: number;
  fileKey: Uint8Array;
  streamHeader: Uint8Array;
  headerHash: Uint8Array;
  onProgress?: (bytesRead: number, totalBytes: number) => void;
}

/**
 * Opens the chunks in order and yields each one's plaintext. Throws bad_header when the first chunk does not open with
 * the header hash (step 5), bad_payload when a later one does not open or TAG_FINAL is misplaced (step 6), and
 * truncated when the file ends right after a chunk that is not the final one (step 7).
 */
export async function* openPayloadChunks(sodium: Sodium, source: PayloadSource): AsyncGenerator<Uint8Array> {
  const stream = initPull(source.streamHeader, source.fileKey);
  if (!stream) throw new CreFailure('bad_header', 'The bundle header is damaged (stream header).');
  try {
    yield* openChunks(sodium, source, stream);
  } finally {
    stream.dispose();
  }
}

async function* openChunks(sodium: Sodium, source: PayloadSource, stream: SecretStream): AsyncGenerator<Uint8Array> {
  const { file, fileBytes, chunkSize } = source;
  const fullChunk = chunkSize + CHUNK_OVERHEAD_BYTES;
  if (source.start >= fileBytes) throw new CreFailure('truncated', 'The bundle ends right after its header.');
  const reader = new BlockReader(file, fileBytes);
  const plaintext = new Uint8Array(chunkSize);
  const buffer = new Uint8Array(fullChunk);
  let position = source.start;
  for (let index = 0; position < fileBytes; index += 1) {
    const length = Math.min(fullChunk, fileBytes - position);
    const isLast = position + length === fileBytes;
    const ciphertext = buffer.subarray(0, length);
    await reader.read(ciphertext, position);
    position += length;
    // One plaintext buffer for every chunk: the consumer copies what it keeps before asking for the next chunk.
    const opened = pull(stream, ciphertext, index === 0 ? source.headerHash : null, plaintext);
    if (!opened) {
      throw index === 0
        ? new CreFailure('bad_header', 'The bundle header is damaged (the first chunk does not open with it).')
        : new CreFailure('bad_payload', `The bundle's content is damaged (chunk ${index} does not open).`);
    }
    if (opened.tag === sodium.crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
      if (!isLast) throw new CreFailure('bad_payload', `The bundle's content is damaged (chunk ${index} ends the stream too early).`);
    } else if (opened.tag !== sodium.crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
      throw new CreFailure('bad_payload', `The bundle's content is damaged (chunk ${index} has an unexpected tag).`);
    } else if (isLast) {
      // Every chunk opened, but the one that ends the file does not end the stream: chunks are missing after it.
      throw new CreFailure('truncated', 'The bundle was cut short: its last chunks are missing.');
    }
    source.onProgress?.(position, fileBytes);
    yield opened.message;
  }
  sodium.memzero(buffer);
  sodium.memzero(plaintext);
}

/** The payload of a bundle whose header was read and whose file key was opened: its chunks' plaintext, in order. */
export function openBundlePayload(
  sodium: Sodium,
  file: FileHandle,
  fileBytes: number,
  header: BundleHeader,
  fileKey: Uint8Array,
  onProgress?: (bytesRead: number, totalBytes: number) => void,
): AsyncGenerator<Uint8Array> {
  return openPayloadChunks(sodium, {
    file,
    fileBytes,
    start: header.bytes.byteLength,
    chunkSize: header.chunkSize,
    fileKey,
    streamHeader: header.streamHeader,
    headerHash: headerHash(sodium, header.bytes),
    ...(onProgress ? { onProgress } : {}),
  });
}
